using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Staff;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The merchant and technician menus as one small state machine (<see cref="MenuTable"/>: what every key does in
    /// every state, and what every item does): the app hands it keys with <see cref="HandleKey"/> (true when the menu
    /// took the key) and draws <see cref="Screen"/>, which changes only with <see cref="Revision"/>. This type looks up
    /// the table and carries out the actions; its parts hold the rest: the <see cref="MerchantMenu"/> (opened by FUNC
    /// from idle; the rest of the technician sequence, default FUNC FUNC 9 counted from idle, is typed there), the
    /// <see cref="TechnicianPinGate"/> (PIN, lockout, new PIN), the <see cref="InteractiveTests"/> (the self-test run
    /// through the <see cref="DiagnosticRunner"/>, followed on its <see cref="DiagnosticRunner.Changed"/>), the
    /// <see cref="FlaggedReview"/> of flagged offline sales (<see cref="AttachOffline"/>), the
    /// <see cref="TechnicianConfirmations"/> (clear the pending reversal, confirm an empty storage), the
    /// <see cref="MasterKeyLoading"/> (master key under dual control), the <see cref="AuditView"/> (the audit trail,
    /// its export), the <see cref="OperatorDesk"/> (sign-on, supervisor prompt, cashiers), the
    /// <see cref="MerchantSettings"/> (offline sales, limits) and the <see cref="MenuLayouts"/> that draw; their shared state is one <see cref="MenuContext"/>.
    /// </summary>
    public sealed class TechnicianMenu
    {
        private readonly MenuContext _ctx;
        private readonly ISerialLog _log;
        private readonly MerchantMenu _merchant;
        private readonly TechnicianPinGate _gate;
        private readonly InteractiveTests _tests;
        private readonly FlaggedReview _flagged;
        private readonly TechnicianConfirmations _confirmations;
        private readonly MasterKeyLoading _keyLoad;
        private readonly AuditView _audit;
        private readonly OperatorDesk _desk;
        private readonly MerchantSettings _settings;
        private readonly MenuLayouts _layouts;

        /// <summary>Creates the menu; the locale and the key sequence are read from the journal settings.</summary>
        public TechnicianMenu(DiagnosticRunner runner, TechnicianPin pin, ISerialLog log, StatusBar status)
        {
            if (runner == null || pin == null || log == null || status == null)
            {
                throw new System.ArgumentNullException(nameof(runner));
            }

            _log = log;
            _ctx = new MenuContext(runner, status);
            _desk = new OperatorDesk(this, _ctx);
            _settings = new MerchantSettings(this, _ctx, _desk);
            _merchant = new MerchantMenu(this, _ctx, _desk, _settings);
            _gate = new TechnicianPinGate(this, _ctx, pin);
            _tests = new InteractiveTests(this, _ctx);
            _flagged = new FlaggedReview(this, _ctx);
            _confirmations = new TechnicianConfirmations(this, _ctx);
            _keyLoad = new MasterKeyLoading(this, _ctx);
            _audit = new AuditView(_ctx, log);
            _layouts = new MenuLayouts(_ctx, _gate, _tests, _flagged, _keyLoad, _audit, _desk, _settings);
            runner.Changed += OnRunnerChanged;
        }

        /// <summary>Gives the menu the offline queue and its forwarder, for the flagged sales (without them the list is empty).</summary>
        public void AttachOffline(OfflineQueue queue, Forwarder forwarder)
        {
            _ctx.Offline = queue;
            _ctx.Forwarder = forwarder;
        }

        /// <summary>
        /// Gives the menu the operators: the sign-on and supervisor screens, "Operator sign-off" and "Cashiers" in the
        /// merchant menu, the supervisor reset in the technician menu. <paramref name="required"/>: sales need a
        /// signed-on operator and the role table is enforced (the terminal asks for a sign-on at once).
        /// </summary>
        public void AttachOperators(OperatorStore operators, bool required)
        {
            _ctx.Operators = operators;
            _ctx.OperatorsRequired = required;
        }

        /// <summary>The operators (null until <see cref="AttachOperators"/>).</summary>
        public OperatorStore Operators => _ctx.Operators;

        /// <summary>Where the menus' print requests go (the merchant's "Print", the self-test and audit reports on paper); null: "no printer".</summary>
        public void AttachSlips(ISlipRequests slips)
        {
            _ctx.Slips = slips;
        }

        /// <summary>True when sales need an operator and none is signed on.</summary>
        public bool SignOnNeeded => _desk.SignOnNeeded;

        /// <summary>True when sign-on is required and the role table enforced.</summary>
        public bool OperatorsRequired => _ctx.OperatorsRequired;

        /// <summary>Shows the sign-on prompt.</summary>
        public void AskSignOn()
        {
            _desk.AskSignOn();
            Draw();
        }

        /// <summary>
        /// The function-menu key <paramref name="key"/> asks for <paramref name="rule"/>'s action: the supervisor prompt
        /// when the role table wants it; once approved, <see cref="TakeApprovedKey"/> returns the key.
        /// </summary>
        public void AskSupervisor(OperatorRule rule, Key key)
        {
            _desk.Ask(rule, key);
            Draw();
        }

        /// <summary>The function-menu key of an action the supervisor just approved (once), or <see cref="Key.None"/>.</summary>
        public Key TakeApprovedKey()
        {
            return _desk.TakeApprovedKey();
        }

        /// <summary>The current state.</summary>
        public MenuState State => _ctx.State;

        /// <summary>True while the menu owns the screen and the keys.</summary>
        public bool IsActive => _ctx.State != MenuState.Closed;

        /// <summary>The merchant's locale (the app uses it for its own screens too).</summary>
        public int Locale => _ctx.Locale;

        /// <summary>
        /// The transaction machine. The merchant's "Transactions" asks it by name to open its function menu (void,
        /// refund, balance, settlement, sign-in); "clear pending reversal" (technician only, after the PIN) shows its
        /// pending reversal and, on confirmation, asks it to clear it (audited there); the storage confirmation is its
        /// too. Null: "Transactions" only closes the menu, and there is nothing to clear or confirm.
        /// </summary>
        public TransactionMachine Transactions
        {
            get { return _ctx.Transactions; }
            set { _ctx.Transactions = value; }
        }

        /// <summary>The menu's screen (valid while <see cref="IsActive"/>).</summary>
        public Screen Screen => _ctx.Screen;

        /// <summary>Counts redraws: render <see cref="Screen"/> when it changed.</summary>
        public int Revision { get; private set; }

        /// <summary>The selected row of the current list or summary.</summary>
        public int Selection => _ctx.Selection;

        /// <summary>The page of the current paged screen.</summary>
        public int Page => _ctx.Page;

        /// <summary>Pages of the current paged screen.</summary>
        public int PageCount => _ctx.PageCount;

        /// <summary>Handles a key. Closed: only FUNC is taken (opens the merchant menu); open: every key is taken.</summary>
        public bool HandleKey(Key key)
        {
            MenuAction action = MenuTable.Lookup(_ctx.State, key);
            if (_ctx.State == MenuState.Closed && action != MenuAction.Open)
            {
                return false;
            }

            if (_ctx.State == MenuState.Merchant && action != MenuAction.Sequence)
            {
                _merchant.ResetSequence();
            }

            if (_flagged.Armed && action != MenuAction.ConfirmReview && action != MenuAction.Acknowledge)
            {
                _flagged.Disarm();
            }

            Do(action, key);
            Draw();
            return true;
        }

        /// <summary>Reads the locale setting again (saved outside the menu, e.g. from the emulator's page).</summary>
        public void ReloadLocale()
        {
            _ctx.Locale = LocaleSetting.Load(_ctx.Journal.State);
        }

        /// <summary>Redraws (after the status bar changed).</summary>
        public void Refresh()
        {
            if (IsActive)
            {
                Draw();
            }
        }

        /// <summary>Enters <paramref name="state"/> and runs its entry action (<see cref="MenuStateRow.Entry"/>); the note goes.</summary>
        internal void Enter(MenuState state)
        {
            _ctx.State = state;
            _ctx.ClearNote();
            switch (MenuTable.Row(state).Entry)
            {
                case MenuEntry.List:
                    _ctx.Selection = 0;
                    break;
                case MenuEntry.Pin:
                    _gate.WipeDigits();
                    break;
                case MenuEntry.Paged:
                case MenuEntry.Confirm:
                case MenuEntry.Audit:
                    _ctx.Page = 0;
                    break;
                case MenuEntry.Pattern:
                    _tests.StartPattern();
                    break;
                case MenuEntry.Keypad:
                    _tests.StartKeypad();
                    break;
                case MenuEntry.Summary:
                    _ctx.Selection = _ctx.Focus;
                    break;
                case MenuEntry.Review:
                    _flagged.Enter();
                    break;
                case MenuEntry.Operator:
                    _desk.WipeDigits();
                    break;
                case MenuEntry.Setting:
                    _settings.Reset();
                    break;
                default:
                    break;
            }
        }

        /// <summary>Back one level: the state's parent (<see cref="MenuStateRow.Parent"/>), or closed.</summary>
        internal void Back()
        {
            MenuState state = _ctx.State;
            if ((state == MenuState.NewPin || state == MenuState.ConfirmPin) && _gate.Forced)
            {
                Close(); // the default PIN is never a way in: leave rather than skip the change
                return;
            }

            _gate.WipeDigits();
            MenuState parent = MenuTable.Row(state).Parent;
            if (parent == MenuState.Closed)
            {
                Close();
            }
            else
            {
                Enter(parent);
            }
        }

        /// <summary>Leaves the menu: PIN bytes wiped, a run stopped, the technician's leaving audited.</summary>
        internal void Close()
        {
            _gate.Reset();
            if (_ctx.Runner.IsRunning)
            {
                _ctx.Runner.Abort();
            }

            if (_keyLoad.IsActive)
            {
                _keyLoad.Cancel();
            }

            _keyLoad.Wipe();
            _desk.Wipe();
            _gate.SignOut();
            _ctx.State = MenuState.Closed;
            _ctx.ClearNote();
        }

        private void Do(MenuAction action, Key key)
        {
            switch (action)
            {
                case MenuAction.Open:
                    _merchant.Open(key);
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
                    _gate.Type(key);
                    break;
                case MenuAction.Erase:
                    _gate.Erase();
                    break;
                case MenuAction.Submit:
                    _gate.Submit();
                    break;
                case MenuAction.Sequence:
                    if (_merchant.Sequence(key))
                    {
                        Enter(_gate.Ask());
                    }

                    break;
                case MenuAction.Pass:
                case MenuAction.Fail:
                case MenuAction.Skip:
                case MenuAction.Stop:
                    _tests.Verdict(action);
                    break;
                case MenuAction.Probe:
                    _tests.Probe(key);
                    break;
                case MenuAction.Confirm:
                    _confirmations.Confirm();
                    break;
                case MenuAction.Shortcut:
                    int n = (int)key - (int)Key.Digit0;
                    if (n >= 1 && n <= _ctx.ListCount())
                    {
                        _ctx.Selection = n - 1;
                        Choose();
                    }

                    break;
                case MenuAction.Retry:
                    _flagged.Review(false);
                    break;
                case MenuAction.Acknowledge:
                    _flagged.Arm();
                    break;
                case MenuAction.ConfirmReview:
                    _flagged.Confirm();
                    break;
                case MenuAction.KeyDigit:
                    _keyLoad.Digit(key);
                    break;
                case MenuAction.KeyErase:
                    _keyLoad.Erase();
                    break;
                case MenuAction.KeyLetters:
                    _keyLoad.ToggleLetters();
                    break;
                case MenuAction.KeyAccept:
                    _keyLoad.Accept();
                    break;
                case MenuAction.KeyReject:
                    _keyLoad.Reject();
                    break;
                case MenuAction.KeyCancel:
                    _keyLoad.Cancel();
                    break;
                case MenuAction.Export:
                    _audit.Export();
                    break;
                case MenuAction.OpDigit:
                    _desk.Type(key);
                    break;
                case MenuAction.OpErase:
                    _desk.Erase();
                    break;
                case MenuAction.OpSubmit:
                    _desk.Submit();
                    break;
                case MenuAction.OpBack:
                    _desk.Back();
                    break;
                case MenuAction.SetDigit:
                    _settings.Digit(key);
                    break;
                case MenuAction.SetErase:
                    _settings.Erase();
                    break;
                case MenuAction.SetSubmit:
                    _settings.Submit();
                    break;
                case MenuAction.SetBack:
                    _settings.Back();
                    break;
                case MenuAction.PrintPaper:
                    PrintPaper();
                    break;
                default:
                    break;
            }
        }

        private void Move(int delta)
        {
            MenuEntry entry = MenuTable.Row(_ctx.State).Entry;
            if (entry == MenuEntry.Pattern)
            {
                _tests.MovePattern(delta);
            }
            else if (entry == MenuEntry.Paged || entry == MenuEntry.Confirm || entry == MenuEntry.Audit)
            {
                _ctx.Page = MenuContext.Clamp(_ctx.Page + delta, _ctx.PageCount);
            }
            else
            {
                _ctx.Selection = MenuContext.Clamp(_ctx.Selection + delta, _ctx.ListCount());
                if (entry == MenuEntry.Summary)
                {
                    _ctx.ClearNote(); // the note row shows the selected check's value again
                }
            }
        }

        private void Choose()
        {
            int sel = _ctx.Selection;
            switch (_ctx.State)
            {
                case MenuState.Merchant:
                    _merchant.Command(MenuTable.MerchantItems.Command(sel));
                    break;
                case MenuState.Language:
                    _merchant.ChooseLocale();
                    break;
                case MenuState.Main:
                    Command(MenuTable.MainItems.Command(sel));
                    break;
                case MenuState.PickCheck:
                    _ctx.Focus = sel;
                    _ctx.Runner.StartOne(sel);
                    _tests.Follow();
                    break;
                case MenuState.Summary:
                    if (_ctx.Runner.ResultAt(sel).HasChecklist)
                    {
                        _ctx.ChecklistIndex = sel;
                        _ctx.Focus = sel;
                        Enter(MenuState.Checklist);
                    }

                    break;
                case MenuState.Reports:
                    int count = _ctx.Journal.State.DiagnosticsCount;
                    if (count > 0)
                    {
                        _ctx.ReportIndex = count - 1 - sel;
                        Enter(MenuState.ReportView);
                    }

                    break;
                case MenuState.Flagged:
                    _flagged.Open(sel);
                    break;
                case MenuState.Cashiers:
                    _desk.ChooseCashierItem(sel);
                    break;
                case MenuState.MerchantSettings:
                    _settings.Choose(sel);
                    break;
                case MenuState.PrintSlips:
                    _merchant.Print(MenuTable.PrintItems.Command(sel));
                    break;
                default:
                    break;
            }
        }

        // The technician main menu's items (MenuTable.MainItems).
        private void Command(MenuCommand command)
        {
            switch (command)
            {
                case MenuCommand.RunAll:
                    _ctx.Focus = 0;
                    _ctx.Runner.StartAll();
                    _tests.Follow();
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
                        _ctx.Note(TextKey.UiDiagNoReport, null);
                    }
                    else
                    {
                        DiagnosticReport.Print(report, _log);
                        _ctx.Note(TextKey.UiDiagPrinted, null);
                    }

                    break;
                case MenuCommand.ChangePin:
                    _gate.BeginChange();
                    Enter(MenuState.NewPin);
                    break;
                case MenuCommand.Settings:
                    Enter(MenuState.Settings);
                    break;
                case MenuCommand.ClearReversal:
                    _confirmations.OpenClearReversal();
                    break;
                case MenuCommand.Flagged:
                    Enter(MenuState.Flagged);
                    break;
                case MenuCommand.LoadMasterKey:
                    _keyLoad.Open();
                    break;
                case MenuCommand.AuditTrail:
                    Enter(MenuState.AuditTrail);
                    break;
                case MenuCommand.ResetSupervisor:
                    _desk.OpenSupervisorReset();
                    break;
                default:
                    Close();
                    break;
            }
        }

        // The self-test results (the report LatestReport finds) or the newest audit entries, on paper.
        private void PrintPaper()
        {
            if (_ctx.Slips == null)
            {
                _ctx.NotePrint(PrintAnswer.NoPrinter);
            }
            else if (_ctx.State == MenuState.Summary)
            {
                _ctx.NotePrint(_ctx.Slips.PrintSelfTest(LatestReport()));
            }
            else
            {
                int count = _ctx.Audit.Count;
                _ctx.NotePrint(_ctx.Slips.PrintAudit(count < AuditView.PrintedEntries ? count : AuditView.PrintedEntries));
            }
        }

        private string LatestReport()
        {
            if (_ctx.Runner.LastReport != null)
            {
                return _ctx.Runner.LastReport;
            }

            int n = _ctx.Journal.State.DiagnosticsCount;
            return n == 0 ? null : _ctx.Journal.State.DiagnosticsAt(n - 1).Text;
        }

        private void OnRunnerChanged()
        {
            if (IsActive && _tests.Follow())
            {
                Draw();
            }
        }

        private void Draw()
        {
            Revision++;
            _layouts.Draw();
        }
    }
}
