namespace Pos.Core.Transactions
{
    /// <summary>
    /// The screens the transaction machine shows, as stable ids (the renderer and the catalogs key on them; scenario
    /// files name them in <c>expect screen</c>). The values of each travel typed in <see cref="ScreenModel"/>; "Text"
    /// gives the lines of its text form (<see cref="ScreenText"/>), which scenarios and logs read.
    /// </summary>
    public static class ScreenIds
    {
        /// <summary>
        /// Idle: <see cref="ScreenModel.Online"/>, <see cref="ScreenModel.Queued"/> advices, the pending
        /// <see cref="ScreenModel.ReversalReason"/> (empty: none), <see cref="ScreenModel.SignedIn"/>,
        /// <see cref="ScreenModel.StorageNew"/>. Text: ONLINE/OFFLINE | count | REVERSAL:rr | NOT_SIGNED_IN or KEYS_LOST | STORAGE_NEW.
        /// </summary>
        public const string Idle = "IDLE";
        /// <summary>Function menu: 1 void, 2 refund, 3 balance, 4 settle, 5 sign in, 6 records, 7 today's summary (no values).</summary>
        public const string Menu = "MENU";
        /// <summary>Amount entry: the <see cref="ScreenModel.Flow"/>, the <see cref="ScreenModel.AmountFen"/> typed, <see cref="EntryError.Limit"/>. Text: kind | 12.34 | LIMIT.</summary>
        public const string Amount = "AMOUNT";
        /// <summary>
        /// Original STAN entry (void, refund): the flow, the <see cref="ScreenModel.Digits"/> typed, <see cref="EntryError.NotFound"/>
        /// or <see cref="EntryError.Voided"/>. Text: kind | digits | NOT_FOUND/VOIDED.
        /// </summary>
        public const string OriginalStan = "ORIGINAL_STAN";
        /// <summary>Void confirmation: the original's amount, masked PAN and STAN. Text: 12.34 | PAN | 000123.</summary>
        public const string VoidConfirm = "VOID_CONFIRM";
        /// <summary>
        /// Present card: the flow, the amount (none for a balance inquiry), <see cref="EntryError.Card"/> with the card's
        /// <see cref="ScreenModel.Code"/> (E1–E5, LCD), and the <see cref="ScreenModel.AcceptedModes"/> (<see cref="CardModes"/>:
        /// chip and tap offline under the default policy). Text: kind | 12.34 | code | modes, one letter each: C chip, T tap, S swipe.
        /// </summary>
        public const string PresentCard = "PRESENT_CARD";
        /// <summary>
        /// PIN entry: amount (none for a balance inquiry), masked PAN, <see cref="ScreenModel.PinDigits"/>, the
        /// <see cref="ScreenModel.PinNote"/> (retry after 55, length), <see cref="ScreenModel.PinOptional"/>.
        /// Text: 12.34 | PAN | one '*' per digit | RETRY/LENGTH | OPTIONAL.
        /// </summary>
        public const string Pin = "PIN";
        /// <summary>Waiting for the host: the flow. Text: kind.</summary>
        public const string Processing = "PROCESSING";
        /// <summary>Sending a pending reversal: its reason and <see cref="ScreenModel.Attempt"/>. Text: reason | attempt.</summary>
        public const string Reversing = "REVERSING";
        /// <summary>Signing in (no values).</summary>
        public const string SigningIn = "SIGNING_IN";
        /// <summary>Settlement 0500 in flight (no values).</summary>
        public const string Settling = "SETTLING";
        /// <summary>Batch upload in flight: <see cref="ScreenModel.UploadSent"/> of <see cref="ScreenModel.UploadTotal"/>. Text: sent | total.</summary>
        public const string Uploading = "UPLOADING";
        /// <summary>
        /// Approved: amount, masked PAN, <see cref="ScreenModel.AuthCode"/>, STAN, the flow (purchase, void, refund), the
        /// <see cref="ScreenModel.Rrn"/> (field 37; empty when the host sent none), the terminal's <see cref="ScreenModel.UtcTime"/>
        /// of the approval, the card's <see cref="ScreenModel.Entry"/> (a void shows its original's).
        /// Text: 12.34 | PAN | auth | STAN | kind | RRN | YYYYMMDDThhmmss | entry (<see cref="EntryNames"/>).
        /// </summary>
        public const string Approved = "APPROVED";
        /// <summary>Approved offline (queued advice): amount, masked PAN, STAN, UTC time, entry. Text in that order.</summary>
        public const string OfflineApproved = "OFFLINE_APPROVED";
        /// <summary>Balance: the balance as <see cref="ScreenModel.AmountFen"/> (none when the host sent none). Text: 12.34.</summary>
        public const string Balance = "BALANCE";
        /// <summary>Declined by the host: code, <see cref="ScreenModel.Class"/>, <see cref="ScreenModel.Action"/>. Text: code | class name | action name.</summary>
        public const string Declined = "DECLINED";
        /// <summary>Retain the card (pick-up code, prompt enabled): as <see cref="Declined"/>.</summary>
        public const string RetainCard = "RETAIN_CARD";
        /// <summary>Transaction failed (unknown code or a local failure): the raw or local code.</summary>
        public const string Failed = "FAILED";
        /// <summary>Declined by the offline policy: the local code (L01..L08).</summary>
        public const string OfflineDeclined = "OFFLINE_DECLINED";
        /// <summary>No usable answer; a reversal is pending: its reason (98/A0/96) and the local code. Text: reason | code.</summary>
        public const string ReversalPending = "REVERSAL_PENDING";
        /// <summary>Nothing was sent (no connection): the local code and <see cref="ScreenModel.Online"/>, the link monitor's state when it happened. Text: code | ONLINE/OFFLINE.</summary>
        public const string NoConnection = "NO_CONNECTION";
        /// <summary>Reversal retries exhausted: new transactions are blocked. Its reason and attempts (text: reason | attempts). ENTER retries.</summary>
        public const string ReversalBlocked = "REVERSAL_BLOCKED";
        /// <summary>Signed in: the <see cref="ScreenModel.Batch"/>. Text: 000001.</summary>
        public const string SignedIn = "SIGNED_IN";
        /// <summary>Sign-in failed: the code (host or local); with LKC the <see cref="ScreenModel.KeyError"/>. Text: code | key error name.</summary>
        public const string SignInFailed = "SIGN_IN_FAILED";
        /// <summary>
        /// Settled: <see cref="ScreenModel.Uploaded"/> (the host's totals differed: the batch was uploaded; else they
        /// agreed), the new <see cref="ScreenModel.Batch"/>, the <see cref="ScreenModel.ClosedBatch"/>, and the domestic
        /// totals the terminal sent in the 0500 (voided sales are not counted): sales count and amount, refunds count
        /// and amount. Text: BALANCED/UPLOADED | new batch | settled batch | count | 12.34 | count | 12.34.
        /// </summary>
        public const string Settled = "SETTLED";
        /// <summary>
        /// At boot, the last money transaction as the journal knows it (in-doubt recovery; ENTER confirms): the
        /// <see cref="ScreenModel.LastStatus"/> (a REVERSING one is cancelled by the pending reversal; CONFIRMING: a refund
        /// without its answer, repeated until the host answers; UNKNOWN: the reversal was cleared by hand, the host may
        /// keep the charge), the flow, the amount (settlement: the sales total), masked PAN, STAN and batch, RRN, UTC time,
        /// and the decline or local code (settlement: the <see cref="ScreenModel.SalesCount"/>).
        /// Text: status | kind | 12.34 | PAN | STAN (settlement: batch) | RRN | YYYYMMDDThhmmss | code (settlement: count).
        /// </summary>
        public const string LastTransaction = "LAST_TXN";
        /// <summary>
        /// Duplicate guard: the same card and amount were charged moments ago. Amount, masked PAN, the earlier sale's STAN
        /// and UTC time, <see cref="ScreenModel.EarlierOffline"/>, <see cref="ScreenModel.AgeMinutes"/>. ENTER charges
        /// again, CANCEL stops. Text: 12.34 | PAN | STAN | YYYYMMDDThhmmss | APPROVED/OFFLINE_APPROVED | minutes.
        /// </summary>
        public const string Duplicate = "DUPLICATE";
        /// <summary>
        /// The amount is over a merchant limit, before the card is read: the local <see cref="ScreenModel.Code"/>
        /// (<see cref="TxnLocalCodes.CodeOverSaleLimit"/> per sale, <see cref="TxnLocalCodes.CodeOverDailyLimit"/> the day's
        /// total, <see cref="TxnLocalCodes.CodeOverRefundLimit"/> per refund), the flow, the amount, the
        /// <see cref="ScreenModel.LimitFen"/> and, for the daily limit, the <see cref="ScreenModel.DayTotalFen"/> sold
        /// today. ENTER or CANCEL: back to the amount entry. Text: code | kind | 12.34 | limit | sold today.
        /// </summary>
        public const string OverLimit = "OVER_LIMIT";
        /// <summary>Settlement failed: the code (host or local).</summary>
        public const string SettleFailed = "SETTLE_FAILED";
        /// <summary>Records look-up: 1 voucher no., 2 reference no., 3 amount, 4 card's last four, 5 date (no values).</summary>
        public const string RecordMenu = "RECORD_MENU";
        /// <summary>
        /// Records look-up, the value: <see cref="ScreenModel.Search"/>, the <see cref="ScreenModel.Digits"/> typed,
        /// <see cref="EntryError.NotFound"/> or <see cref="EntryError.Incomplete"/>. Text: STAN/RRN/AMOUNT/CARD/DATE | digits | NOT_FOUND/INCOMPLETE.
        /// </summary>
        public const string RecordQuery = "RECORD_QUERY";
        /// <summary>
        /// Records look-up, the matches newest first: the search and value, <see cref="ScreenModel.Page"/> of
        /// <see cref="ScreenModel.PageCount"/>, <see cref="ScreenModel.MatchCount"/>, the page's <see cref="ScreenModel.Rows"/>.
        /// Text: kind | digits | page/pages | one line a row, STAN:KIND:12.34:STATUS.
        /// </summary>
        public const string RecordList = "RECORD_LIST";
        /// <summary>
        /// Records look-up, one record (<see cref="ScreenModel.Record"/>). Text: STATUS | KIND | 12.34 | PAN | STAN | RRN |
        /// YYYYMMDDThhmmss | operator | reversal (PENDING:rr:n, ACKED:rr:n) | refunded 12.34.
        /// </summary>
        public const string RecordDetail = "RECORD_DETAIL";
        /// <summary>"The cardholder says they were charged": the record's guide by its status. Text: STATUS | KIND | 12.34.</summary>
        public const string RecordGuide = "RECORD_GUIDE";
        /// <summary>
        /// Today's summary (<see cref="ScreenModel.Summary"/>). Text: YYYYMMDD | SALES:n:12.34 | VOIDS:n:12.34 |
        /// REFUNDS:n:12.34 | OFFLINE:n:12.34 | FAILED:n | then one line an operator, OPnn:count:net.
        /// </summary>
        public const string DaySummary = "DAY_SUMMARY";
    }
}
