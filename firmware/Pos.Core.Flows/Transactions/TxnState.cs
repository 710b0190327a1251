namespace Pos.Core.Transactions
{
    /// <summary>
    /// The states of the transaction machine. Values index the state table (<see cref="TransactionTable.State"/>); names come from
    /// <see cref="TransactionTable.NameOf(TxnState)"/>. <see cref="Stay"/> and <see cref="Resume"/> are pseudo-states
    /// used only as targets in the transition table.
    /// </summary>
    public enum TxnState
    {
        /// <summary>Waiting for the cashier.</summary>
        Idle = 0,
        /// <summary>Function menu.</summary>
        Menu = 1,
        /// <summary>Amount entry (purchase, refund).</summary>
        AmountEntry = 2,
        /// <summary>Entry of the original STAN (void, refund).</summary>
        OriginalStanEntry = 3,
        /// <summary>Void: confirm the original.</summary>
        VoidConfirm = 4,
        /// <summary>Waiting for a card.</summary>
        PresentCard = 5,
        /// <summary>PIN entry.</summary>
        PinEntry = 6,
        /// <summary>A pending reversal (0400) is being sent before the next transaction or settlement.</summary>
        Reversing = 7,
        /// <summary>The financial request is out; waiting for the host's answer. CANCEL does nothing here.</summary>
        Authorising = 8,
        /// <summary>Sign-in 0800 in flight.</summary>
        SigningIn = 9,
        /// <summary>Settlement 0500 in flight.</summary>
        Settling = 10,
        /// <summary>Batch upload 0320 in flight (records, then the end message).</summary>
        Uploading = 11,
        /// <summary>The outcome is on screen.</summary>
        Result = 12,
        /// <summary>Reversal retries are exhausted: new financial transactions and settlement are blocked.</summary>
        ReversalBlocked = 13,
        /// <summary>At boot: the last transaction's outcome (in-doubt recovery) stays on screen until the cashier confirms it.</summary>
        LastResult = 14,
        /// <summary>The same card and amount were charged a moment ago: the cashier confirms before charging again.</summary>
        DuplicateConfirm = 15,
        /// <summary>
        /// The amount is over a merchant limit (per sale, the day's total, per refund): the limit, the amount and what to
        /// do (split it, or the merchant has the acquirer raise the limit). ENTER or CANCEL: back to the amount entry.
        /// </summary>
        OverLimit = 16,

        /// <summary>Records look-up: how to search (voucher no., reference no., amount, card's last four, date).</summary>
        RecordMenu = 17,

        /// <summary>Records look-up: the value searched for is typed.</summary>
        RecordQuery = 18,

        /// <summary>Records look-up: the matches, newest first, a page at a time.</summary>
        RecordList = 19,

        /// <summary>Records look-up: one record.</summary>
        RecordDetail = 20,

        /// <summary>Records look-up: "the cardholder says they were charged": what happened and what to do.</summary>
        RecordGuide = 21,

        /// <summary>Today's counts and totals, by kind and by operator.</summary>
        TodaySummary = 22,

        /// <summary>Number of real states.</summary>
        Count = 23,

        /// <summary>Table target: stay in the current state without exit or entry (internal transition).</summary>
        Stay = 100,
        /// <summary>Table target: the state saved when the reversal started (the "then" column of the row that went to Reversing).</summary>
        Resume = 101,
    }
}
