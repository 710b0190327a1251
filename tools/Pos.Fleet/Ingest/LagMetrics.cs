namespace Pos.Fleet.Ingest
{
    /// <summary>
    /// The status lags: a count of all and a ring of the newest <see cref="Capacity"/> (the percentiles' window), so a
    /// long run keeps a fixed memory.
    /// </summary>
    public sealed class LagMetrics
    {
        /// <summary>Samples kept for the percentiles.</summary>
        public const int Capacity = 65536;

        private readonly long[] _ring = new long[Capacity];
        private long _count;

        /// <summary>Statuses measured since the start (or the last reset).</summary>
        public long Count
        {
            get
            {
                lock (_ring)
                {
                    return _count;
                }
            }
        }

        /// <summary>Adds one lag in ms (a terminal clock ahead of the console's counts as 0).</summary>
        public void Add(long lagMs)
        {
            lock (_ring)
            {
                _ring[_count % Capacity] = Math.Max(0, lagMs);
                _count++;
            }
        }

        /// <summary>Forgets every sample (the bench measures one phase at a time).</summary>
        public void Reset()
        {
            lock (_ring)
            {
                _count = 0;
            }
        }

        /// <summary>The kept samples, sorted.</summary>
        public long[] Sorted()
        {
            long[] copy;
            lock (_ring)
            {
                copy = _ring[..(int)Math.Min(_count, Capacity)];
            }

            Array.Sort(copy);
            return copy;
        }

        /// <summary>The nearest-rank percentile <paramref name="p"/> (0–100) of sorted samples, 0 when there are none.</summary>
        public static long Percentile(long[] sorted, int p)
        {
            if (sorted.Length == 0)
            {
                return 0;
            }

            int rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }
}
