namespace Pos.Core.Transactions
{
    /// <summary>
    /// The last few sales that took the customer's money (approved online or offline), in RAM, for the duplicate guard:
    /// the same card and amount again within the window asks the cashier to confirm. A small ring of fixed arrays (no
    /// allocation per sale); times are <c>UptimeMs</c>, which no clock setting moves. After a reboot the ring starts
    /// from the journal's last transaction only.
    /// </summary>
    public sealed class RecentSales
    {
        /// <summary>Sales remembered.</summary>
        public const int Capacity = 4;

        private readonly string[] _pans = new string[Capacity];
        private readonly long[] _amounts = new long[Capacity];
        private readonly long[] _times = new long[Capacity];
        private readonly int[] _stans = new int[Capacity];
        private readonly string[] _stamps = new string[Capacity];
        private readonly bool[] _offline = new bool[Capacity];
        private int _next;
        private int _count;

        /// <summary>Remembers a sale (the oldest one goes when full).</summary>
        public void Add(string pan, long amountFen, long uptimeMs, int stan, string stamp, bool offline)
        {
            if (pan == null)
            {
                return;
            }

            _pans[_next] = pan;
            _amounts[_next] = amountFen;
            _times[_next] = uptimeMs;
            _stans[_next] = stan;
            _stamps[_next] = stamp;
            _offline[_next] = offline;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }
        }

        /// <summary>Forgets every sale (a new batch).</summary>
        public void Clear()
        {
            for (int i = 0; i < Capacity; i++)
            {
                _pans[i] = null;
                _stamps[i] = null;
            }

            _count = 0;
            _next = 0;
        }

        /// <summary>The newest sale of this card and amount within <paramref name="windowMs"/> of now, or -1.</summary>
        public int Find(string pan, long amountFen, long nowMs, long windowMs)
        {
            if (pan == null || windowMs <= 0)
            {
                return -1;
            }

            for (int k = 1; k <= _count; k++)
            {
                int i = (_next - k + Capacity) % Capacity;
                if (_amounts[i] == amountFen && _pans[i] == pan && nowMs - _times[i] <= windowMs)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The STAN of entry <paramref name="index"/>.</summary>
        public int StanAt(int index)
        {
            return _stans[index];
        }

        /// <summary>The UTC time "YYYYMMDDThhmmss" of entry <paramref name="index"/>.</summary>
        public string StampAt(int index)
        {
            return _stamps[index];
        }

        /// <summary>True when entry <paramref name="index"/> was approved offline.</summary>
        public bool OfflineAt(int index)
        {
            return _offline[index];
        }

        /// <summary>Milliseconds between entry <paramref name="index"/> and <paramref name="nowMs"/>.</summary>
        public long AgeMs(int index, long nowMs)
        {
            return nowMs - _times[index];
        }
    }
}
