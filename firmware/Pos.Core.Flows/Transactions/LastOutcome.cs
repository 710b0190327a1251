namespace Pos.Core.Transactions
{
    /// <summary>What the journal knows of the last money transaction (<see cref="LastTransaction"/>).</summary>
    public enum LastOutcome
    {
        /// <summary>Sent (or about to be) and no answer recorded yet: in doubt until the pending reversal settles it.</summary>
        InFlight = 0,

        /// <summary>Approved by the host and logged.</summary>
        Approved = 1,

        /// <summary>Approved offline: the advice is in the queue.</summary>
        OfflineApproved = 2,

        /// <summary>Declined by the host (nothing charged).</summary>
        Declined = 3,

        /// <summary>The host confirmed the reversal: nothing charged.</summary>
        Reversed = 4,

        /// <summary>Nothing reached the host (no connection), or the transaction stopped before it was sent.</summary>
        NotCompleted = 5,

        /// <summary>Settlement done; the next batch is open.</summary>
        Settled = 6,

        /// <summary>The pending reversal was cleared by hand: the host may keep the charge.</summary>
        Unknown = 7,
    }
}
