namespace Pos.Core.Protocol.Messages
{
    /// <summary>The transaction-type table, indexed by <see cref="TransactionType"/>.</summary>
    public static class TransactionTypes
    {
        private static readonly TransactionTypeInfo[] Rows = new TransactionTypeInfo[]
        {
            // type, name, 3, 25, MTI, 60.1, MAC, reversal, field 4, field 61, field 37
            new TransactionTypeInfo(TransactionType.BalanceInquiry, "balance inquiry", "310000", "00", 200, "01", true, false, false, TransactionTypeInfo.NoOriginal, false),
            new TransactionTypeInfo(TransactionType.Purchase, "purchase", "000000", "00", 200, "22", true, true, true, TransactionTypeInfo.NoOriginal, false),
            new TransactionTypeInfo(TransactionType.Void, "void", "200000", "00", 200, "23", true, true, true, TransactionTypeInfo.OriginalBatchStan, true),
            new TransactionTypeInfo(TransactionType.Refund, "refund", "200000", "00", 220, "25", true, false, true, TransactionTypeInfo.OriginalBatchStanDate, true),
            new TransactionTypeInfo(TransactionType.OfflineAdvice, "offline advice", "000000", "00", 220, "30", true, false, true, TransactionTypeInfo.NoOriginal, false),
        };

        /// <summary>The row of a type.</summary>
        public static TransactionTypeInfo Get(TransactionType type)
        {
            int index = (int)type;
            if (index < 0 || index >= Rows.Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(type));
            }

            return Rows[index];
        }

        /// <summary>How many types there are.</summary>
        public static int Count
        {
            get { return Rows.Length; }
        }
    }
}
