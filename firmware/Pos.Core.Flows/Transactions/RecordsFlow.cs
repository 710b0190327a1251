namespace Pos.Core.Transactions
{
    /// <summary>
    /// The records look-up (FUNC, Transactions, 6) and today's summary (7): the way to search, the value typed, the
    /// matches newest first a page at a time, one record (1 prints it again), and the "cardholder says charged" guide of
    /// its status. It only reads the books, through the <see cref="IRecordBook"/> the composition gives the machine (none:
    /// nothing is found).
    /// Every key that moves in the look-up starts the idle timeout again.
    /// </summary>
    internal sealed class RecordsFlow : TxnPart
    {
        /// <summary>Records on a page of the list (two screen rows each).</summary>
        public const int PageRows = 5;

        private RecordSearch _search;
        private bool _searched;
        private int _count;
        private int _index;
        private int _page;
        private TransactionRecord _record;
        private TransactionRecord[] _rows;
        private DaySummary _summary;

        public RecordsFlow(TxnServices services, TxnContext context)
            : base(services, context)
        {
        }

        /// <summary>True when one more digit fits the value of the search chosen.</summary>
        public bool Room => Ctx.Digits.Count < MaxDigits(_search);

        /// <summary>True when the digit pressed picks a way to search (1–5).</summary>
        public bool IsSearchKey => Ctx.LastDigit >= (int)RecordSearch.Stan && Ctx.LastDigit <= (int)RecordSearch.Date;

        /// <summary>True when the digit pressed names a row of the page shown.</summary>
        public bool IsRow => Ctx.LastDigit >= 1 && (_page * PageRows) + Ctx.LastDigit <= _count;

        /// <summary>How many records the last search found.</summary>
        public int Count => _count;

        /// <summary>Runs the search for the value typed, once per value (the guards of one key ask twice); true when anything matches.</summary>
        public bool Found()
        {
            if (!_searched)
            {
                _searched = true;
                _index = 0;
                IRecordBook book = Svc.Records;
                _count = book != null && Complete() ? book.Search(_search, Ctx.Digits.Text()) : 0;
            }

            return _count > 0;
        }

        public override void Enter(TxnState state)
        {
            switch (state)
            {
                case TxnState.RecordQuery:
                    _searched = false;
                    Svc.Screens.RecordQuery(_search, Ctx.Digits.Text());
                    break;
                case TxnState.RecordList:
                    _page = _index / PageRows;
                    ShowPage();
                    break;
                case TxnState.RecordDetail:
                    ShowRecord(ScreenIds.RecordDetail);
                    break;
                case TxnState.RecordGuide:
                    ShowRecord(ScreenIds.RecordGuide);
                    break;
                case TxnState.TodaySummary:
                    if (_summary == null)
                    {
                        _summary = new DaySummary();
                    }

                    _summary.Clear();
                    if (Svc.Records != null)
                    {
                        Svc.Records.Summarise(_summary);
                    }

                    Svc.Screens.DaySummary(_summary);
                    break;
            }
        }

        public override void Run(TxnAction action)
        {
            bool down = Ctx.Trigger == TxnTrigger.Down;
            switch (action)
            {
                case TxnAction.ChooseSearch:
                    _search = (RecordSearch)Ctx.LastDigit;
                    Ctx.Digits.Wipe();
                    break;
                case TxnAction.RecordDigit:
                    Ctx.Digits.Add(Ctx.LastDigit);
                    Edited();
                    break;
                case TxnAction.RecordBackspace:
                    Ctx.Digits.Backspace();
                    Edited();
                    break;
                case TxnAction.RecordRefuse:
                    Svc.Screens.Error(Complete() ? EntryError.NotFound : EntryError.Incomplete);
                    break;
                case TxnAction.TurnPage:
                    int last = (_count - 1) / PageRows;
                    _page = down ? (_page < last ? _page + 1 : last) : (_page > 0 ? _page - 1 : 0);
                    _index = _page * PageRows;
                    ShowPage();
                    Rearm();
                    break;
                case TxnAction.OpenRecord:
                    _index = (_page * PageRows) + Ctx.LastDigit - 1;
                    break;
                case TxnAction.StepRecord:
                    _index = down ? (_index + 1 < _count ? _index + 1 : _index) : (_index > 0 ? _index - 1 : 0);
                    ShowRecord(ScreenIds.RecordDetail);
                    Rearm();
                    break;
                case TxnAction.PrintRecord:
                    Svc.Screens.Printed(Svc.Records == null ? PrintAnswer.Nothing : Svc.Records.Reprint(_index));
                    Rearm();
                    break;
            }
        }

        // The value changed: shown again, searched again on ENTER.
        private void Edited()
        {
            _searched = false;
            Svc.Screens.RecordQuery(_search, Ctx.Digits.Text());
            Rearm();
        }

        // Enough typed to search: the card's four digits, a date's four (or none: today), anything else one digit or more.
        private bool Complete()
        {
            int n = Ctx.Digits.Count;
            return _search == RecordSearch.Card ? n == 4 : _search == RecordSearch.Date ? n == 0 || n == 4 : n > 0;
        }

        private static int MaxDigits(RecordSearch search)
        {
            switch (search)
            {
                case RecordSearch.Stan:
                    return 6;
                case RecordSearch.Rrn:
                    return 12;
                case RecordSearch.Amount:
                    return 10;
                default:
                    return 4;
            }
        }

        private void ShowPage()
        {
            if (_rows == null)
            {
                _rows = new TransactionRecord[PageRows];
                for (int i = 0; i < PageRows; i++)
                {
                    _rows[i] = new TransactionRecord();
                }
            }

            int shown = 0;
            for (int i = _page * PageRows; i < _count && shown < PageRows; i++)
            {
                _rows[shown].Clear();
                if (Svc.Records.Read(i, _rows[shown]))
                {
                    shown++;
                }
            }

            Svc.Screens.RecordList(_search, Ctx.Digits.Text(), _page, ((_count - 1) / PageRows) + 1, _count, _rows, shown);
        }

        private void ShowRecord(string id)
        {
            if (_record == null)
            {
                _record = new TransactionRecord();
            }

            _record.Clear();
            if (Svc.Records != null && Svc.Records.Read(_index, _record))
            {
                Svc.Screens.Record(id, _record);
            }
            else
            {
                Svc.Screens.Record(id, null); // gone since the search (settled meanwhile)
            }
        }

        // The look-up stays open while the cashier uses it: the idle timeout counts from the last key that did something.
        private void Rearm()
        {
            Svc.Timers.Arm(Svc.Owner, TransactionTimerIds.StateTimeout, Svc.Settings.IdleTimeoutMs);
        }
    }
}
