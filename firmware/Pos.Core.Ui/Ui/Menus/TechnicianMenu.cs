using Pos.Core.Diagnostics;
using Pos.Core.Diagnostics.Checks;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The merchant and technician menus as one small state machine (<see cref="MenuTable"/>): the app hands it keys
    /// with <see cref="HandleKey"/> (true when the menu took the key) and renders <see cref="Screen"/> whenever
    /// <see cref="Revision"/> changed. From idle, FUNC opens the merchant menu (language, exit); typing the rest of the
    /// technician sequence there (default FUNC FUNC 9 counted from idle) asks for the technician PIN. The self-test
    /// runs through the <see cref="DiagnosticRunner"/>; its asynchronous outcomes reach the runner through the
    /// dispatcher, and the menu follows the runner's <see cref="DiagnosticRunner.Changed"/>. The technician also reviews
    /// the flagged offline sales there (<see cref="AttachOffline"/>): amount, masked card, code and reason; 1 sends one
    /// again, 2 then ENTER acknowledges it (both audited by the queue).
    /// </summary>
    public sealed class TechnicianMenu
    {
        /// <summary>The keypad test asks for the keys in this order.</summary>
        public static readonly Key[] KeypadOrder = new Key[]
        {
            Key.Digit1, Key.Digit2, Key.Digit3, Key.Digit4, Key.Digit5, Key.Digit6, Key.Digit7, Key.Digit8, Key.Digit9,
            Key.Digit0, Key.Up, Key.Down, Key.Func, Key.Clear, Key.Enter, Key.Cancel,
        };

        /// <summary>Number of display patterns.</summary>
        public const int PatternCount = 4;

        /// <summary>Audit entry when the technician leaves the menu.</summary>
        public const string AuditExit = "TECH menu exit";

        private const int ListFirstRow = 3;
        private const int ListRows = 10;
        private const int SummaryFirstRow = 2;
        private const int SummaryRows = 11;
        private const int PagedFirstRow = 2;
        private const int PagedRows = 11;
        private const int NoteRow = 13;
        private const int ClearStepRows = 4;
        private const int StorageStepRows = 9;

        private readonly DiagnosticRunner _runner;
        private readonly TechnicianPin _pin;
        private readonly ISerialLog _log;
        private readonly StatusBar _status;
        private readonly Journal _journal;
        private readonly Screen _screen = new Screen();
        private readonly byte[] _digits = new byte[TechnicianPin.MaxLength];
        private readonly byte[] _newPin = new byte[TechnicianPin.MaxLength];
        private Key[] _sequence;
        private MenuState _state = MenuState.Closed;
        private int _locale;
        private int _seqPos;
        private int _sel;
        private int _page;
        private int _pages = 1;
        private int _count;
        private int _newCount;
        private bool _forced;
        private bool _technician;
        private int _noteKey = -1;
        private string _noteArg;
        private int _pattern;
        private int _keypadPos;
        private int _focus;
        private int _checklistIndex;
        private int _reportIndex;
        private PendingReversalInfo _reversal;
        private OfflineQueue _offline;
        private Forwarder _forwarder;
        private FlaggedAdvice _flagged;
        private bool _ackArmed;

        /// <summary>Creates the menu; the locale and the key sequence are read from the journal settings.</summary>
        public TechnicianMenu(DiagnosticRunner runner, TechnicianPin pin, ISerialLog log, StatusBar status)
        {
            if (runner == null || pin == null || log == null || status == null)
            {
                throw new System.ArgumentNullException(nameof(runner));
            }

            _runner = runner;
            _pin = pin;
            _log = log;
            _status = status;
            _journal = runner.Context.Journal;
            _locale = LocaleSetting.Load(_journal.State);
            _sequence = KeySequence.Parse(_journal.State.GetSetting(DiagnosticsSettingsKeys.TechnicianSequence));
            _runner.Changed += OnRunnerChanged;
        }

        /// <summary>Gives the menu the offline queue and its forwarder, for the flagged sales (without them the list is empty).</summary>
        public void AttachOffline(OfflineQueue queue, Forwarder forwarder)
        {
            _offline = queue;
            _forwarder = forwarder;
        }

        /// <summary>The current state.</summary>
        public MenuState State => _state;

        /// <summary>True while the menu owns the screen and the keys.</summary>
        public bool IsActive => _state != MenuState.Closed;

        /// <summary>
        /// Set when the merchant chose "Transactions": the menu has closed and the app should open the terminal's own
        /// function menu (hand it a FUNC key). The app clears it with <see cref="TakeTerminalMenuRequest"/>.
        /// </summary>
        public bool TerminalMenuRequested { get; private set; }

        /// <summary>Returns <see cref="TerminalMenuRequested"/> and clears it.</summary>
        public bool TakeTerminalMenuRequest()
        {
            bool requested = TerminalMenuRequested;
            TerminalMenuRequested = false;
            return requested;
        }

        /// <summary>The merchant's locale (the app uses it for its own screens too).</summary>
        public int Locale => _locale;

        /// <summary>
        /// The transaction machine, owner of the pending reversal: "clear pending reversal" (technician only, after the
        /// PIN) shows it and, on confirmation, asks the machine to clear it (audited there). Null: nothing to clear.
        /// </summary>
        public TransactionMachine Transactions { get; set; }

        /// <summary>The menu's screen (valid while <see cref="IsActive"/>).</summary>
        public Screen Screen => _screen;

        /// <summary>Counts redraws: render <see cref="Screen"/> when it changed.</summary>
        public int Revision { get; private set; }

        /// <summary>The selected row of the current list or summary.</summary>
        public int Selection => _sel;

        /// <summary>The page of the current paged screen.</summary>
        public int Page => _page;

        /// <summary>Pages of the current paged screen.</summary>
        public int PageCount => _pages;

        /// <summary>Handles a key. Closed: only FUNC is taken (opens the merchant menu); open: every key is taken.</summary>
        public bool HandleKey(Key key)
        {
            MenuAction action = MenuTable.Lookup(_state, key);
            if (_state == MenuState.Closed && action != MenuAction.Open)
            {
                return false;
            }

            if (_state == MenuState.Merchant && action != MenuAction.Sequence)
            {
                _seqPos = 0;
            }

            if (_ackArmed && action != MenuAction.ConfirmReview && action != MenuAction.Acknowledge)
            {
                // Any other key takes an armed acknowledgement back.
                _ackArmed = false;
                _noteKey = -1;
            }

            Do(action, key);
            Draw();
            return true;
        }

        /// <summary>Redraws (after the status bar changed).</summary>
        public void Refresh()
        {
            if (IsActive)
            {
                Draw();
            }
        }

        private void Do(MenuAction action, Key key)
        {
            switch (action)
            {
                case MenuAction.Open:
                    _seqPos = _sequence[0] == key ? 1 : 0;
                    Enter(MenuState.Merchant);
                    break;
                case MenuAction.Up:
                    Move(-1);
                    break;
                case MenuAction.Down:
                    Move(1);
                    break;
                case MenuAction.Choose:
                    Choose();
                    break;
                case MenuAction.Back:
                    Back();
                    break;
                case MenuAction.Close:
                    Close();
                    break;
                case MenuAction.Digit:
                    if (_count < _digits.Length)
                    {
                        _digits[_count++] = (byte)('0' + ((int)key - (int)Key.Digit0));
                    }

                    break;
                case MenuAction.Erase:
                    if (_count > 0)
                    {
                        _digits[--_count] = 0;
                    }

                    break;
                case MenuAction.Submit:
                    Submit();
                    break;
                case MenuAction.Sequence:
                    Sequence(key);
                    break;
                case MenuAction.Pass:
                    _runner.Confirm(true, "confirmed");
                    Sync();
                    break;
                case MenuAction.Fail:
                    _runner.Confirm(false, "rejected");
                    Sync();
                    break;
                case MenuAction.Skip:
                    _runner.Skip();
                    Sync();
                    break;
                case MenuAction.Stop:
                    _runner.Abort();
                    Sync();
                    break;
                case MenuAction.Probe:
                    Probe(key);
                    break;
                case MenuAction.Confirm:
                    if (_state == MenuState.ConfirmStorage)
                    {
                        ConfirmStorage();
                    }
                    else
                    {
                        ConfirmClearReversal();
                    }

                    break;
                case MenuAction.Shortcut:
                    int n = (int)key - (int)Key.Digit0;
                    if (n >= 1 && n <= ListCount())
                    {
                        _sel = n - 1;
                        Choose();
                    }

                    break;
                case MenuAction.Retry:
                    Review(false);
                    break;
                case MenuAction.Acknowledge:
                    _ackArmed = true;
                    Note(TextKey.UiFlagAckConfirm, null);
                    break;
                case MenuAction.ConfirmReview:
                    if (_ackArmed)
                    {
                        _ackArmed = false;
                        Review(true);
                    }
                    else
                    {
                        Back();
                    }

                    break;
                default:
                    break;
            }
        }

        private void Enter(MenuState state)
        {
            _state = state;
            _noteKey = -1;
            switch (MenuTable.Row(state).Entry)
            {
                case MenuEntry.List:
                    _sel = 0;
                    break;
                case MenuEntry.Pin:
                    WipeDigits();
                    break;
                case MenuEntry.Paged:
                case MenuEntry.Confirm:
                    _page = 0;
                    break;
                case MenuEntry.Pattern:
                    _pattern = 0;
                    break;
                case MenuEntry.Keypad:
                    _keypadPos = 0;
                    break;
                case MenuEntry.Summary:
                    _sel = _focus;
                    break;
                case MenuEntry.Review:
                    _ackArmed = false;
                    break;
                default:
                    break;
            }
        }

        // Retry or acknowledge the flagged sale on screen; back to the list with the outcome as a note.
        private void Review(bool acknowledge)
        {
            if (_flagged == null || _forwarder == null)
            {
                return;
            }

            int note = acknowledge ? TextKey.UiFlagAcked : TextKey.UiFlagRetried;
            try
            {
                if (acknowledge)
                {
                    _forwarder.AcknowledgeFlagged(_flagged.Item);
                }
                else
                {
                    _forwarder.RetryFlagged(_flagged.Item);
                }
            }
            catch (JournalException)
            {
                note = TextKey.UiFlagFailed;
            }
            catch (StorageException)
            {
                note = TextKey.UiFlagFailed;
            }

            _flagged = null;
            Enter(MenuState.Flagged);
            Note(note, null);
        }

        private void Note(int key, string arg)
        {
            _noteKey = key;
            _noteArg = arg;
        }

        private void Move(int delta)
        {
            MenuEntry entry = MenuTable.Row(_state).Entry;
            if (entry == MenuEntry.Pattern)
            {
                _pattern = (_pattern + delta + PatternCount) % PatternCount;
            }
            else if (entry == MenuEntry.Paged || entry == MenuEntry.Confirm)
            {
                _page = Clamp(_page + delta, _pages);
            }
            else
            {
                _sel = Clamp(_sel + delta, ListCount());
            }
        }

        private static int Clamp(int v, int count)
        {
            if (v >= count)
            {
                v = count - 1;
            }

            return v < 0 ? 0 : v;
        }

        private int ListCount()
        {
            switch (_state)
            {
                case MenuState.Merchant:
                    return MenuTable.MerchantItems.Length;
                case MenuState.Language:
                    return Localization.Locale.Count;
                case MenuState.Main:
                    return MenuTable.MainItems.Length;
                case MenuState.PickCheck:
                case MenuState.Summary:
                    return _runner.Count;
                case MenuState.Reports:
                    return _journal.State.DiagnosticsCount;
                case MenuState.Flagged:
                    return _offline == null ? 0 : _offline.FlaggedCount;
                default:
                    return 0;
            }
        }

        private void Choose()
        {
            switch (_state)
            {
                case MenuState.Merchant:
                    MenuCommand chosen = MenuTable.MerchantItems[_sel].Command;
                    if (chosen == MenuCommand.Language)
                    {
                        Enter(MenuState.Language);
                        _sel = _locale;
                    }
                    else
                    {
                        Close();
                        TerminalMenuRequested = chosen == MenuCommand.Transactions;
                    }

                    break;
                case MenuState.Language:
                    _locale = _sel;
                    try
                    {
                        LocaleSetting.Save(_journal, _locale);
                    }
                    catch (JournalException)
                    {
                        // Read-only journal: the choice holds until the next boot.
                    }

                    Enter(MenuState.Merchant);
                    break;
                case MenuState.Main:
                    Command(MenuTable.MainItems[_sel].Command);
                    break;
                case MenuState.PickCheck:
                    _focus = _sel;
                    _runner.StartOne(_sel);
                    Sync();
                    break;
                case MenuState.Summary:
                    if (_runner.ResultAt(_sel).HasChecklist)
                    {
                        _checklistIndex = _sel;
                        _focus = _sel;
                        Enter(MenuState.Checklist);
                    }

                    break;
                case MenuState.Reports:
                    int count = _journal.State.DiagnosticsCount;
                    if (count > 0)
                    {
                        _reportIndex = count - 1 - _sel;
                        Enter(MenuState.ReportView);
                    }

                    break;
                case MenuState.Flagged:
                    _flagged = _offline == null ? null : _offline.FlaggedAt(_sel);
                    if (_flagged != null)
                    {
                        Enter(MenuState.FlaggedItem);
                    }

                    break;
                default:
                    break;
            }
        }

        private void Command(MenuCommand command)
        {
            switch (command)
            {
                case MenuCommand.RunAll:
                    _focus = 0;
                    _runner.StartAll();
                    Sync();
                    break;
                case MenuCommand.RunOne:
                    Enter(MenuState.PickCheck);
                    break;
                case MenuCommand.Reports:
                    Enter(MenuState.Reports);
                    break;
                case MenuCommand.Print:
                    string report = LatestReport();
                    if (report == null)
                    {
                        Note(TextKey.UiDiagNoReport, null);
                    }
                    else
                    {
                        DiagnosticReport.Print(report, _log);
                        Note(TextKey.UiDiagPrinted, null);
                    }

                    break;
                case MenuCommand.ChangePin:
                    _forced = false;
                    Enter(MenuState.NewPin);
                    break;
                case MenuCommand.Settings:
                    Enter(MenuState.Settings);
                    break;
                case MenuCommand.ClearReversal:
                    _reversal = Transactions == null ? null : Transactions.DescribePendingReversal();
                    if (_reversal == null)
                    {
                        Note(TextKey.UiReversalNone, null);
                    }
                    else
                    {
                        Enter(MenuState.ClearReversal);
                    }

                    break;
                case MenuCommand.Flagged:
                    Enter(MenuState.Flagged);
                    break;
                default:
                    Close();
                    break;
            }
        }

        // Where the technician lands after the PIN: the storage confirmation first while it is pending, else the main menu.
        private MenuState Home()
        {
            return Transactions != null && Transactions.StorageUnconfirmed ? MenuState.ConfirmStorage : MenuState.Main;
        }

        // The technician read what an empty drive means and confirmed: the marker and its audit line are written.
        private void ConfirmStorage()
        {
            bool ok = Transactions == null || Transactions.ConfirmStorage();
            Enter(MenuState.Main);
            Note(ok ? TextKey.UiStorageConfirmed : TextKey.UiStorageNotConfirmed, null);
        }

        // The technician confirmed on the screen that said the host may keep the charge: the machine clears and audits.
        private void ConfirmClearReversal()
        {
            ReversalClearOutcome outcome = Transactions == null ? ReversalClearOutcome.NothingPending : Transactions.ClearPendingReversal();
            _reversal = null;
            Enter(MenuState.Main);
            switch (outcome)
            {
                case ReversalClearOutcome.Cleared:
                    Note(TextKey.UiReversalCleared, null);
                    break;
                case ReversalClearOutcome.Busy:
                    Note(TextKey.UiReversalBusy, null);
                    break;
                case ReversalClearOutcome.StorageFailed:
                    Note(TextKey.UiReversalNotCleared, null);
                    break;
                default:
                    Note(TextKey.UiReversalNone, null);
                    break;
            }
        }

        private string LatestReport()
        {
            if (_runner.LastReport != null)
            {
                return _runner.LastReport;
            }

            int n = _journal.State.DiagnosticsCount;
            return n == 0 ? null : _journal.State.DiagnosticsAt(n - 1).Text;
        }

        private void Back()
        {
            if ((_state == MenuState.NewPin || _state == MenuState.ConfirmPin) && _forced)
            {
                Close(); // the default PIN is never a way in: leave rather than skip the change
                return;
            }

            WipeDigits();
            MenuState parent = MenuTable.Row(_state).Parent;
            if (parent == MenuState.Closed)
            {
                Close();
            }
            else
            {
                Enter(parent);
            }
        }

        private void Close()
        {
            WipeDigits();
            WipeNew();
            _forced = false;
            if (_runner.IsRunning)
            {
                _runner.Abort();
            }

            if (_technician)
            {
                _technician = false;
                try
                {
                    _journal.AppendAudit(_runner.Context.Clock.UtcNow.Ticks, AuditExit);
                }
                catch (JournalException)
                {
                    // Read-only journal.
                }
            }

            _state = MenuState.Closed;
            _noteKey = -1;
        }

        private void Sequence(Key key)
        {
            if (_seqPos < _sequence.Length && _sequence[_seqPos] == key)
            {
                _seqPos++;
            }
            else
            {
                _seqPos = _sequence[0] == key ? 1 : 0;
            }

            if (_seqPos == _sequence.Length)
            {
                _seqPos = 0;
                Enter(_pin.CheckEntry() ? MenuState.PinEntry : MenuState.Locked);
            }
        }

        private void Submit()
        {
            switch (_state)
            {
                case MenuState.PinEntry:
                    PinCheckOutcome outcome = _pin.Verify(_digits, _count);
                    _count = 0;
                    if (outcome == PinCheckOutcome.Accepted)
                    {
                        _technician = true;
                        Enter(Home());
                    }
                    else if (outcome == PinCheckOutcome.AcceptedMustChange)
                    {
                        _technician = true;
                        _forced = true;
                        Enter(MenuState.NewPin);
                        Note(TextKey.UiPinMustChange, null);
                    }
                    else if (outcome == PinCheckOutcome.Wrong)
                    {
                        Note(TextKey.UiPinWrong, _pin.TriesLeft.ToString());
                    }
                    else
                    {
                        Enter(MenuState.Locked);
                    }

                    break;
                case MenuState.NewPin:
                    if (!TechnicianPin.IsAcceptable(_digits, _count))
                    {
                        WipeDigits();
                        Note(TextKey.UiPinInvalid, null);
                        break;
                    }

                    WipeNew();
                    System.Array.Copy(_digits, _newPin, _count);
                    _newCount = _count;
                    Enter(MenuState.ConfirmPin);
                    break;
                case MenuState.ConfirmPin:
                    bool same = _count == _newCount && SecureCompare.Equal(_digits, 0, _newPin, 0, _count);
                    WipeDigits();
                    if (!same)
                    {
                        WipeNew();
                        Enter(MenuState.NewPin);
                        Note(TextKey.UiPinMismatch, null);
                        break;
                    }

                    _pin.Change(_newPin, _newCount);
                    _newCount = 0;
                    _forced = false;
                    Enter(Home());
                    Note(TextKey.UiPinChanged, null);
                    break;
                default:
                    break;
            }
        }

        private void Probe(Key key)
        {
            Key expected = KeypadOrder[_keypadPos];
            if (key == expected)
            {
                _keypadPos++;
                if (_keypadPos == KeypadOrder.Length)
                {
                    _runner.Confirm(true, KeypadOrder.Length.ToString() + "/" + KeypadOrder.Length.ToString() + " keys");
                    Sync();
                }

                return;
            }

            _runner.Confirm(false, "expected " + KeyName(expected) + ", got " + KeyName(key));
            Sync();
        }

        /// <summary>Locale-neutral key name for reports.</summary>
        public static string KeyName(Key key)
        {
            switch (key)
            {
                case Key.Cancel:
                    return "CANCEL";
                case Key.Clear:
                    return "CLEAR";
                case Key.Enter:
                    return "ENTER";
                case Key.Func:
                    return "FUNC";
                case Key.Up:
                    return "UP";
                case Key.Down:
                    return "DOWN";
                default:
                    int d = (int)key - (int)Key.Digit0;
                    return d >= 0 && d <= 9 ? d.ToString() : "?";
            }
        }

        private string KeyLabel(Key key)
        {
            switch (key)
            {
                case Key.Cancel:
                    return Catalog.Get(_locale, TextKey.UiKeyCancel);
                case Key.Clear:
                    return Catalog.Get(_locale, TextKey.UiKeyClear);
                case Key.Enter:
                    return Catalog.Get(_locale, TextKey.UiKeyEnter);
                case Key.Func:
                    return Catalog.Get(_locale, TextKey.UiKeyFunc);
                case Key.Up:
                    return Catalog.Get(_locale, TextKey.UiKeyUp);
                case Key.Down:
                    return Catalog.Get(_locale, TextKey.UiKeyDown);
                default:
                    return KeyName(key);
            }
        }

        private void OnRunnerChanged()
        {
            if (IsActive && Sync())
            {
                Draw();
            }
        }

        // Follows the runner: the screen of the check it waits at, or the summary when the run is over.
        private bool Sync()
        {
            switch (_state)
            {
                case MenuState.Main:
                case MenuState.PickCheck:
                case MenuState.Running:
                case MenuState.DisplayTest:
                case MenuState.KeypadTest:
                case MenuState.CardTest:
                    break;
                default:
                    return false;
            }

            MenuState target = MenuState.Summary;
            IDiagnosticCheck current = _runner.Current;
            if (current != null)
            {
                target = current.Key == InteractiveCheck.DisplayKey ? MenuState.DisplayTest
                    : current.Key == InteractiveCheck.KeypadKey ? MenuState.KeypadTest
                    : current.Key == CardReaderCheck.CheckKey ? MenuState.CardTest : MenuState.Running;
            }

            if (target != _state)
            {
                Enter(target);
            }

            return true;
        }

        private void WipeDigits()
        {
            for (int i = 0; i < _digits.Length; i++)
            {
                _digits[i] = 0;
            }

            _count = 0;
        }

        private void WipeNew()
        {
            for (int i = 0; i < _newPin.Length; i++)
            {
                _newPin[i] = 0;
            }

            _newCount = 0;
        }

        private void Draw()
        {
            Revision++;
            if (_state == MenuState.Closed)
            {
                return;
            }

            _screen.Clear();
            MenuStateRow row = MenuTable.Row(_state);
            switch (row.Entry)
            {
                case MenuEntry.List:
                    DrawList(row);
                    break;
                case MenuEntry.Pin:
                    DrawPin();
                    break;
                case MenuEntry.Locked:
                    _status.Draw(_screen, _locale);
                    _screen.Write(2, 2, Catalog.Get(_locale, TextKey.UiMenuLocked), TextStyle.Declined);
                    long minutes = (_pin.LockRemainingMs() + 59999) / 60000;
                    _screen.Write(5, 2, TextFormat.Fill(Catalog.Get(_locale, TextKey.UiPinLockedFor), minutes.ToString()), TextStyle.Normal);
                    _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiKeysConfirmBack));
                    break;
                case MenuEntry.Running:
                    _status.Draw(_screen, _locale);
                    _screen.Write(2, 2, Catalog.Get(_locale, TextKey.UiMenuTitle), TextStyle.Title);
                    IDiagnosticCheck current = _runner.Current;
                    string name = current == null ? string.Empty : Catalog.Get(_locale, current.TitleKey);
                    _screen.Write(5, 2, TextFormat.Fill(Catalog.Get(_locale, TextKey.UiDiagRunning), name), TextStyle.Normal);
                    _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiDiagWaitKeys));
                    break;
                case MenuEntry.Pattern:
                    DrawPattern();
                    break;
                case MenuEntry.Keypad:
                    _status.Draw(_screen, _locale);
                    _screen.Write(2, 2, Catalog.Get(_locale, TextKey.DiagKeypad), TextStyle.Title);
                    _screen.Write(4, 2, Catalog.Get(_locale, TextKey.UiDiagKeypad), TextStyle.Normal);
                    _screen.WriteCentered(7, " " + KeyLabel(KeypadOrder[_keypadPos]) + " ", TextStyle.Inverse);
                    _screen.WriteCentered(9, (_keypadPos + 1).ToString() + "/" + KeypadOrder.Length.ToString(), TextStyle.Dim);
                    _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiDiagKeypadKeys));
                    break;
                case MenuEntry.Card:
                    _status.Draw(_screen, _locale);
                    _screen.Write(2, 2, Catalog.Get(_locale, TextKey.DiagCardReader), TextStyle.Title);
                    _screen.Write(5, 2, Catalog.Get(_locale, TextKey.UiDiagCard), TextStyle.Normal);
                    _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiDiagCardKeys));
                    break;
                case MenuEntry.Summary:
                    DrawSummary();
                    break;
                case MenuEntry.Paged:
                    DrawPaged(row);
                    break;
                case MenuEntry.Confirm:
                    if (_state == MenuState.ConfirmStorage)
                    {
                        DrawConfirmStorage(row);
                    }
                    else
                    {
                        DrawClearReversal(row);
                    }

                    break;
                case MenuEntry.Review:
                    DrawFlagged();
                    break;
                default:
                    break;
            }
        }

        // "Storage started empty" and what it means for a new and for an in-service terminal (local.storage_new), paged.
        private void DrawConfirmStorage(MenuStateRow row)
        {
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, row.TitleKey), TextStyle.Title);
            DrawWarningChecklist(3, TextKey.LocalStorageNew, StorageStepRows, TextKey.UiKeysStorage, TextKey.UiKeysStoragePaged);
        }

        // Which sale, then "the host may keep this charge" and what to check (local.reversal_clear), paged.
        private void DrawClearReversal(MenuStateRow row)
        {
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, row.TitleKey), TextStyle.Title);
            PendingReversalInfo r = _reversal;
            if (r != null)
            {
                _screen.Write(3, 2, Label(TextKey.UiLabelTrace) + Protocol.Numeric.Format(r.Stan, 6), TextStyle.Normal);
                _screen.Write(4, 2, Label(TextKey.UiLabelBatch) + Protocol.Numeric.Format(r.Batch, 6), TextStyle.Normal);
                _screen.Write(5, 2, Label(TextKey.UiLabelAmount) + (r.AmountFen < 0 ? "?" : TransactionMachine.FormatAmount(r.AmountFen)), TextStyle.Normal);
                _screen.Write(6, 2, Label(TextKey.UiLabelCard) + (r.MaskedPan.Length == 0 ? "?" : r.MaskedPan), TextStyle.Normal);
                _screen.Write(7, 2, TextFormat.Fill(Catalog.Get(_locale, TextKey.UiReversalReason), r.Reason, r.Attempts.ToString()), TextStyle.Dim);
            }

            DrawWarningChecklist(8, TextKey.LocalReversalClear, ClearStepRows, TextKey.UiKeysClear, TextKey.UiKeysClearPaged);
        }

        // A confirm screen's warning (the entry's title, red marker) and its steps below it, one page at a time; the page
        // number and the key hints (the paged variant when there is more than one page).
        private void DrawWarningChecklist(int warningRow, int entryKey, int stepRows, int keysKey, int pagedKeysKey)
        {
            _screen.Write(warningRow, 0, " ", TextStyle.Declined);
            _screen.Write(warningRow, 2, Catalog.Get(_locale, entryKey), TextStyle.Warning);
            ChecklistLayout steps = new ChecklistLayout(Catalog.Steps(_locale, entryKey), Screen.Columns - 1, stepRows);
            _pages = steps.PageCount;
            _page = Clamp(_page, _pages);
            for (int i = 0; i < steps.LineCount(_page); i++)
            {
                _screen.Write(warningRow + 1 + i, 1, steps.Line(_page, i), TextStyle.Normal);
            }

            if (_pages > 1)
            {
                _screen.WriteRight(NoteRow, TextFormat.Fill(Catalog.Get(_locale, TextKey.UiPage), (_page + 1).ToString(), _pages.ToString()) + " ", TextStyle.Dim);
            }

            _screen.SetKeyHints(Catalog.Get(_locale, _pages > 1 ? pagedKeysKey : keysKey));
        }

        // One flagged sale: amount, masked card, id, the host's code (with its title), the reason, how long it waited.
        private void DrawFlagged()
        {
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, TextKey.UiMenuFlagged), TextStyle.Title);
            FlaggedAdvice f = _flagged;
            if (f != null)
            {
                _screen.Write(3, 2, Label(TextKey.UiLabelAmount) + Money.Format(f.AmountFen, _locale), TextStyle.Normal);
                _screen.Write(4, 2, Label(TextKey.UiLabelCard) + (f.MaskedPan.Length == 0 ? "-" : f.MaskedPan), TextStyle.Normal);
                _screen.Write(5, 2, Label(TextKey.UiLabelTrace) + Protocol.Numeric.Format(f.Stan, 6) + "  " + Label(TextKey.UiLabelBatch)
                    + Protocol.Numeric.Format(f.Batch, 6), TextStyle.Normal);
                _screen.Write(6, 2, Label(TextKey.UiLabelCode) + (f.Code.Length == 0 ? "-" : f.Code), TextStyle.Normal);
                if (f.Code.Length > 0)
                {
                    _screen.Write(7, 4, Catalog.CodeTitle(_locale, f.Code), TextStyle.Dim);
                }

                _screen.Write(8, 2, Label(TextKey.UiLabelReason), TextStyle.Normal);
                _screen.Write(9, 4, Catalog.Get(_locale, ReasonKey(f.Reason)), TextStyle.Warning);
                _screen.Write(10, 2, Label(TextKey.UiLabelAge) + DiagnosticFormat.Age(f.AgeMs), TextStyle.Normal);
            }

            DrawNote();
            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiFlagKeys));
        }

        /// <summary>The catalog key of a flag reason (<see cref="AdviceFlagReason"/> value); unknown values read as "reason not kept".</summary>
        public static int ReasonKey(int reason)
        {
            switch (reason)
            {
                case (int)AdviceFlagReason.Declined:
                    return TextKey.UiFlagReason1;
                case (int)AdviceFlagReason.AttemptsUsed:
                    return TextKey.UiFlagReason2;
                case (int)AdviceFlagReason.Expired:
                    return TextKey.UiFlagReason3;
                case (int)AdviceFlagReason.Unreadable:
                    return TextKey.UiFlagReason4;
                case (int)AdviceFlagReason.DuplicateUnverified:
                    return TextKey.UiFlagReason5;
                case (int)AdviceFlagReason.DuplicateMismatch:
                    return TextKey.UiFlagReason6;
                default:
                    return TextKey.UiFlagReason0;
            }
        }

        private void DrawList(MenuStateRow row)
        {
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, row.TitleKey), TextStyle.Title);
            int count = ListCount();
            int pages = count <= ListRows ? 1 : ((count + ListRows - 1) / ListRows);
            int first = (_sel / ListRows) * ListRows;
            if (pages > 1)
            {
                _screen.WriteRight(1, ((_sel / ListRows) + 1).ToString() + "/" + pages.ToString() + " ", TextStyle.Dim);
            }

            if (count == 0)
            {
                _screen.Write(ListFirstRow, 2, Catalog.Get(_locale, _state == MenuState.Flagged ? TextKey.UiFlagNone : TextKey.UiDiagNoReport), TextStyle.Dim);
            }

            for (int i = first; i < count && i < first + ListRows; i++)
            {
                int r = ListFirstRow + (i - first);
                bool selected = i == _sel;
                byte style = selected ? TextStyle.Inverse : TextStyle.Normal;
                if (selected)
                {
                    _screen.FillRow(r, TextStyle.Inverse);
                }

                string label = ItemLabel(i);
                if (_state == MenuState.Main)
                {
                    label = (i + 1).ToString() + ". " + label;
                }

                _screen.Write(r, 2, label, style);
            }

            DrawNote();
            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiKeysMenu));
        }

        private string ItemLabel(int i)
        {
            switch (_state)
            {
                case MenuState.Merchant:
                    return Catalog.Get(_locale, MenuTable.MerchantItems[i].LabelKey);
                case MenuState.Language:
                    return Catalog.Get(i, TextKey.MetaName);
                case MenuState.Main:
                    return Catalog.Get(_locale, MenuTable.MainItems[i].LabelKey);
                case MenuState.PickCheck:
                    return Catalog.Get(_locale, _runner.CheckAt(i).TitleKey);
                case MenuState.Reports:
                    int n = _journal.State.DiagnosticsCount;
                    LogEntry e = _journal.State.DiagnosticsAt(n - 1 - i);
                    return DiagnosticFormat.DateTimeText(new System.DateTime(e.UtcTicks)) + "  " + DiagnosticReport.TotalsOf(e.Text);
                case MenuState.Flagged:
                    // "000012  ¥50.00  51": trace number, amount, the host's code ("-" for none).
                    FlaggedAdvice f = _offline == null ? null : _offline.FlaggedAt(i);
                    return f == null ? string.Empty : Protocol.Numeric.Format(f.Stan, 6) + "  " + Money.Format(f.AmountFen, _locale) + "  "
                        + (f.Code.Length == 0 ? "-" : f.Code);
                default:
                    return string.Empty;
            }
        }

        private void DrawNote()
        {
            if (_noteKey >= 0)
            {
                string text = Catalog.Get(_locale, _noteKey);
                if (_noteArg != null)
                {
                    text = TextFormat.Fill(text, _noteArg);
                }

                _screen.Write(NoteRow, 2, text, TextStyle.Warning);
            }
        }

        private void DrawPin()
        {
            _status.Draw(_screen, _locale);
            int title = _state == MenuState.PinEntry ? TextKey.UiMenuPin : _state == MenuState.NewPin ? TextKey.UiPinNew : TextKey.UiPinAgain;
            _screen.Write(2, 2, Catalog.Get(_locale, title), TextStyle.Title);
            string stars = string.Empty;
            for (int i = 0; i < _count; i++)
            {
                stars = stars + "* ";
            }

            _screen.FillRow(6, TextStyle.Normal);
            _screen.WriteCentered(6, stars.Length == 0 ? "_" : stars, TextStyle.Normal);
            DrawNote();
            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiPinKeys));
        }

        private void DrawPattern()
        {
            for (int r = 0; r < NoteRow; r++)
            {
                for (int c = 0; c < Screen.Columns; c++)
                {
                    byte style;
                    switch (_pattern)
                    {
                        case 0:
                            style = TextStyle.Inverse; // white
                            break;
                        case 1:
                            style = TextStyle.Declined; // red
                            break;
                        case 2:
                            style = TextStyle.Approved; // green
                            break;
                        default:
                            style = ((r + c) & 1) == 0 ? TextStyle.Inverse : TextStyle.Normal; // checkerboard
                            break;
                    }

                    _screen.Write(r, c, " ", style);
                }
            }

            _screen.Write(NoteRow, 1, Catalog.Get(_locale, TextKey.UiDiagDisplay), TextStyle.Normal);
            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiDiagDisplayKeys));
        }

        private void DrawSummary()
        {
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, TextKey.UiMenuSummary), TextStyle.Title);
            int count = _runner.Count;
            int pages = (count + SummaryRows - 1) / SummaryRows;
            int first = (_sel / SummaryRows) * SummaryRows;
            _screen.WriteRight(1, ((_sel / SummaryRows) + 1).ToString() + "/" + pages.ToString() + " ", TextStyle.Dim);
            for (int i = first; i < count && i < first + SummaryRows; i++)
            {
                int r = SummaryFirstRow + (i - first);
                bool selected = i == _sel;
                if (selected)
                {
                    _screen.FillRow(r, TextStyle.Inverse);
                }

                _screen.Write(r, 1, Catalog.Get(_locale, _runner.CheckAt(i).TitleKey), selected ? TextStyle.Inverse : TextStyle.Normal);
                CheckStatus status = _runner.ResultAt(i).Status;
                string badge = " " + Catalog.Get(_locale, CheckStatusNames.LabelKey(status)) + " ";
                _screen.Write(r, Screen.Columns - 1 - TextLayout.Cells(badge), badge, CheckBadge.Style(status));
            }

            _screen.Write(NoteRow, 2, _runner.ResultAt(_sel).Value, TextStyle.Dim);
            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiKeysSummary));
        }

        private void DrawPaged(MenuStateRow row)
        {
            if (_state == MenuState.Checklist)
            {
                CheckResult r = _runner.ResultAt(_checklistIndex);
                int key = r.HasChecklist ? r.ChecklistKey : _runner.CheckAt(_checklistIndex).TitleKey;
                _pages = ChecklistScreen.BuildEntry(_screen, _status, _locale, key, CheckBadge.Style(r.Status), _page);
                _page = Clamp(_page, _pages);
                _screen.Write(ChecklistScreen.WhoRow + 1, 2, r.Value, TextStyle.Dim);
                return;
            }

            string[] lines = _state == MenuState.ReportView ? ReportLines() : SettingsLines();
            _pages = lines.Length == 0 ? 1 : (lines.Length + PagedRows - 1) / PagedRows;
            _page = Clamp(_page, _pages);
            _status.Draw(_screen, _locale);
            _screen.Write(1, 1, Catalog.Get(_locale, row.TitleKey), TextStyle.Title);
            for (int i = 0; i < PagedRows; i++)
            {
                int n = (_page * PagedRows) + i;
                if (n < lines.Length)
                {
                    _screen.Write(PagedFirstRow + i, 1, lines[n], TextStyle.Normal);
                }
            }

            if (_pages > 1)
            {
                _screen.WriteRight(NoteRow, TextFormat.Fill(Catalog.Get(_locale, TextKey.UiPage), (_page + 1).ToString(), _pages.ToString()) + " ", TextStyle.Dim);
            }

            _screen.SetKeyHints(Catalog.Get(_locale, TextKey.UiKeysView));
        }

        private string[] ReportLines()
        {
            int n = _journal.State.DiagnosticsCount;
            if (_reportIndex < 0 || _reportIndex >= n)
            {
                return new string[0];
            }

            return DiagnosticReport.Lines(_journal.State.DiagnosticsAt(_reportIndex).Text);
        }

        private string[] SettingsLines()
        {
            DiagnosticContext ctx = _runner.Context;
            string host = ctx.Setting(DiagnosticsSettingsKeys.HostName);
            string port = ctx.Setting(DiagnosticsSettingsKeys.HostPort);
            string[] lines = new string[6 + (int)KeySlot.Count];
            lines[0] = Label(TextKey.UiSettingsHost) + (host ?? "-") + (port == null ? string.Empty : ":" + port);
            lines[1] = Label(TextKey.UiSettingsTid) + (ctx.Setting(DiagnosticsSettingsKeys.TerminalId) ?? "-");
            lines[2] = Label(TextKey.UiSettingsMid) + (ctx.Setting(DiagnosticsSettingsKeys.MerchantId) ?? "-");
            lines[3] = Label(TextKey.UiSettingsBatch) + Protocol.Numeric.Format(_journal.State.BatchNumber, 6);
            lines[4] = Label(TextKey.UiMenuLocale) + Catalog.Get(_locale, TextKey.MetaName);
            lines[5] = Label(TextKey.UiMenuTitle) + KeySequence.Describe(_sequence);
            for (int s = 0; s < (int)KeySlot.Count; s++)
            {
                lines[6 + s] = ctx.Keys == null ? KeySlotNames.Of((KeySlot)s) + " -" : ctx.Keys.Describe((KeySlot)s);
            }

            return lines;
        }

        private string Label(int key)
        {
            return Catalog.Get(_locale, key) + ": ";
        }
    }
}
