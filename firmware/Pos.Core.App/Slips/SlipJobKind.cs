namespace Pos.Core.Slips
{
    /// <summary>What a <see cref="SlipJob"/> prints. Values are stable (logs).</summary>
    public enum SlipJobKind
    {
        /// <summary>An approved sale, void or refund, or an offline sale, from its log entry.</summary>
        Sale = 1,
        /// <summary>A transaction that did not go through, from its last-transaction record.</summary>
        Decline = 2,
        /// <summary>The settlement report.</summary>
        Settlement = 3,
        /// <summary>The self-test report.</summary>
        SelfTest = 4,
        /// <summary>The newest entries of the audit trail.</summary>
        Audit = 5,
    }
}
