using System;
using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the screen should show, as data: a screen id from <see cref="ScreenIds"/> and typed values (amounts in fen,
    /// the masked PAN, codes, the flow, STAN and batch numbers, the UTC time, the entry mode, counts and flags). The
    /// machine's only writer is <c>TxnScreens</c>; the renderer in Pos.Core.Ui reads the typed values and nothing else.
    /// <para>
    /// <see cref="Line"/> and <see cref="Describe"/> are the text form, for logs and the scenario scripts
    /// (<c>expect screen ID line0 line1 …</c>): per screen id, which value is printed at which line
    /// (<see cref="ScreenText"/>, one table). They allocate; the renderer never calls them.
    /// </para>
    /// <para>
    /// No value is nullable: "none" is a sentinel, and <see cref="Clear"/> puts every value back to it —
    /// <see cref="NoAmount"/> for amounts, <see cref="NoNumber"/> for numbers and counts, <see cref="HasTime"/> false for
    /// the time, empty for strings, the enums' None (<see cref="TxnFlow.None"/>, <see cref="EntryMode.Unknown"/>,
    /// <see cref="SecurityError.None"/>, <see cref="LastStatus.None"/>…), <see cref="CardModes.None"/>, false for flags;
    /// the records look-up's objects (<see cref="Rows"/>, <see cref="Record"/>, <see cref="Summary"/>) are null, and
    /// are the flow's own, refilled before each screen that shows them.
    /// One instance is reused by the machine: every setter moves <see cref="Version"/>; copy what you keep.
    /// </para>
    /// </summary>
    public sealed class ScreenModel
    {
        /// <summary>Number of lines of the text form.</summary>
        public const int LineCount = 10;

        /// <summary>An amount that is not shown (a balance inquiry has none; the host sent no balance).</summary>
        public const long NoAmount = -1;

        /// <summary>A number or count that is not shown (STAN, batch, attempt, counts, minutes).</summary>
        public const int NoNumber = -1;

        private TxnFlow _flow;
        private long _amountFen;
        private string _maskedPan;
        private int _stan;
        private int _batch;
        private int _closedBatch;
        private string _authCode;
        private string _rrn;
        private DateTime _utcTime;
        private bool _hasTime;
        private EntryMode _entry;
        private string _code;
        private string _reason;
        private int _attempt;
        private string _digits;
        private EntryError _error;
        private int _cardModes;
        private int _pinDigits;
        private PinNote _pinNote;
        private bool _pinOptional;
        private bool _online;
        private bool _signedIn;
        private bool _storageNew;
        private bool _keysLost;
        private int _queued;
        private int _uploadSent;
        private int _uploadTotal;
        private ResponseClass _class;
        private ResponseAction _action;
        private bool _uploaded;
        private LastStatus _lastStatus;
        private int _salesCount;
        private long _salesFen;
        private int _refundCount;
        private long _refundFen;
        private bool _earlierOffline;
        private long _ageMinutes;
        private SecurityError _keyError;
        private long _limitFen;
        private long _dayTotalFen;
        private RecordSearch _search;
        private int _page;
        private int _pageCount;
        private int _matchCount;
        private TransactionRecord[] _rows;
        private int _rowCount;
        private TransactionRecord _record;
        private PrintAnswer _print;
        private DaySummary _summary;
        private int _row = -1;

        /// <summary>Creates an empty model.</summary>
        public ScreenModel()
        {
            Id = string.Empty;
            Clear(string.Empty);
        }

        /// <summary>The screen id.</summary>
        public string Id { get; private set; }

        /// <summary>Incremented at every change; the renderer redraws when it moves.</summary>
        public int Version { get; private set; }

        /// <summary>Screens shown since creation (each <see cref="Clear"/>): tells a screen entered again from one that changed.</summary>
        public int Shown { get; private set; }

        /// <summary>The flow: the title of an entry or processing screen, the kind of an approval or of the last transaction.</summary>
        public TxnFlow Flow
        {
            get { return _flow; }
            set { _flow = value; Version++; }
        }

        /// <summary>The amount in fen (the typed amount, the sale's, the balance, the settlement's sales total), or <see cref="NoAmount"/>.</summary>
        public long AmountFen
        {
            get { return _amountFen; }
            set { _amountFen = value; Version++; }
        }

        /// <summary>
        /// The card, masked (first six and last four digits), or empty. Setting it masks what it is given (a full PAN
        /// or one masked already): the model never holds a clear PAN.
        /// </summary>
        public string MaskedPan
        {
            get { return _maskedPan; }
            set { _maskedPan = PanMask.Mask(value); Version++; }
        }

        /// <summary>The STAN (the approval's, the original's, the earlier sale's), or <see cref="NoNumber"/>.</summary>
        public int Stan
        {
            get { return _stan; }
            set { _stan = value; Version++; }
        }

        /// <summary>The batch number (signed in; settled: the new batch; the last transaction's), or <see cref="NoNumber"/>.</summary>
        public int Batch
        {
            get { return _batch; }
            set { _batch = value; Version++; }
        }

        /// <summary>The batch a settlement closed, or <see cref="NoNumber"/>.</summary>
        public int ClosedBatch
        {
            get { return _closedBatch; }
            set { _closedBatch = value; Version++; }
        }

        /// <summary>The approval's auth code (field 38), or empty.</summary>
        public string AuthCode
        {
            get { return _authCode; }
            set { _authCode = Text(value); Version++; }
        }

        /// <summary>The RRN (field 37), or empty when the host sent none.</summary>
        public string Rrn
        {
            get { return _rrn; }
            set { _rrn = Text(value); Version++; }
        }

        /// <summary>The terminal's UTC time of the transaction (the renderer shows it in local time); meaningful when <see cref="HasTime"/>.</summary>
        public DateTime UtcTime
        {
            get { return _utcTime; }
            set { _utcTime = value; _hasTime = true; Version++; }
        }

        /// <summary>True once <see cref="UtcTime"/> was set for this screen (a flag, not a sentinel date: the targets' DateTime ranges differ).</summary>
        public bool HasTime
        {
            get { return _hasTime; }
        }

        /// <summary>How the card was read (a void: its original's), or <see cref="EntryMode.Unknown"/>.</summary>
        public EntryMode Entry
        {
            get { return _entry; }
            set { _entry = value; Version++; }
        }

        /// <summary>
        /// A code, or empty: the host's response code or a local code (<see cref="TxnLocalCodes"/>, L01–L08) of a result,
        /// the card's code with <see cref="EntryError.Card"/>, the last transaction's decline or local code.
        /// </summary>
        public string Code
        {
            get { return _code; }
            set { _code = Text(value); Version++; }
        }

        /// <summary>The pending reversal's reason (98, A0, 96; <see cref="TxnLocalCodes.RefundConfirmation"/> for a refund's confirmation), or empty.</summary>
        public string ReversalReason
        {
            get { return _reason; }
            set { _reason = Text(value); Version++; }
        }

        /// <summary>The reversal's attempt (sending) or attempts so far (blocked), or <see cref="NoNumber"/>.</summary>
        public int Attempt
        {
            get { return _attempt; }
            set { _attempt = value; Version++; }
        }

        /// <summary>The original STAN's digits as typed (leading zeros kept), or empty.</summary>
        public string Digits
        {
            get { return _digits; }
            set { _digits = Text(value); Version++; }
        }

        /// <summary>The entry screen's problem.</summary>
        public EntryError Error
        {
            get { return _error; }
            set { _error = value; Version++; }
        }

        /// <summary>The entry modes the card prompt accepts (<see cref="CardModes"/> bits; <see cref="CardModes.None"/>: all three).</summary>
        public int AcceptedModes
        {
            get { return _cardModes; }
            set { _cardModes = value; Version++; }
        }

        /// <summary>PIN digits typed (one star each; the digits never reach the model).</summary>
        public int PinDigits
        {
            get { return _pinDigits; }
            set { _pinDigits = value; Version++; }
        }

        /// <summary>The note under the PIN entry.</summary>
        public PinNote PinNote
        {
            get { return _pinNote; }
            set { _pinNote = value; Version++; }
        }

        /// <summary>True when ENTER without a PIN is allowed.</summary>
        public bool PinOptional
        {
            get { return _pinOptional; }
            set { _pinOptional = value; Version++; }
        }

        /// <summary>The link monitor's state: on idle now, on NO_CONNECTION when it happened.</summary>
        public bool Online
        {
            get { return _online; }
            set { _online = value; Version++; }
        }

        /// <summary>True when the terminal holds its working keys (idle: no "not signed in" note).</summary>
        public bool SignedIn
        {
            get { return _signedIn; }
            set { _signedIn = value; Version++; }
        }

        /// <summary>True when the storage was provisioned but no write has confirmed it yet (idle note).</summary>
        public bool StorageNew
        {
            get { return _storageNew; }
            set { _storageNew = value; Version++; }
        }

        /// <summary>True when the key store erased its keys at boot (idle: "keys erased" instead of "not signed in").</summary>
        public bool KeysLost
        {
            get { return _keysLost; }
            set { _keysLost = value; Version++; }
        }

        /// <summary>Offline advices queued (idle), or <see cref="NoNumber"/>.</summary>
        public int Queued
        {
            get { return _queued; }
            set { _queued = value; Version++; }
        }

        /// <summary>Batch-upload records sent, or <see cref="NoNumber"/>.</summary>
        public int UploadSent
        {
            get { return _uploadSent; }
            set { _uploadSent = value; Version++; }
        }

        /// <summary>Batch-upload records in all, or <see cref="NoNumber"/>.</summary>
        public int UploadTotal
        {
            get { return _uploadTotal; }
            set { _uploadTotal = value; Version++; }
        }

        /// <summary>The decline's response class.</summary>
        public ResponseClass Class
        {
            get { return _class; }
            set { _class = value; Version++; }
        }

        /// <summary>What the decline asks of the terminal or the cashier.</summary>
        public ResponseAction Action
        {
            get { return _action; }
            set { _action = value; Version++; }
        }

        /// <summary>Settled: true when the host's totals differed and the batch was uploaded, false when they agreed.</summary>
        public bool Uploaded
        {
            get { return _uploaded; }
            set { _uploaded = value; Version++; }
        }

        /// <summary>The last transaction's outcome as the boot screen names it.</summary>
        public LastStatus LastStatus
        {
            get { return _lastStatus; }
            set { _lastStatus = value; Version++; }
        }

        /// <summary>The settlement's domestic sales count, or <see cref="NoNumber"/>.</summary>
        public int SalesCount
        {
            get { return _salesCount; }
            set { _salesCount = value; Version++; }
        }

        /// <summary>The settlement's domestic sales amount in fen, or <see cref="NoAmount"/>.</summary>
        public long SalesFen
        {
            get { return _salesFen; }
            set { _salesFen = value; Version++; }
        }

        /// <summary>The settlement's domestic refunds count, or <see cref="NoNumber"/>.</summary>
        public int RefundCount
        {
            get { return _refundCount; }
            set { _refundCount = value; Version++; }
        }

        /// <summary>The settlement's domestic refunds amount in fen, or <see cref="NoAmount"/>.</summary>
        public long RefundFen
        {
            get { return _refundFen; }
            set { _refundFen = value; Version++; }
        }

        /// <summary>Duplicate warning: true when the earlier sale was approved offline.</summary>
        public bool EarlierOffline
        {
            get { return _earlierOffline; }
            set { _earlierOffline = value; Version++; }
        }

        /// <summary>Duplicate warning: minutes since the earlier sale, or <see cref="NoNumber"/>.</summary>
        public long AgeMinutes
        {
            get { return _ageMinutes; }
            set { _ageMinutes = value; Version++; }
        }

        /// <summary>Why the sign-in reply's working keys were refused (with <see cref="TxnLocalCodes.CodeKeyCheck"/>).</summary>
        public SecurityError KeyError
        {
            get { return _keyError; }
            set { _keyError = value; Version++; }
        }

        /// <summary>Over a merchant limit: the limit the amount is over, fen, or <see cref="NoAmount"/>.</summary>
        public long LimitFen
        {
            get { return _limitFen; }
            set { _limitFen = value; Version++; }
        }

        /// <summary>Over the daily limit: the day's approved purchases so far, fen, or <see cref="NoAmount"/>.</summary>
        public long DayTotalFen
        {
            get { return _dayTotalFen; }
            set { _dayTotalFen = value; Version++; }
        }

        /// <summary>Records look-up: how the cashier searches, or <see cref="RecordSearch.None"/>.</summary>
        public RecordSearch Search
        {
            get { return _search; }
            set { _search = value; Version++; }
        }

        /// <summary>Records list: the page shown (0-based), or <see cref="NoNumber"/>.</summary>
        public int Page
        {
            get { return _page; }
            set { _page = value; Version++; }
        }

        /// <summary>Records list: its pages, or <see cref="NoNumber"/>.</summary>
        public int PageCount
        {
            get { return _pageCount; }
            set { _pageCount = value; Version++; }
        }

        /// <summary>Records list: how many records match, or <see cref="NoNumber"/>.</summary>
        public int MatchCount
        {
            get { return _matchCount; }
            set { _matchCount = value; Version++; }
        }

        /// <summary>Records list: the page's records (<see cref="RowCount"/> of them are shown), or null.</summary>
        public TransactionRecord[] Rows
        {
            get { return _rows; }
        }

        /// <summary>Records list: how many of <see cref="Rows"/> are on the page.</summary>
        public int RowCount
        {
            get { return _rowCount; }
        }

        /// <summary>Records list: shows the first <paramref name="count"/> records of <paramref name="rows"/> (the flow's, not copied).</summary>
        public void ShowRows(TransactionRecord[] rows, int count)
        {
            _rows = rows;
            _rowCount = rows == null ? 0 : count;
            Version++;
        }

        /// <summary>Record detail and guide: the record (the flow's, not copied), or null.</summary>
        public TransactionRecord Record
        {
            get { return _record; }
            set { _record = value; Version++; }
        }

        /// <summary>Record detail: what became of the cashier's request to print it again, or <see cref="PrintAnswer.None"/>.</summary>
        public PrintAnswer Print
        {
            get { return _print; }
            set { _print = value; Version++; }
        }

        /// <summary>Today's summary (the flow's, not copied), or null.</summary>
        public DaySummary Summary
        {
            get { return _summary; }
            set { _summary = value; Version++; }
        }

        /// <summary>Line <paramref name="index"/> (0–9) of the text form (never null; empty when the screen has no such line).</summary>
        public string Line(int index)
        {
            if (index < 0 || index >= LineCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ScreenText.Line(this, _row, index);
        }

        /// <summary>"ID | line0 | line1 | …" without trailing empty lines: the text form for logs and scenario output.</summary>
        public string Describe()
        {
            int last = LineCount - 1;
            while (last >= 0 && Line(last).Length == 0)
            {
                last--;
            }

            string text = Id;
            for (int i = 0; i <= last; i++)
            {
                text = text + " | " + Line(i);
            }

            return text;
        }

        /// <summary>Shows another screen with every value at its "none".</summary>
        public void Clear(string id)
        {
            Id = id == null ? string.Empty : id;
            _row = ScreenText.RowOf(Id);
            Shown++;
            _flow = TxnFlow.None;
            _amountFen = NoAmount;
            _maskedPan = string.Empty;
            _stan = NoNumber;
            _batch = NoNumber;
            _closedBatch = NoNumber;
            _authCode = string.Empty;
            _rrn = string.Empty;
            _hasTime = false;
            _entry = EntryMode.Unknown;
            _code = string.Empty;
            _reason = string.Empty;
            _attempt = NoNumber;
            _digits = string.Empty;
            _error = EntryError.None;
            _cardModes = CardModes.None;
            _pinDigits = 0;
            _pinNote = PinNote.None;
            _pinOptional = false;
            _online = false;
            _signedIn = false;
            _storageNew = false;
            _keysLost = false;
            _queued = NoNumber;
            _uploadSent = NoNumber;
            _uploadTotal = NoNumber;
            _class = ResponseClass.Unknown;
            _action = ResponseAction.None;
            _uploaded = false;
            _lastStatus = LastStatus.None;
            _salesCount = NoNumber;
            _salesFen = NoAmount;
            _refundCount = NoNumber;
            _refundFen = NoAmount;
            _earlierOffline = false;
            _ageMinutes = NoNumber;
            _keyError = SecurityError.None;
            _limitFen = NoAmount;
            _dayTotalFen = NoAmount;
            _search = RecordSearch.None;
            _page = NoNumber;
            _pageCount = NoNumber;
            _matchCount = NoNumber;
            _rows = null;
            _rowCount = 0;
            _record = null;
            _print = PrintAnswer.None;
            _summary = null;
            Version++;
        }

        private static string Text(string value)
        {
            return value == null ? string.Empty : value;
        }
    }
}
