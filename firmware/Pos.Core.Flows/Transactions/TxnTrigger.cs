namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the machine reacts to, decoded from the application's events: keys, card reads, the decoded host outcome,
    /// timers, link changes and its own completion trigger. Names come from <see cref="TransactionTable.NameOf(TxnTrigger)"/>.
    /// </summary>
    public enum TxnTrigger
    {
        /// <summary>A digit key 0–9.</summary>
        Digit = 0,
        /// <summary>CLEAR (backspace).</summary>
        Clear = 1,
        /// <summary>ENTER.</summary>
        Enter = 2,
        /// <summary>CANCEL.</summary>
        Cancel = 3,
        /// <summary>FUNC.</summary>
        Func = 4,
        /// <summary>UP.</summary>
        Up = 5,
        /// <summary>DOWN.</summary>
        Down = 6,
        /// <summary>A card was read.</summary>
        CardOk = 7,
        /// <summary>A card read failed.</summary>
        CardFailed = 8,
        /// <summary>The host approved (financial 00, reversal done, sign-in/settlement/upload 00).</summary>
        Approved = 9,
        /// <summary>The host answered with another code (MAC valid or not required).</summary>
        Declined = 10,
        /// <summary>An approval whose MAC did not verify.</summary>
        MacFailed = 11,
        /// <summary>A reply that could not be read or does not answer the request.</summary>
        BadReply = 12,
        /// <summary>The request may have reached the host but no reply came (send failed, timeout, closed, watchdog).</summary>
        NoReply = 13,
        /// <summary>Nothing was sent (connect failed, seam not ready).</summary>
        NotSent = 14,
        /// <summary>The request could not be built or persisted (no keys, storage error): nothing was sent.</summary>
        LocalFault = 15,
        /// <summary>The state's timer expired.</summary>
        Timeout = 16,
        /// <summary>The link monitor went online.</summary>
        WentOnline = 17,
        /// <summary>The link monitor went offline.</summary>
        WentOffline = 18,
        /// <summary>Completion trigger raised by the machine itself on entering Idle (sign-in checks).</summary>
        Check = 19,
        /// <summary>The offline queue changed (an advice stored, delivered or flagged; the reversal cleared).</summary>
        QueueChanged = 20,

        /// <summary>Number of triggers.</summary>
        Count = 21,
    }
}
