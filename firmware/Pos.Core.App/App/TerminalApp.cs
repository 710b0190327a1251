using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Receipts;
using Pos.Core.Remote;
using Pos.Core.Slips;
using Pos.Core.Staff;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The application, assembled once from the layers over a board's seams: the <see cref="Terminal"/> (event loop,
    /// journal, link monitor, offline queue and forwarder, transaction machine), the self-test checks, the technician
    /// PIN, the merchant and technician menu, and the <see cref="TerminalUi"/> that routes keys and draws. Program.Main on
    /// the ESP32, the emulator and the scenario runner all build it this way, so they run the same composition.
    /// <para>Keys take one path: the keypad seam (<see cref="TerminalSeams.Keypad"/>) raises each press on the main loop's
    /// thread and the app hands it to <see cref="TerminalUi.Press"/>, which gives it to the menu or to the transaction
    /// machine (<see cref="Terminal.PressKey"/>). Every screen is drawn by one <see cref="ScreenPresenter"/>, whose
    /// renderer holds the terminal's only 10 KB band; it lives as long as the app, across menus and locale changes.</para>
    /// </summary>
    public sealed class TerminalApp
    {
        private readonly TerminalOptions _options;
        private readonly TerminalSeams _seams;
        private readonly StatusBar _menuBar = new StatusBar();
        private SlipTerminal _slipTerminal;

        /// <summary>Builds the terminal over <paramref name="seams"/> with a presenter of its own; nothing runs until <see cref="Start"/>.</summary>
        public TerminalApp(TerminalOptions options, TerminalSeams seams)
            : this(options, seams, new ScreenPresenter())
        {
        }

        /// <summary>
        /// Builds the terminal over <paramref name="seams"/>, drawing with <paramref name="presenter"/> (a board that
        /// showed a boot screen with it before the app existed hands it over, so the device keeps one band); nothing
        /// runs until <see cref="Start"/>.
        /// </summary>
        public TerminalApp(TerminalOptions options, TerminalSeams seams, ScreenPresenter presenter)
        {
            if (options == null || seams == null || seams.Random == null || seams.Keypad == null || presenter == null)
            {
                throw new System.ArgumentNullException(nameof(seams));
            }

            _options = options;
            _seams = seams;
            Presenter = presenter;
            Terminal = new Terminal(options, seams.Clock, seams.Exchange, seams.CardReader, seams.Network, seams.Storage,
                seams.Log, seams.Keys);
            if (seams.Printer != null)
            {
                Terminal.AttachPrinter(seams.Printer);
            }

            if (seams.Buzzer != null)
            {
                Terminal.Tones = new ResultTones(seams.Buzzer);
            }
        }

        /// <summary>The application core.</summary>
        public Terminal Terminal { get; }

        /// <summary>The face: key routing and drawing (after <see cref="Start"/>).</summary>
        public TerminalUi Ui { get; private set; }

        /// <summary>Draws every screen, the menus' too (one renderer and band for the app's life).</summary>
        public ScreenPresenter Presenter { get; }

        /// <summary>The merchant and technician menu (after <see cref="Start"/>).</summary>
        public TechnicianMenu Menu { get; private set; }

        /// <summary>The self-test checks (after <see cref="Start"/>).</summary>
        public DiagnosticRunner Diagnostics { get; private set; }

        /// <summary>The technician PIN (after <see cref="Start"/>).</summary>
        public TechnicianPin Pin { get; private set; }

        /// <summary>The operators: supervisor and cashiers, who is signed on (built by <see cref="Start"/>).</summary>
        public OperatorStore Operators { get; private set; }

        /// <summary>The print queue (after <see cref="Start"/>; null when the terminal has no printer).</summary>
        public SlipSpooler Slips { get; private set; }

        /// <summary>The menus' and the records' requests to print (after <see cref="Start"/>; without a printer each answers "no printer").</summary>
        public SlipRequests Requests { get; private set; }

        /// <summary>Remote management (after <see cref="Start"/>; null when the terminal has none).</summary>
        public RemoteAgent Remote { get; private set; }

        /// <summary>Raised after a remote <c>set</c> changed parameters (the board points its host exchange at a new host).</summary>
        public event RemoteSettingsChangedHandler RemoteSettingsChanged;

        /// <summary>The merchant's name in use: the one set from afar (journal), else the installation's.</summary>
        public string MerchantName
        {
            get
            {
                string stored = Terminal.Journal.State.GetSetting(RemoteParameters.MerchantNameKey);
                return stored != null && stored.Length > 0 ? stored : _options.MerchantName;
            }
        }

        /// <summary>
        /// Opens the journal (recovery), starts the terminal, then builds the parts that read the recovered journal:
        /// self-test context and checks, technician PIN, menu and UI; last, the keypad's presses start reaching the UI.
        /// Call once.
        /// </summary>
        public void Start()
        {
            Terminal.Start();
            if (_options.InitialLocale >= 0 && Terminal.Journal.State.GetSetting(DiagnosticsSettingsKeys.Locale) == null)
            {
                LocaleSetting.Save(Terminal.Journal, _options.InitialLocale);
            }

            DiagnosticContext context = new DiagnosticContext(_seams.Clock, Terminal.Journal, Terminal.Audit);
            context.Recovery = Terminal.Recovery;
            context.FirmwareVersion = _options.FirmwareVersion;
            context.Storage = _seams.Storage;
            context.Power = _seams.Power;
            context.Network = _seams.Network;
            context.CardReader = _seams.CardReader;
            context.Exchange = Terminal.Channel;
            context.Packager = Terminal.Packager;
            context.Keys = _seams.Keys;
            context.Terminal = _options.Terminal;
            context.HostName = _options.HostName;
            context.Printer = Terminal.Printer;
            Diagnostics = new DiagnosticRunner(context, DiagnosticChecks.Standard());
            Diagnostics.SubscribeTo(Terminal.Dispatcher);
            Pin = new TechnicianPin(Terminal.Journal, Terminal.Audit, _seams.Clock, _seams.Random);
            Operators = new OperatorStore(Terminal.Journal, Terminal.Audit, _seams.Clock, _seams.Random);
            StartPrinting();
            BuildFace();
            StartRemote();
            _seams.Keypad.KeyPressed += OnKey;
        }

        // Remote management, when the board has a link to a broker and the options name one: the agent watches the
        // terminal and carries out the fleet's signed commands (docs/REMOTE.md).
        private void StartRemote()
        {
            if (_seams.Remote == null || _options.Remote == null)
            {
                return;
            }

            RemoteProvisioning.ReadInto(Terminal.Journal.State, _options.Remote);
            if (!_options.Remote.IsComplete)
            {
                _seams.Log.WriteLine("remote: not provisioned (broker, password, command key), off");
                return;
            }

            RemoteContext ctx = new RemoteContext();
            ctx.TerminalId = _options.Terminal.TerminalId;
            ctx.FirmwareVersion = _options.FirmwareVersion;
            ctx.Clock = _seams.Clock;
            ctx.Queue = Terminal.Queue;
            ctx.Dispatcher = Terminal.Dispatcher;
            ctx.Journal = Terminal.Journal;
            ctx.Audit = Terminal.Audit;
            ctx.Machine = Terminal.Machine;
            ctx.Link = Terminal.Link;
            ctx.Channel = Terminal.Channel;
            ctx.OfflineQueue = Terminal.OfflineQueue;
            ctx.Runner = Diagnostics;
            ctx.Power = _seams.Power;
            ctx.Log = _seams.Log;
            Remote = new RemoteAgent(_options.Remote, ctx, _seams.Remote);
            Ui.Clock = _seams.Clock;
            Remote.MessageShown += Ui.ShowRemoteMessage;
            Remote.SettingsChanged += OnRemoteSettings;
            Remote.Start();
        }

        private void OnRemoteSettings(RemoteParameters parameters)
        {
            if (parameters.MerchantNameChanged)
            {
                Presenter.View.MerchantName = MerchantName;
                if (_slipTerminal != null)
                {
                    _slipTerminal.MerchantName = MerchantName; // the next slip has it
                }
            }

            RemoteSettingsChangedHandler changed = RemoteSettingsChanged;
            if (changed != null)
            {
                changed(parameters);
            }
        }

        /// <summary>
        /// Saves the merchant's locale (as the merchant menu does) and has the menu read it again, so every screen is
        /// drawn in it from the next render; for an outside control such as the emulator's page. Refused (false) while
        /// the menu is open.
        /// </summary>
        public bool ChangeLocale(int locale)
        {
            if (Menu == null || Menu.IsActive)
            {
                return false;
            }

            LocaleSetting.Save(Terminal.Journal, locale);
            Menu.ReloadLocale();
            return true;
        }

        // The print queue and what feeds it: each transaction's slip as it ends, the reprints and reports asked for
        // (answered "no printer" when none is fitted).
        private void StartPrinting()
        {
            if (Terminal.Printer == null)
            {
                Requests = new SlipRequests(null, Terminal.Machine, Terminal.Journal, _options.Terminal.TerminalId);
                return;
            }

            SlipTerminal who = new SlipTerminal(MerchantName, _options.Terminal.MerchantId, _options.Terminal.TerminalId,
                _options.Transactions.UtcOffsetMinutes);
            _slipTerminal = who;
            Slips = new SlipSpooler(Terminal.Printer, Terminal.Timers, _seams.Log, new SlipFactory(Terminal.Journal, who, Diagnostics, Terminal.Audit));
            SlipTrigger trigger = new SlipTrigger(Terminal.Machine, Terminal.Journal, _options.Terminal.TerminalId, Slips, _seams.Log);
            trigger.SaleCopies = _options.SaleSlipCopies;
            trigger.PrintDeclines = _options.PrintDeclineSlips;
            Terminal.Dispatcher.Dispatched += trigger.OnDispatched;
            Requests = new SlipRequests(Slips, Terminal.Machine, Terminal.Journal, _options.Terminal.TerminalId);
            Requests.SaleCopies = _options.SaleSlipCopies;
            Terminal.Records.Slips = Requests;
        }

        private void BuildFace()
        {
            Menu = new TechnicianMenu(Diagnostics, Pin, _seams.Log, _menuBar);
            Menu.Transactions = Terminal.Machine; // "Transactions", the pending reversal, the storage confirmation
            Menu.AttachOffline(Terminal.OfflineQueue, Terminal.Forwarder);
            Menu.AttachOperators(Operators, _options.RequireOperatorSignOn);
            Menu.AttachSlips(Requests);
            Presenter.View.MerchantName = MerchantName;
            Presenter.View.TerminalId = _options.Terminal.TerminalId;
            Ui = new TerminalUi(Terminal, Menu, _menuBar, Presenter);
            Ui.Slips = Slips;
            if (_options.RequireOperatorSignOn)
            {
                Menu.AskSignOn(); // after every power-on: nobody is signed on
            }
        }

        // The keypad seam: each press, on the main loop, to the face.
        private void OnKey(Key key)
        {
            Ui.Press(key);
        }
    }
}
