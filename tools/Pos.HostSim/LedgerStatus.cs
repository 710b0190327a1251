namespace Pos.HostSim
{
    /// <summary>The state of a ledger entry.</summary>
    public enum LedgerStatus
    {
        /// <summary>Approved and counted.</summary>
        Approved = 0,
        /// <summary>Reversed by a 0400: not counted.</summary>
        Reversed = 1,
        /// <summary>A purchase cancelled by an approved void: not counted.</summary>
        Voided = 2,
        /// <summary>A purchase with an approved refund against it: still counted as a debit (the refund is the credit).</summary>
        Refunded = 3,
    }
}
