namespace Pos.Core.Transactions
{
    /// <summary>What a <see cref="TransactionRecord"/> was (a balance inquiry moves no money and is not recorded).</summary>
    public enum RecordKind
    {
        /// <summary>A sale approved online (or attempted).</summary>
        Sale = 0,

        /// <summary>A void of a sale of the batch.</summary>
        Void = 1,

        /// <summary>A refund.</summary>
        Refund = 2,

        /// <summary>A sale approved offline (its advice queued, delivered later).</summary>
        OfflineSale = 3,
    }
}
