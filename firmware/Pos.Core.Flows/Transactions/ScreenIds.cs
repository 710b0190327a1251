namespace Pos.Core.Transactions
{
    /// <summary>
    /// The screens the transaction machine shows, as stable ids (the renderer and the catalogs key on them; scenario
    /// files name them in <c>expect screen</c>). Parameters travel in <see cref="ScreenModel"/> lines.
    /// </summary>
    public static class ScreenIds
    {
        /// <summary>Idle: line 0 link state, 1 offline count, 2 "reversal pending" note or empty, 3 "not signed in" note or empty.</summary>
        public const string Idle = "IDLE";
        /// <summary>Function menu: 1 void, 2 refund, 3 balance, 4 settle, 5 sign in, 9 clear reversal.</summary>
        public const string Menu = "MENU";
        /// <summary>Amount entry: line 0 the kind, 1 the amount "12.34".</summary>
        public const string Amount = "AMOUNT";
        /// <summary>Original STAN entry (void, refund): line 0 the kind, 1 the digits, 2 an error ("NOT_FOUND", "VOIDED") or empty.</summary>
        public const string OriginalStan = "ORIGINAL_STAN";
        /// <summary>Void confirmation: line 0 amount, 1 masked PAN, 2 original STAN.</summary>
        public const string VoidConfirm = "VOID_CONFIRM";
        /// <summary>
        /// Present card: line 0 the kind, 1 the amount, 2 a card error code or empty, 3 the entry modes accepted for
        /// this transaction, one letter each in this order: C chip, T tap (contactless), S swipe ("CT" offline under
        /// the default policy; empty: all three).
        /// </summary>
        public const string PresentCard = "PRESENT_CARD";
        /// <summary>PIN entry: line 0 amount, 1 masked PAN, 2 '*' per digit, 3 "RETRY" after 55 or "LENGTH" or empty, 4 "OPTIONAL" when ENTER without a PIN is allowed.</summary>
        public const string Pin = "PIN";
        /// <summary>Waiting for the host: line 0 the kind.</summary>
        public const string Processing = "PROCESSING";
        /// <summary>Sending a pending reversal: line 0 reason, 1 attempt.</summary>
        public const string Reversing = "REVERSING";
        /// <summary>Signing in.</summary>
        public const string SigningIn = "SIGNING_IN";
        /// <summary>Settlement 0500 in flight.</summary>
        public const string Settling = "SETTLING";
        /// <summary>Batch upload in flight: line 0 records sent, 1 total.</summary>
        public const string Uploading = "UPLOADING";
        /// <summary>
        /// Approved: line 0 amount, 1 masked PAN, 2 auth code, 3 STAN, 4 the kind (PURCHASE, VOID, REFUND), 5 the RRN
        /// (field 37; empty when the host sent none), 6 the terminal's UTC time of the approval "YYYYMMDDThhmmss", 7 the
        /// card entry (a name from <see cref="EntryNames"/>; a void shows its original's).
        /// </summary>
        public const string Approved = "APPROVED";
        /// <summary>Approved offline (queued advice): line 0 amount, 1 masked PAN, 2 STAN, 3 UTC time "YYYYMMDDThhmmss", 4 the card entry.</summary>
        public const string OfflineApproved = "OFFLINE_APPROVED";
        /// <summary>Balance: line 0 balance.</summary>
        public const string Balance = "BALANCE";
        /// <summary>Declined by the host: line 0 code, 1 class name, 2 action name.</summary>
        public const string Declined = "DECLINED";
        /// <summary>Retain the card (pick-up code, prompt enabled): line 0 code.</summary>
        public const string RetainCard = "RETAIN_CARD";
        /// <summary>Transaction failed (unknown code or a local failure): line 0 the raw or local code.</summary>
        public const string Failed = "FAILED";
        /// <summary>Declined by the offline policy: line 0 the local code (L01..L07).</summary>
        public const string OfflineDeclined = "OFFLINE_DECLINED";
        /// <summary>No usable answer; a reversal is pending: line 0 reason (98/A0/96), 1 local code.</summary>
        public const string ReversalPending = "REVERSAL_PENDING";
        /// <summary>Nothing was sent (no connection): line 0 local code, 1 "ONLINE"/"OFFLINE": the link monitor's state when it happened.</summary>
        public const string NoConnection = "NO_CONNECTION";
        /// <summary>Reversal retries exhausted: new transactions are blocked. Line 0 reason, 1 attempts. ENTER retries.</summary>
        public const string ReversalBlocked = "REVERSAL_BLOCKED";
        /// <summary>Signed in: line 0 batch number.</summary>
        public const string SignedIn = "SIGNED_IN";
        /// <summary>Sign-in failed: line 0 code (host or local).</summary>
        public const string SignInFailed = "SIGN_IN_FAILED";
        /// <summary>
        /// Settled: line 0 "BALANCED" (the host's totals agreed) or "UPLOADED" (they differed: the batch was
        /// uploaded), 1 the new batch number, 2 the settled batch number, 3 sales count, 4 sales amount "12.34",
        /// 5 refunds count, 6 refunds amount: the domestic totals the terminal sent in the 0500 (voided sales are
        /// not counted).
        /// </summary>
        public const string Settled = "SETTLED";
        /// <summary>
        /// At boot, the last money transaction as the journal knows it (in-doubt recovery; ENTER confirms): line 0 the
        /// outcome (APPROVED, OFFLINE_APPROVED, DECLINED, REVERSED, NOT_COMPLETED, SETTLED; REVERSING: no answer, the
        /// pending reversal cancels it; CONFIRMING: a refund without its answer, repeated until the host answers;
        /// SETTLE_UNCONFIRMED; UNKNOWN: the reversal was cleared by hand, the host may keep
        /// the charge), 1 the kind (PURCHASE, VOID, REFUND, SETTLEMENT), 2 amount "12.34" (settlement: the sales total),
        /// 3 masked PAN or empty, 4 STAN (settlement: the batch number), 5 RRN or empty, 6 UTC time "YYYYMMDDThhmmss",
        /// 7 the decline or local code (settlement: the sales count) or empty.
        /// </summary>
        public const string LastTransaction = "LAST_TXN";
        /// <summary>
        /// Duplicate guard: the same card and amount were charged moments ago. Line 0 amount, 1 masked PAN, 2 the
        /// earlier sale's STAN, 3 its UTC time "YYYYMMDDThhmmss", 4 "APPROVED" or "OFFLINE_APPROVED", 5 minutes since.
        /// ENTER charges again, CANCEL stops.
        /// </summary>
        public const string Duplicate = "DUPLICATE";
        /// <summary>Settlement failed: line 0 code (host or local).</summary>
        public const string SettleFailed = "SETTLE_FAILED";
    }
}
