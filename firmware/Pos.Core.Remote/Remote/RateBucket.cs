namespace Pos.Core.Remote
{
    /// <summary>
    /// A token bucket on the terminal's monotonic time: up to <see cref="Capacity"/> sends at once, then one every
    /// <see cref="RefillMs"/>. It keeps a flapping link or a storm of declines from flooding the broker; what it refuses
    /// is counted by the caller and reported (<c>dropped</c>).
    /// </summary>
    public sealed class RateBucket
    {
        private long _tokens;
        private long _lastMs;

        /// <summary>A full bucket of <paramref name="capacity"/> tokens refilled one per <paramref name="refillMs"/>.</summary>
        public RateBucket(int capacity, long refillMs, long nowMs)
        {
            if (capacity < 1 || refillMs < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacity));
            }

            Capacity = capacity;
            RefillMs = refillMs;
            _tokens = capacity;
            _lastMs = nowMs;
        }

        /// <summary>Most tokens held.</summary>
        public int Capacity { get; }

        /// <summary>Time to earn one token.</summary>
        public long RefillMs { get; }

        /// <summary>Tokens available at <paramref name="nowMs"/>.</summary>
        public int Available(long nowMs)
        {
            Refill(nowMs);
            return (int)_tokens;
        }

        /// <summary>Takes one token; false when none is left.</summary>
        public bool TryTake(long nowMs)
        {
            Refill(nowMs);
            if (_tokens == 0)
            {
                return false;
            }

            _tokens--;
            return true;
        }

        private void Refill(long nowMs)
        {
            if (nowMs <= _lastMs)
            {
                return;
            }

            long earned = (nowMs - _lastMs) / RefillMs;
            if (earned == 0)
            {
                return;
            }

            _tokens = _tokens + earned > Capacity ? Capacity : _tokens + earned;
            _lastMs = _tokens == Capacity ? nowMs : _lastMs + (earned * RefillMs);
        }
    }
}
