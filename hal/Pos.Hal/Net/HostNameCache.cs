namespace Pos.Hal.Net
{
    /// <summary>
    /// Keeps DNS off the path a cashier waits on. On nanoFramework a DNS look-up is one blocking native call that stops
    /// every managed thread until lwIP answers or gives up (seconds; about 15 s without a DNS server), so each name is
    /// resolved once and kept for <see cref="TtlMs"/>; a failed look-up is not tried again before its backoff (doubling
    /// from <see cref="FirstBackoffMs"/> to <see cref="MaxBackoffMs"/>) and the last good address is used meanwhile. A
    /// dotted IPv4 address never reaches the resolver. Not thread-safe: one cache per user thread.
    /// </summary>
    public sealed class HostNameCache
    {
        /// <summary>How long a resolved address is used before it is looked up again.</summary>
        public const long TtlMs = 3600000;

        /// <summary>The wait after the first failed look-up.</summary>
        public const long FirstBackoffMs = 5000;

        /// <summary>The longest wait between failed look-ups.</summary>
        public const long MaxBackoffMs = 300000;

        private readonly HostResolver _resolver;
        private readonly IClock _clock;
        private string _name;
        private string _address;
        private long _resolvedAtMs;
        private long _retryAtMs;
        private long _backoffMs = FirstBackoffMs;

        /// <summary>Creates the cache over a resolver (the board's DNS) and the uptime clock.</summary>
        public HostNameCache(HostResolver resolver, IClock clock)
        {
            if (resolver == null)
            {
                throw new System.ArgumentNullException(nameof(resolver));
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            _resolver = resolver;
            _clock = clock;
        }

        /// <summary>Look-ups that reached the resolver (for tests and the serial log).</summary>
        public int Lookups { get; private set; }

        /// <summary>
        /// The address of <paramref name="hostName"/>: a dotted address as it is; otherwise the cached one while fresh,
        /// a new look-up when stale and not backing off, and the last good one (however old) when that fails. Null when
        /// none is known.
        /// </summary>
        public string Address(string hostName)
        {
            if (hostName == null || hostName.Length == 0)
            {
                return null;
            }

            if (IsDotted(hostName))
            {
                return hostName;
            }

            if (hostName != _name)
            {
                _name = hostName;
                _address = null;
                _retryAtMs = 0;
                _backoffMs = FirstBackoffMs;
            }

            long now = _clock.UptimeMs;
            bool fresh = _address != null && now - _resolvedAtMs < TtlMs;
            if (fresh || now < _retryAtMs)
            {
                return _address;
            }

            Lookups++;
            string found = _resolver(hostName);
            if (found != null && found.Length > 0 && IsDotted(found))
            {
                _address = found;
                _resolvedAtMs = now;
                _backoffMs = FirstBackoffMs;
                _retryAtMs = 0;
                return found;
            }

            _retryAtMs = now + _backoffMs;
            _backoffMs = _backoffMs * 2 > MaxBackoffMs ? MaxBackoffMs : _backoffMs * 2;
            return _address;
        }

        /// <summary>True for a dotted IPv4 address (four numbers 0–255).</summary>
        public static bool IsDotted(string text)
        {
            if (text == null)
            {
                return false;
            }

            int parts = 0;
            int value = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : '.';
                if (c == '.')
                {
                    if (value < 0 || value > 255)
                    {
                        return false;
                    }

                    parts++;
                    value = -1;
                }
                else if (c >= '0' && c <= '9')
                {
                    value = (value < 0 ? 0 : value * 10) + (c - '0');
                    if (value > 255)
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            return parts == 4;
        }
    }
}
