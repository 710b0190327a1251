namespace Pos.Core.Transactions
{
    /// <summary>Conditions of transition rows; evaluated by the machine, named in the doc table.</summary>
    public enum TxnGuard
    {
        /// <summary>Always true.</summary>
        Always = 0,
        /// <summary>A reversal is pending and its automatic attempts are used up.</summary>
        ReversalBlocks = 1,
        /// <summary>A reversal is pending and the host is reachable: send it first.</summary>
        ReversalDue = 2,
        /// <summary>The link monitor says offline.</summary>
        Offline = 3,
        /// <summary>The entry buffer of the state has room for another digit.</summary>
        Room = 4,
        /// <summary>The amount is within 1 .. the limit (the original's amount for a refund).</summary>
        AmountOk = 5,
        /// <summary>The original STAN names a transaction of the batch that this flow may use.</summary>
        OriginalOk = 6,
        /// <summary>The flow is a void.</summary>
        IsVoid = 7,
        /// <summary>The card needs a PIN (required or optional).</summary>
        NeedPin = 8,
        /// <summary>The PIN entered is acceptable (length, or empty when optional).</summary>
        PinOk = 9,
        /// <summary>The pending reversal may be tried again automatically.</summary>
        ReversalCanRetry = 10,
        /// <summary>A sign-in is due (boot, keys missing, forced, date changed) and the host is reachable.</summary>
        NeedSignIn = 11,
        /// <summary>The settlement reply says unbalanced.</summary>
        Unbalanced = 12,
        /// <summary>More batch-upload messages to send.</summary>
        UploadMore = 13,
        /// <summary>The last decline asks for the PIN again (55) and the card is still known.</summary>
        CanReEnterPin = 14,
        /// <summary>Menu digit 1 (void).</summary>
        Key1 = 15,
        /// <summary>Menu digit 2 (refund).</summary>
        Key2 = 16,
        /// <summary>Menu digit 3 (balance).</summary>
        Key3 = 17,
        /// <summary>Menu digit 4 (settlement).</summary>
        Key4 = 18,
        /// <summary>Menu digit 5 (sign-in).</summary>
        Key5 = 19,
        /// <summary>The idle reversal may go now: its backoff is over and the link monitor is confirmed online (not suspect).</summary>
        ReversalRetryDue = 20,
        /// <summary>The reversal in flight was sent from the idle screen (no transaction waits for it).</summary>
        Background = 21,
        /// <summary>A purchase whose request never reached the host may be decided by the offline policy (enabled).</summary>
        OfflineFallback = 22,
        /// <summary>A sale of the same card and amount took the customer's money within the duplicate window.</summary>
        Duplicate = 23,
        /// <summary>The pending record is a refund awaiting the host's confirmation (not a reversal).</summary>
        RefundPending = 24,
        /// <summary>The reversal being sent started from the last-transaction screen (in-doubt recovery), which it returns to.</summary>
        ResumesLast = 25,
        /// <summary>The amount is over a merchant limit (<see cref="TransactionLimits"/>): per sale, the day's total, or per refund.</summary>
        OverLimit = 26,

        /// <summary>The digit pressed was 6.</summary>
        Key6 = 27,
        /// <summary>The digit pressed was 7.</summary>
        Key7 = 28,
        /// <summary>The digit pressed picks a way to search the records (1–5).</summary>
        SearchKey = 29,
        /// <summary>The value typed finds at least one record (the search runs here, once per value).</summary>
        RecordsFound = 30,
        /// <summary>The last search found exactly one record.</summary>
        OneRecord = 31,
        /// <summary>The digit pressed names a row of the records page shown.</summary>
        RecordRow = 32,
        /// <summary>The last search found more than one record.</summary>
        ManyRecords = 33,

        /// <summary>Number of guards.</summary>
        Count = 34,
    }
}
