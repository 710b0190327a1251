using System;

namespace Pos.Core.Events
{
    /// <summary>
    /// A software watchdog for the main loop: the loop calls <see cref="Kick"/> on every turn; another thread asks
    /// <see cref="IsStarved"/> and restarts the device when the loop has been silent longer than the limit (a deadlock,
    /// an endless retry, a blocked driver call). Restarting is safe because every acknowledged item is in the journal
    /// and recovery runs at boot. Times are uptime milliseconds from the caller, so the rule is tested on simulated time.
    /// </summary>
    public sealed class LoopWatchdog
    {
        /// <summary>The shortest limit accepted: the loop sleeps up to a second between turns.</summary>
        public const long MinimumLimitMs = 5000;

        private readonly object _gate = new object();
        private readonly long _limitMs;
        private long _lastKickMs;

        /// <summary>Creates a watchdog that starts counting at <paramref name="nowMs"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The limit is under <see cref="MinimumLimitMs"/>.</exception>
        public LoopWatchdog(long limitMs, long nowMs)
        {
            if (limitMs < MinimumLimitMs)
            {
                throw new ArgumentOutOfRangeException("limitMs");
            }

            _limitMs = limitMs;
            _lastKickMs = nowMs;
        }

        /// <summary>How long the loop may stay silent.</summary>
        public long LimitMs
        {
            get { return _limitMs; }
        }

        /// <summary>The loop is alive at <paramref name="nowMs"/>.</summary>
        public void Kick(long nowMs)
        {
            // A lock, not Interlocked: nanoFramework 1.x has no 64-bit Interlocked, and a torn read could fire falsely.
            lock (_gate)
            {
                _lastKickMs = nowMs;
            }
        }

        /// <summary>Milliseconds since the last kick (0 if the kick is in the future of <paramref name="nowMs"/>).</summary>
        public long SilentForMs(long nowMs)
        {
            long last;
            lock (_gate)
            {
                last = _lastKickMs;
            }

            return nowMs > last ? nowMs - last : 0;
        }

        /// <summary>True when the loop has been silent for more than the limit.</summary>
        public bool IsStarved(long nowMs)
        {
            return SilentForMs(nowMs) > _limitMs;
        }
    }
}
