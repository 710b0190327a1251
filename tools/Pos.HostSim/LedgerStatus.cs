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
        /// <summary>A purchase refunded in full (refunds totalling its amount): still counted as a debit (the refunds are the credits).</summary>
        Refunded = 3,
        /// <summary>A purchase with approved refunds totalling less than its amount: still counted as a debit.</summary>
        PartiallyRefunded = 4,
    }
}
