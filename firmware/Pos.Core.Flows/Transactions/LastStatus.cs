namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the last-transaction screen (<see cref="ScreenIds.LastTransaction"/>) calls the outcome of the journal's
    /// last money transaction (<see cref="LastTransactionKeeper.Status"/>). Values are stable and contiguous from 0:
    /// the renderer indexes its badge, style and note tables with them. The text form is the word in brackets.
    /// </summary>
    public enum LastStatus
    {
        /// <summary>No record shown (empty).</summary>
        None = -1,
        /// <summary>Approved by the host ("APPROVED").</summary>
        Approved = 0,
        /// <summary>Approved offline, the advice queued ("OFFLINE_APPROVED").</summary>
        OfflineApproved = 1,
        /// <summary>Declined ("DECLINED").</summary>
        Declined = 2,
        /// <summary>Reversed: nothing charged ("REVERSED").</summary>
        Reversed = 3,
        /// <summary>Nothing reached the host ("NOT_COMPLETED").</summary>
        NotCompleted = 4,
        /// <summary>No answer: the pending reversal cancels it ("REVERSING").</summary>
        Reversing = 5,
        /// <summary>The reversal was cleared by hand: the host may keep the charge ("UNKNOWN").</summary>
        Unknown = 6,
        /// <summary>Settled ("SETTLED").</summary>
        Settled = 7,
        /// <summary>A settlement without its answer: settle again ("SETTLE_UNCONFIRMED").</summary>
        SettleUnconfirmed = 8,
        /// <summary>A refund without its answer, repeated until the host answers ("CONFIRMING").</summary>
        Confirming = 9,
    }
}
