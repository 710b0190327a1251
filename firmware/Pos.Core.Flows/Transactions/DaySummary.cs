namespace Pos.Core.Transactions
{
    /// <summary>
    /// Today's counts and totals of the open batch (the merchant's local day): by kind and by operator. Sales are the
    /// online sales approved (a voided one still counts: its void counts under voids), offline the offline sales taken
    /// and not flagged; failed the transactions that did not go through. Per operator: the money transactions and their
    /// net (sales and offline sales less voids and refunds). Reused (<see cref="Clear"/>).
    /// </summary>
    public sealed class DaySummary
    {
        /// <summary>Operators kept apart; more are added to the last slot.</summary>
        public const int MaxOperators = 24;

        private readonly int[] _operators = new int[MaxOperators];
        private readonly int[] _counts = new int[MaxOperators];
        private readonly long[] _net = new long[MaxOperators];

        /// <summary>Creates an empty summary.</summary>
        public DaySummary()
        {
            Clear();
        }

        /// <summary>The local day, "YYYYMMDD".</summary>
        public string Day { get; set; }

        /// <summary>The open batch.</summary>
        public int Batch { get; set; }

        /// <summary>Online sales approved.</summary>
        public int SaleCount { get; set; }

        /// <summary>Their amount in fen.</summary>
        public long SaleFen { get; set; }

        /// <summary>Voids approved.</summary>
        public int VoidCount { get; set; }

        /// <summary>Their amount in fen.</summary>
        public long VoidFen { get; set; }

        /// <summary>Refunds approved.</summary>
        public int RefundCount { get; set; }

        /// <summary>Their amount in fen.</summary>
        public long RefundFen { get; set; }

        /// <summary>Offline sales taken (stored or delivered; flagged ones not).</summary>
        public int OfflineCount { get; set; }

        /// <summary>Their amount in fen.</summary>
        public long OfflineFen { get; set; }

        /// <summary>Transactions that did not go through (declined, never sent, reversed, being reversed).</summary>
        public int FailedCount { get; set; }

        /// <summary>Operators with a money transaction today.</summary>
        public int OperatorCount { get; private set; }

        /// <summary>The operator number of row <paramref name="i"/>.</summary>
        public int OperatorAt(int i)
        {
            return _operators[i];
        }

        /// <summary>The money transactions of row <paramref name="i"/>.</summary>
        public int CountAt(int i)
        {
            return _counts[i];
        }

        /// <summary>The net amount of row <paramref name="i"/> in fen (credits subtracted).</summary>
        public long NetAt(int i)
        {
            return _net[i];
        }

        /// <summary>Counts one money transaction of <paramref name="op"/>: <paramref name="fen"/> is negative for a credit.</summary>
        public void AddOperator(int op, long fen)
        {
            int i = 0;
            while (i < OperatorCount && _operators[i] != op)
            {
                i++;
            }

            if (i == OperatorCount)
            {
                if (OperatorCount == MaxOperators)
                {
                    i = MaxOperators - 1;
                }
                else
                {
                    _operators[i] = op;
                    _counts[i] = 0;
                    _net[i] = 0;
                    OperatorCount++;
                }
            }

            _counts[i]++;
            _net[i] += fen;
        }

        /// <summary>Puts the operator rows in the order of their numbers.</summary>
        public void SortOperators()
        {
            for (int i = 1; i < OperatorCount; i++)
            {
                for (int j = i; j > 0 && _operators[j - 1] > _operators[j]; j--)
                {
                    SwapWithPrevious(j);
                }
            }
        }

        // Row j and row j - 1 change places.
        private void SwapWithPrevious(int j)
        {
            int op = _operators[j];
            int count = _counts[j];
            long net = _net[j];
            _operators[j] = _operators[j - 1];
            _counts[j] = _counts[j - 1];
            _net[j] = _net[j - 1];
            _operators[j - 1] = op;
            _counts[j - 1] = count;
            _net[j - 1] = net;
        }

        /// <summary>Every value back to zero.</summary>
        public void Clear()
        {
            Day = string.Empty;
            Batch = 0;
            SaleCount = 0;
            SaleFen = 0;
            VoidCount = 0;
            VoidFen = 0;
            RefundCount = 0;
            RefundFen = 0;
            OfflineCount = 0;
            OfflineFen = 0;
            FailedCount = 0;
            OperatorCount = 0;
        }
    }
}
