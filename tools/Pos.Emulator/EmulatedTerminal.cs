using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Pos.Core.App;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Receipts;
using Pos.Core.Security;
using Pos.Core.Slips;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Emulator
{
    /// <summary>
    /// The device: the firmware core's <see cref="Terminal"/> over emulated HAL parts, run on one dedicated thread
    /// like the device's main loop (Step, render, then sleep until the next timer or a wake-up). Everything that
    /// touches the core runs on that thread: the page's actions are queued with <see cref="InvokeAsync{T}"/>. A key from
    /// the page is pressed on the <see cref="EmulatedKeypad"/> (the app's keypad seam, raised on that thread), and the
    /// app gives it to the <see cref="TechnicianMenu"/> first when it is open or for FUNC on the idle screen
    /// (docs/DIAGNOSTICS.md), else to the terminal. Power cut drops the terminal; power on builds a new one over the
    /// same flash folder, key store, network link and battery.
    /// </summary>
    public sealed class EmulatedTerminal : IDisposable
    {
        private const int MaxSleepMs = 250;

        private readonly EmulatorOptions _options;
        private int _utcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;
        private readonly Func<IPEndPoint> _hostEndpoint;
        private readonly ConcurrentQueue<Action> _commands = new();
        private readonly AutoResetEvent _wake = new(false);
        private readonly EmulatedBoardSecret _boardSecret = new(EmulatedBoardSecret.DefaultPath);
        private readonly StatusSnapshot _status = new();
        private readonly Stopwatch _sinceStart;
        private readonly Thread _thread;
        private volatile bool _stopping;
        private volatile DeviceSnapshot _snapshot = new();
        private long _snapshotSequence;
        private int _closedPort;

        private FileStorage? _storage;
        private EmulatedKeypad? _keypad;
        private EmulatedCardReader? _reader;
        private WakingHostExchange? _exchange;
        private WakingPrinter? _printerDoor;
        private WakingRemoteLink? _remote;
        private TcpHostExchange? _tcp;
        private Terminal? _terminal;
        private TerminalApp? _app;

        // Shown on the idle screen; ASCII because the glyph subset holds only the catalogs' CJK characters.
        private const string MerchantName = "DEMO STORE";
        private volatile bool _offlineEnabled;
        private bool _readerFault;
        private bool _flashFull;
        private bool _provisionNext;
        private bool _hostReachable = true;
        private int _boots;
        private long _firstScreenMs = -1;

        /// <summary>Creates the device (nothing runs until <see cref="Start"/>); <paramref name="hostEndpoint"/> says where the acquirer host listens.</summary>
        public EmulatedTerminal(EmulatorOptions options, Func<IPEndPoint> hostEndpoint, SerialLogBuffer log, Stopwatch sinceStart)
        {
            _options = options;
            _hostEndpoint = hostEndpoint;
            Log = log;
            _sinceStart = sinceStart;
            _offlineEnabled = options.OfflineEnabled;
            Printer = options.PrinterWidthDots > 0 ? new EmulatedPrinter(options.PrinterWidthDots) : null;
            Recorder = new ScenarioRecorder { Printer = Printer != null };
            Recorder.Clear(0, _offlineEnabled);
            _thread = new Thread(Loop) { IsBackground = true, Name = "terminal" };
        }

        /// <summary>With <see cref="EmulatorOptions.Tls"/>: the CA the exchange trusts (PEM); null = the system trust store.</summary>
        public string? HostCaPem { get; init; }

        /// <summary>Simulated time (the page's pause / step / fast-forward; kept across power cuts like the RTC).</summary>
        public EmulatorClock Clock { get; } = new();

        /// <summary>What was done, as a scenario file (docs/SCENARIOS.md) with waits in simulated time.</summary>
        public ScenarioRecorder Recorder { get; }

        /// <summary>The display the core draws on.</summary>
        public EmulatedDisplay Display { get; } = new();

        /// <summary>The Wi-Fi link (kept across power cuts).</summary>
        public EmulatedNetworkLink Link { get; } = new(true);

        /// <summary>The battery (kept across power cuts).</summary>
        public EmulatedPower Power { get; } = new();

        /// <summary>The buzzer: counts the result tones the terminal plays (kept across power cuts).</summary>
        public EmulatedBuzzer Buzzer { get; } = new();

        /// <summary>
        /// The receipt printer (kept across power cuts, its roll with it, as a printer is; null with <c>--printer none</c>).
        /// Each terminal reaches it through a <see cref="WakingPrinter"/> of its own.
        /// </summary>
        public EmulatedPrinter? Printer { get; }

        /// <summary>The serial log.</summary>
        public SerialLogBuffer Log { get; }

        /// <summary>The latest snapshot of the panels.</summary>
        public DeviceSnapshot Snapshot => _snapshot;

        /// <summary>Completed when the first screen was rendered; its value is the milliseconds since the start.</summary>
        public TaskCompletionSource<long> FirstScreen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Boots the terminal and starts the loop thread.</summary>
        public void Start()
        {
            _thread.Start();
        }

        /// <summary>Runs <paramref name="action"/> on the terminal thread and returns its result.</summary>
        public Task<T> InvokeAsync<T>(Func<T> action)
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _commands.Enqueue(() =>
            {
                try
                {
                    T result = action();
                    // The answer goes out after the snapshot shows the action's effect: a poll that follows the
                    // answer never reads the state from before it.
                    Drain();
                    Render();
                    TakeSnapshot();
                    done.SetResult(result);
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            });
            _wake.Set();
            return done.Task;
        }

        /// <summary>The audit trail's entries, oldest first, as "OP nn text" (operator sign-on, role actions, technician actions).</summary>
        public Task<string[]> AuditAsync() => InvokeAsync(() =>
        {
            var texts = new List<string>();
            if (_app == null)
            {
                return texts.ToArray();
            }

            AuditCursor cursor = _app.Terminal.Audit.Read(0);
            var entry = new AuditEntry();
            while (cursor.Next(entry))
            {
                texts.Add("OP " + Operators.Label(entry.Operator) + " " + entry.Text);
            }

            return texts.ToArray();
        });

        /// <summary>A key press from the keypad (routed to the menu or the terminal). False when the power is off.</summary>
        public Task<bool> PressAsync(Key key) => InvokeAsync(() => Record(Press(key), "ui " + KeyNames.NameOf(key)));

        /// <summary>Presents a card; the answer says whether the reader took it.</summary>
        public Task<string> PresentCardAsync(CardData card) => InvokeAsync(() =>
        {
            if (_reader == null)
            {
                return "power is off";
            }

            bool read = _reader.Present(card);
            Record(read, "card " + ScenarioRecorder.CardWords(card));
            return read ? "read" : "the reader is not waiting for a card (" + EntryName(card.EntryMode) + ")";
        });

        /// <summary>
        /// What the core shows now, brought up to date on the terminal thread: the app renders (menu or terminal model,
        /// through its one presenter) and the screen in front is returned as <c>Screen.ToText()</c>. Tests compare it
        /// with the page.
        /// </summary>
        public Task<string> RenderTextAsync() => InvokeAsync(() =>
        {
            if (_terminal == null || _app == null)
            {
                return string.Empty;
            }

            Render();
            return _app.Ui.CurrentScreen.ToText();
        });

        /// <summary>A card the reader cannot read (bad track data).</summary>
        public Task<string> CardErrorAsync() => InvokeAsync(() =>
            _reader == null ? "power is off" : Record(_reader.Fail(CardReadError.BadTrackData), "card error") ? "read error" : "the reader is not waiting for a card");

        /// <summary>Cuts or restores the Wi-Fi link.</summary>
        public Task<bool> SetLinkAsync(bool up) => InvokeAsync(() =>
        {
            Link.SetUp(up);
            Record(true, "link " + (up ? "up" : "down"));
            return up;
        });

        /// <summary>Points the exchange at the host, or at a closed port ("host unreachable with the link up").</summary>
        public Task<bool> SetHostReachableAsync(bool reachable) => InvokeAsync(() =>
        {
            _hostReachable = reachable;
            Aim();
            Record(true, "host " + (reachable ? "up" : "down"));
            return reachable;
        });

        /// <summary>Cuts the power: the terminal is gone, unflushed work with it; the flash folder stays.</summary>
        public Task<bool> PowerCutAsync() => InvokeAsync(() =>
        {
            Record(_terminal != null, "power cut");
            PowerOff();
            return true;
        });

        /// <summary>Powers on (boots a new terminal over the same flash); no effect when on.</summary>
        public Task<bool> PowerOnAsync() => InvokeAsync(() =>
        {
            if (_terminal == null)
            {
                Boot();
            }

            return true;
        });

        /// <summary>Power cut then power on.</summary>
        public Task<bool> RebootAsync() => InvokeAsync(() =>
        {
            Record(true, "power cut");
            PowerOff();
            Boot();
            return true;
        });

        /// <summary>Saves the merchant locale (the journal setting the menus use) and redraws.</summary>
        public Task<string> SetLocaleAsync(string name) => InvokeAsync(() =>
        {
            int locale = LocaleOf(name);
            if (_app == null)
            {
                return "power is off";
            }

            Recorder.Note(Clock.UptimeMs, "locale " + LocaleName(locale) + " (not replayed headless: --locale)");
            return _app.ChangeLocale(locale) ? LocaleName(locale) : "close the menu first";
        });

        /// <summary>
        /// Allows or refuses offline sales: stored as the merchant's switch (as the merchant settings do; it wins over
        /// <c>--offline</c> at every later boot), then the terminal reboots, as this control always did. The configured
        /// value changes at once (the snapshot shows it during the reboot).
        /// </summary>
        public Task<bool> SetOfflineEnabledAsync(bool enabled)
        {
            _offlineEnabled = enabled;
            return InvokeAsync(() => ApplyOffline(enabled));
        }

        // Reboots with the policy (on the terminal thread).
        private bool ApplyOffline(bool enabled)
        {
            Record(true, "offline " + (enabled ? "on" : "off"));
            if (_terminal != null)
            {
                try
                {
                    _terminal.Machine.SetOfflineSales(enabled);
                }
                catch (JournalException)
                {
                    Log.WriteLine("emulator: offline switch not stored (journal read-only), the option holds until a stored one");
                }

                PowerOff();
                Boot();
            }

            return enabled;
        }

        /// <summary>
        /// Sets the merchant's limits (fen as decimal text, "0" = none; a null one is left as it is), checked by the core:
        /// the answer is the limits now (ok), or the core's refusal (nothing changed). Recorded as the scenario command
        /// <c>limits sale … daily … refund …</c>.
        /// </summary>
        public Task<(bool Ok, string Text)> SetLimitsAsync(string? sale, string? daily, string? refund) => InvokeAsync(() =>
        {
            if (_terminal == null)
            {
                return (false, "power is off");
            }

            TransactionMachine m = _terminal.Machine;
            try
            {
                TransactionLimits limits = m.Limits;
                foreach ((string name, string? value) in new[] { (TransactionLimits.Sale, sale), (TransactionLimits.Daily, daily), (TransactionLimits.Refund, refund) })
                {
                    if (value != null)
                    {
                        limits = limits.With(name, value, m.MaxAmountFen);
                    }
                }

                m.SaveLimits(limits);
                Recorder.Add(Clock.UptimeMs, "limits " + limits);
                return (true, limits.ToString());
            }
            catch (TransactionLimitsException e)
            {
                return (false, e.Message);
            }
        });

        /// <summary>Sets the battery voltage (mV) and the external power flag.</summary>
        public Task<int> SetBatteryAsync(int millivolts, bool external) => InvokeAsync(() =>
        {
            Power.Millivolts = millivolts;
            Power.IsExternalPower = external;
            return Power.Percent;
        });

        /// <summary>Freezes (true) or resumes simulated time.</summary>
        public Task<bool> SetPausedAsync(bool paused) => InvokeAsync(() =>
        {
            Clock.SetPaused(paused);
            return paused;
        });

        /// <summary>Runs simulated time at <paramref name="rate"/> × real time (and resumes it).</summary>
        public Task<int> SetRateAsync(int rate) => InvokeAsync(() =>
        {
            Clock.SetRate(rate);
            return rate;
        });

        /// <summary>
        /// Moves simulated time forward by <paramref name="ms"/> at once, timer by timer: each timer that falls due on the
        /// way fires at its own time, in order, and its effects are handled before the next (as the scenario runner does).
        /// </summary>
        public Task<long> AdvanceAsync(long ms) => InvokeAsync(() =>
        {
            long target = Clock.UptimeMs + ms;
            Drain();
            while (_terminal != null)
            {
                long due = _terminal.NextDueInMs();
                long now = Clock.UptimeMs;
                if (due < 0 || now + due > target)
                {
                    break;
                }

                Clock.Advance(due);
                Drain();
                if (due == 0 && _terminal != null && _terminal.NextDueInMs() == 0)
                {
                    break; // a timer that stays due would spin here; the loop handles it
                }
            }

            Clock.Advance(Math.Max(0, target - Clock.UptimeMs));
            Drain();
            return Clock.UptimeMs;
        });

        /// <summary>The wall clock's fault (unset or wrong for the clock self-test; none).</summary>
        public Task<WallClockFault> SetWallFaultAsync(WallClockFault fault) => InvokeAsync(() =>
        {
            Clock.Wall = fault;
            Recorder.Note(Clock.UptimeMs, "clock " + fault.ToString().ToLowerInvariant());
            return fault;
        });

        /// <summary>The card reader stops answering (true) or works again; kept across power cuts.</summary>
        public Task<bool> SetReaderFaultAsync(bool fault) => InvokeAsync(() =>
        {
            _readerFault = fault;
            if (_reader != null)
            {
                _reader.IsPresent = !fault;
            }

            Recorder.Note(Clock.UptimeMs, "card reader " + (fault ? "fault" : "ok"));
            return fault;
        });

        /// <summary>Fills the flash but <see cref="FlashFullFreeBytes"/> (true), or gives the space back.</summary>
        public Task<bool> SetFlashFullAsync(bool full) => InvokeAsync(() =>
        {
            _flashFull = full;
            ApplyFlashFull();
            Recorder.Note(Clock.UptimeMs, "flash " + (full ? "full" : "ok"));
            return full;
        });

        /// <summary>Free bytes left by the "flash full" control (under the self-test's fail limit).</summary>
        public const long FlashFullFreeBytes = 4 * 1024;

        /// <summary>
        /// Corrupts the journal in the flash folder (one byte flipped in the middle of each file) and reboots, as a
        /// flash that lost bits does: recovery then reports it and the storage self-test fails or warns.
        /// </summary>
        public Task<int> CorruptFlashAsync() => InvokeAsync(() =>
        {
            PowerOff();
            int files = 0;
            foreach (string path in Directory.GetFiles(_options.DataDirectory))
            {
                byte[] bytes = File.ReadAllBytes(path);
                if (bytes.Length > 0)
                {
                    bytes[bytes.Length / 2] ^= 0x5A;
                    File.WriteAllBytes(path, bytes);
                    files++;
                }
            }

            Recorder.Note(Clock.UptimeMs, "flash corrupted (" + files + " files)");
            Boot();
            return files;
        });

        /// <summary>Wipes the flash folder and boots a freshly provisioned terminal (technician PIN, batch… gone).</summary>
        public Task<bool> ResetFlashAsync() => InvokeAsync(() =>
        {
            PowerOff();
            foreach (string path in Directory.GetFiles(_options.DataDirectory))
            {
                File.Delete(path);
            }

            Recorder.Note(Clock.UptimeMs, "flash reset");
            _provisionNext = true;
            Boot();
            return true;
        });

        /// <summary>How many printed slips' texts <see cref="SlipTexts"/> keeps (the newest).</summary>
        public const int KeptSlipTexts = 20;

        private readonly Queue<PrintedSlip> _slipTexts = new();

        /// <summary>The text of the newest slips as they started printing (oldest first): what the roll's picture shows, as text, for the page and tests.</summary>
        public PrintedSlip[] SlipTexts()
        {
            lock (_slipTexts)
            {
                return _slipTexts.ToArray();
            }
        }

        // The print queue laid a copy out (main loop): keep its text beside the roll; a torn-off roll keeps it.
        private void KeepSlipText(SlipJob job, SlipLayout layout)
        {
            lock (_slipTexts)
            {
                if (_slipTexts.Count == KeptSlipTexts)
                {
                    _slipTexts.Dequeue();
                }

                _slipTexts.Enqueue(new PrintedSlip(job.Kind.ToString().ToLowerInvariant(), job.Voucher, job.Reprint, layout.ToText()));
            }
        }

        /// <summary>
        /// Sets the printer's fault (<see cref="PrinterStatus.Ready"/> clears every fault: paper loaded, cover closed), now
        /// or, with <paramref name="afterLines"/>, once that many more lines reached the paper (the roll running out in
        /// the middle of a slip). False with no printer. Recorded as the scenario command <c>printer paper-out</c> (…), or
        /// <c>printer paper N</c> for a ready printer's roll running out after N lines.
        /// </summary>
        public Task<bool> SetPrinterFaultAsync(PrinterStatus status, int? afterLines) => InvokeAsync(() =>
        {
            if (Printer == null)
            {
                return false;
            }

            string command = "printer " + PrinterStatusNames.NameOf(status);
            if (afterLines is int lines)
            {
                // The headless printer's roll of N lines is the one "after" fault it has (docs/SCENARIOS.md).
                bool roll = status == PrinterStatus.PaperOut && Printer.Status == PrinterStatus.Ready;
                Printer.FaultAfter(lines, status);
                Recorder.Add(Clock.UptimeMs, roll ? "printer paper " + lines : "# " + command + " after " + lines + " lines (no headless equivalent)");
            }
            else
            {
                Printer.SetFault(status);
                Recorder.Add(Clock.UptimeMs, command);
            }

            return true;
        });

        /// <summary>Tears the printed slips off the roll (the picture starts empty again). False with no printer.</summary>
        public Task<bool> TearPrinterRollAsync() => InvokeAsync(() =>
        {
            Printer?.ClearRoll();
            return Printer != null;
        });

        /// <summary>Sets the Wi-Fi signal (dBm) the link reports.</summary>
        public Task<int> SetRssiAsync(int dbm) => InvokeAsync(() =>
        {
            Link.Rssi = dbm;
            Recorder.Note(Clock.UptimeMs, "wifi rssi " + dbm);
            return dbm;
        });

        /// <summary>Sets the addresses the link reports (null leaves one as it is; an empty DNS list = no DNS server).</summary>
        public Task<bool> SetNetworkAsync(string? ip, string? mask, string? gateway, string[]? dns) => InvokeAsync(() =>
        {
            Link.IpAddress = ip ?? Link.IpAddress;
            Link.SubnetMask = mask ?? Link.SubnetMask;
            Link.Gateway = gateway ?? Link.Gateway;
            Link.DnsServers = dns ?? Link.DnsServers;
            Recorder.Note(Clock.UptimeMs, "network " + Link.IpAddress + "/" + Link.SubnetMask + " gw " + Link.Gateway + " dns " + string.Join(",", Link.DnsServers));
            return true;
        });

        /// <summary>Makes every name lookup fail (true) or answer again.</summary>
        public Task<bool> SetDnsFailsAsync(bool fails) => InvokeAsync(() =>
        {
            Link.DnsFails = fails;
            Recorder.Note(Clock.UptimeMs, "dns " + (fails ? "fail" : "ok"));
            return fails;
        });

        /// <summary>
        /// Runs one self-test check now through the app's diagnostic runner (the menu's path) and returns its result
        /// ("STATUS value") and the catalog key of the checklist the menu shows for it (empty when none).
        /// </summary>
        public Task<(string Result, string Checklist)> RunCheckAsync(string key) => InvokeAsync(() =>
        {
            if (_app == null)
            {
                return ("power is off", string.Empty);
            }

            DiagnosticRunner runner = _app.Diagnostics;
            int index = runner.IndexOf(key);
            if (index < 0)
            {
                return ("no check " + key, string.Empty);
            }

            // An asynchronous check's first answer is RUNNING unless it fails at once (a reader that does not answer).
            IDiagnosticCheck check = runner.CheckAt(index);
            CheckResult result = check.Run(runner.Context);
            if (result.Status == CheckStatus.Running)
            {
                check.Cancel(runner.Context);
            }

            return (CheckStatusNames.Of(result.Status) + " " + result.Value, result.HasChecklist ? Catalog.KeyName(result.ChecklistKey) : string.Empty);
        });

        /// <summary>The recording as a scenario file, ending with the screen shown now.</summary>
        public string RecordingText()
        {
            DeviceSnapshot d = _snapshot;
            return Recorder.Text(Clock.UptimeMs, d.MenuActive ? string.Empty : d.ScreenId);
        }

        /// <summary>Starts the recording again from now (the current offline policy is its first line).</summary>
        public Task<bool> ClearRecordingAsync() => InvokeAsync(() =>
        {
            Recorder.Clear(Clock.UptimeMs, _terminal?.Machine.OfflineSales ?? _offlineEnabled);
            return true;
        });

        /// <summary>Stops the loop and closes the flash files.</summary>
        public void Dispose()
        {
            _stopping = true;
            if (_exchange != null)
            {
                _exchange.Detached = true;
            }

            _printerDoor?.Detach();
            _wake.Set();
            if (_thread.IsAlive)
            {
                _thread.Join(5000);
            }

            _storage?.Dispose();
            _wake.Dispose();
        }

        private void Loop()
        {
            Boot();
            while (!_stopping)
            {
                while (_commands.TryDequeue(out Action? command))
                {
                    command();
                    Drain(); // each action sees the effect of the one before (keys, then a card)
                }

                long sleep = MaxSleepMs;
                if (_terminal != null)
                {
                    Drain();
                    Render();
                    long due = _terminal.NextDueInMs();
                    long real = due >= 0 ? Clock.RealMsFor(due) : -1; // simulated ms → real ms at the clock's rate
                    if (real >= 0)
                    {
                        sleep = Math.Min(sleep, real);
                    }

                    if (_terminal.Pending > 0)
                    {
                        sleep = 0;
                    }
                }

                TakeSnapshot();
                if (sleep > 0 && _commands.IsEmpty)
                {
                    _wake.WaitOne((int)sleep);
                }
            }
        }

        // Wakes the loop; an exchange that completes after Dispose (its own thread) finds the event gone and does nothing.
        private void Wake()
        {
            try
            {
                _wake.Set();
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private void Drain()
        {
            int guard = 0;
            while (_terminal != null && _terminal.Step() > 0 && guard++ < 100)
            {
            }
        }

        private void Boot()
        {
            _boots++;
            // An emulator started on a new (or empty) data folder is a terminal being provisioned; an empty folder found
            // at a later boot of the same run is what a reformatted drive looks like on a device, and is not confirmed.
            // The page's "reset flash" is a technician re-provisioning the terminal.
            bool provisioning = (_boots == 1 || _provisionNext)
                && (!Directory.Exists(_options.DataDirectory) || Directory.GetFiles(_options.DataDirectory).Length == 0);
            _provisionNext = false;
            Directory.CreateDirectory(_options.DataDirectory);
            _storage = new FileStorage(_options.DataDirectory);
            ApplyFlashFull();
            PersistentKeyStore keys = OpenKeys(_storage);
            _keypad = new EmulatedKeypad();
            _reader = new EmulatedCardReader { IsPresent = !_readerFault };
            _tcp = new TcpHostExchange("127.0.0.1", 0) { Log = Log };
            _tcp.ConfigureTls(_options.Tls, HostCaPem);
            _exchange = new WakingHostExchange(_tcp, Wake);
            _printerDoor = Printer == null ? null : new WakingPrinter(Printer, Wake);
            Aim();

            var options = new TerminalOptions(_options.TerminalId, _options.MerchantId);
            _utcOffsetMinutes = options.Transactions.UtcOffsetMinutes;
            options.Transactions.ResponseTimeoutMs = _options.ResponseTimeoutMs;
            options.OfflinePolicy.Enabled = _offlineEnabled;
            options.ConfirmFreshStorage = provisioning;
            options.RequireOperatorSignOn = _options.RequireOperatorSignOn;
            if (_options.FastLink)
            {
                options.Link.MinRecoveringMs = 1000;
                options.Link.ConfirmProbeIntervalMs = 200;
            }

            options.MerchantName = MerchantName;
            options.FirmwareVersion = "0.1.0";
            options.Remote = RemoteSettings();
            _remote = options.Remote == null ? null : new WakingRemoteLink(Link, Wake);
            if (_boots == 1 && _options.Locale != null)
            {
                options.InitialLocale = LocaleOf(_options.Locale);
            }

            var seams = new TerminalSeams
            {
                Clock = Clock,
                Exchange = _exchange,
                Keypad = _keypad,
                CardReader = _reader,
                Network = Link,
                Storage = _storage,
                Log = Log,
                Keys = keys,
                Power = Power,
                Buzzer = Buzzer,
                Printer = _printerDoor,
                Remote = _remote,
                Random = new SeededRandom(Environment.TickCount64),
            };
            _app = new TerminalApp(options, seams);
            _terminal = _app.Terminal;
            _app.Start();
            if (_app.Slips != null)
            {
                _app.Slips.LaidOut = KeepSlipText;
            }

            ProvisionHostName();
            _app.RemoteSettingsChanged += OnRemoteSettings;
            Display.SetBacklight(true);
            Log.WriteLine("emulator: boot " + _boots + ", data " + _options.DataDirectory + ", recovery " + RecoveryText(_terminal.Recovery) +
                (_options.Tls ? ", host over TLS" : string.Empty));
        }

        // The keys in the data folder, wrapped under this machine's secret; a store with no master key and nothing lost
        // gets the host simulator's TEST ONLY one (a new or reset data folder), as a bench board loads its test file.
        private PersistentKeyStore OpenKeys(FileStorage storage)
        {
            var keys = new PersistentKeyStore(storage, _boardSecret, new SeededRandom(BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8))), Log);
            if (!_boardSecret.IsKept)
            {
                Log.WriteLine("emulator: board secret not kept (" + _boardSecret.Path + " unwritable); stored keys die with this run");
            }

            if (!keys.Has(KeySlot.Tmk) && keys.LostReason == KeysLostReason.None)
            {
                byte[] tmk = Pos.HostSim.TestKeys.TerminalMasterKey;
                keys.LoadMaster(tmk, 0, tmk.Length, KeyOrigin.Test);
                Log.WriteLine("emulator: TEST ONLY master key loaded (none stored)");
            }

            return keys;
        }

        private void PowerOff()
        {
            if (_terminal == null)
            {
                return;
            }

            if (_exchange != null)
            {
                _exchange.Detached = true;
            }

            Log.WriteLine("emulator: power cut");
            _printerDoor?.Detach();
            _printerDoor = null;
            _remote?.PowerOff();
            _remote = null;
            _terminal = null;
            _app = null;
            _keypad = null;
            _reader = null;
            _exchange = null;
            _tcp = null;
            _storage?.Dispose();
            _storage = null;
            Display.Clear();
            Display.SetBacklight(false);
        }

        // Where the next exchange goes: the host, or a port nothing listens on (connection refused at once).
        private void Aim()
        {
            if (_exchange == null)
            {
                return;
            }

            TcpHostExchange tcp = _tcp!;
            IPEndPoint host = _hostEndpoint();
            tcp.Host = host.Address.ToString();
            tcp.Port = _hostReachable ? host.Port : ClosedPort();
        }

        private int ClosedPort()
        {
            if (_closedPort == 0)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                _closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
            }

            return _closedPort;
        }

        // Remote management when --mqtt names a broker: the terminal's broker password and command key derived from the
        // fleet key (the TEST one unless --fleet-key-file), as the provisioning of a real terminal would store them.
        private Pos.Core.Remote.RemoteSettings? RemoteSettings()
        {
            if (_options.MqttBroker == null)
            {
                return null;
            }

            string[] hostPort = _options.MqttBroker.Split(':');
            byte[] fleetKey = Pos.Fleet.Common.FleetKeys.Load(_options.FleetKeyFile);
            return new Pos.Core.Remote.RemoteSettings
            {
                BrokerHost = hostPort[0],
                BrokerPort = hostPort.Length > 1 ? int.Parse(hostPort[1], System.Globalization.CultureInfo.InvariantCulture) : 8883,
                UseTls = true,
                CaCertificatePem = File.Exists(_options.MqttCaFile) ? File.ReadAllText(_options.MqttCaFile) : null,
                Password = Pos.Core.Remote.RemoteKeys.BrokerPassword(fleetKey, _options.TerminalId),
                CommandKey = Pos.Core.Remote.RemoteKeys.CommandKey(fleetKey, _options.TerminalId),
            };
        }

        private string RemoteText()
        {
            Pos.Core.Remote.RemoteAgent? agent = _app?.Remote;
            return agent == null ? "off" : agent.State.ToString().ToLowerInvariant() + ", " + agent.Waiting + " waiting, " + agent.Dropped + " dropped, "
                + agent.CommandsDone + " commands done, " + agent.CommandsRefused + " refused";
        }

        // A remote "set" changed the host or its port: the exchange goes there from the next request.
        private void OnRemoteSettings(Pos.Core.Remote.RemoteParameters parameters)
        {
            if (!parameters.HostChanged || _tcp == null)
            {
                return;
            }

            string? host = parameters.StoredHost;
            int port = parameters.StoredPort;
            _tcp.Host = host == null || host == "localhost" ? _tcp.Host : host;
            _tcp.Port = port > 0 ? port : _tcp.Port;
            Log.WriteLine("emulator: host set remotely to " + _tcp.Host + ":" + _tcp.Port);
        }

        // The host's name the technician would have set: the DNS self-test resolves it (the page's DNS fault fails it).
        private void ProvisionHostName()
        {
            Pos.Core.Storage.Journal journal = _terminal!.Journal;
            if (journal.State.GetSetting(DiagnosticsSettingsKeys.HostName) == null && !journal.IsReadOnly)
            {
                journal.SetSetting(DiagnosticsSettingsKeys.HostName, "localhost");
            }
        }

        private void ApplyFlashFull()
        {
            if (_storage == null)
            {
                return;
            }

            _storage.OtherBytes = 0;
            if (_flashFull)
            {
                _storage.OtherBytes = Math.Max(0, _storage.FreeBytes - FlashFullFreeBytes);
            }
        }

        private bool Record(bool done, string line)
        {
            if (done)
            {
                Recorder.Add(Clock.UptimeMs, line);
            }

            return done;
        }

        private bool Press(Key key)
        {
            if (_keypad == null)
            {
                return false;
            }

            _keypad.Press(key);
            return true;
        }

        private void FillStatus(StatusSnapshot s)
        {
            s.Online = _terminal!.IsOnline;
            s.OfflineCount = _terminal.OfflineCount;
            s.FlaggedCount = _terminal.FlaggedCount;
            s.TestKey = _terminal.TestKey;
            s.BatteryPercent = Power.Percent;
            s.UtcNow = Clock.UtcNow;
            s.UtcOffsetMinutes = _utcOffsetMinutes;
        }

        private void Render()
        {
            if (_terminal == null || _app == null)
            {
                return;
            }

            FillStatus(_status);
            _app.Ui.Render(_status, Display);

            if (_firstScreenMs < 0)
            {
                _firstScreenMs = _sinceStart.ElapsedMilliseconds;
                FirstScreen.TrySetResult(_firstScreenMs);
            }
        }

        private void TakeSnapshot()
        {
            // What the page shows with the power off too (the emulator's own parts), then the terminal's view on top.
            var basis = new DeviceSnapshot
            {
                Sequence = ++_snapshotSequence,
                Boots = _boots,
                FrameVersion = Display.Version,
                ScreenId = "OFF",
                State = "Off",
                LinkUp = Link.IsUp,
                HostReachable = _hostReachable,
                OfflineEnabled = _offlineEnabled,
                BatteryPercent = Power.Percent,
                BatteryMillivolts = Power.Millivolts,
                Tones = Buzzer.Count,
                LastTone = Buzzer.Last?.ToString() ?? string.Empty,
                FirstScreenMs = _firstScreenMs,
                UptimeMs = Clock.UptimeMs,
                ClockUtc = Clock.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                ClockRate = Clock.Rate,
                ClockPaused = Clock.Paused,
                WallFault = Clock.Wall.ToString(),
                Rssi = Link.Rssi,
                Network = Link.IpAddress + "/" + Link.SubnetMask + " gw " + Link.Gateway + " dns " + (Link.DnsServers.Length == 0 ? "none" : string.Join(",", Link.DnsServers)),
                DnsFails = Link.DnsFails,
                Remote = RemoteText(),
                ReaderFault = _readerFault,
                FlashFull = _flashFull,
                RecordedLines = Recorder.Count,
                PrinterStatus = Printer == null ? PrinterStatusNames.None : PrinterStatusNames.NameOf(Printer.Status),
                PrinterLines = Printer?.LineCount ?? 0,
                PrinterCuts = Printer?.Cuts.Length ?? 0,
                PrinterWidthDots = Printer?.WidthDots ?? 0,
            };
            Terminal? t = _terminal;
            if (t == null || _app == null)
            {
                _snapshot = basis;
                return;
            }

            JournalState j = t.Journal.State;
            PendingReversal? r = j.Reversal;
            LoggedTransaction[] logged = t.Machine.Log.All();
            long debit = 0;
            foreach (LoggedTransaction x in logged)
            {
                debit += x.AmountFen;
            }

            long oldest = t.OfflineQueue.OldestAgeMs();
            _snapshot = basis with
            {
                Powered = true,
                ScreenText = _app.Ui.CurrentScreen.ToText(),
                ScreenId = _app.Menu.IsActive ? "MENU:" + MenuStateName(_app.Menu.State) : t.Screen.Id,
                State = TransactionTable.NameOf(t.State),
                MenuActive = _app.Menu.IsActive,
                Locale = LocaleName(_app.Menu.Locale),
                Online = t.IsOnline,
                OfflineEnabled = t.Machine.OfflineSales,
                LinkState = t.Link.Describe(),
                OfflineCount = t.OfflineCount,
                OfflineItems = QueueLines(j),
                Reversal = r == null ? "none" : "STAN " + r.Stan.ToString("D6") + " batch " + r.Batch.ToString("D6") + " reason " + r.Reason + ", " + r.Attempts + " attempt(s)",
                Batch = j.BatchNumber,
                Stan = j.CurrentStan,
                LoggedTransactions = logged.Length,
                Totals = logged.Length + " logged, " + Money.Digits(debit),
                JournalCounts = j.SettingKeys().Length + " settings, " + j.DiagnosticsCount + " self-test reports, " + j.QueueCount + " queue items",
                Audit = AuditText(t.Audit),
                Recovery = RecoveryText(t.Recovery),
                CardReaderWaiting = _reader != null && _reader.IsReading,
                OfflineOldestAge = oldest > 0 ? DiagnosticFormat.Age(oldest) : "-",
                FreeBytes = _storage?.FreeBytes ?? -1,
                Limits = LimitsText(t.Machine),
                PrinterWaiting = _app.Slips?.Waiting ?? 0,
                PrinterNotice = _app.Ui.PrinterNoticeShown,
            };
        }

        private static string LimitsText(TransactionMachine m)
        {
            TransactionLimits l = m.Limits;
            static string Fen(long fen) => fen == 0 ? "none" : Money.Digits(fen);
            return "sale " + Fen(l.SaleFen) + ", daily " + Fen(l.DailyFen) + " (sold today " + Money.Digits(m.SoldToday) + "), refund " + Fen(l.RefundFen);
        }

        private static string[] QueueLines(JournalState j)
        {
            var lines = new string[j.QueueCount];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = SerialLogBuffer.Scrub(OfflineQueue.Describe(j.QueueItemAt(i)));
            }

            return lines;
        }

        private static string RecoveryText(RecoveryReport? report) => report == null ? "-" :
            report.Status switch
            {
                RecoveryStatus.Fresh => "fresh",
                RecoveryStatus.Clean => "clean",
                _ => "status " + (int)report.Status,
            } + ", " + report.RecordsReplayed + " records" + (report.BytesDropped > 0 ? ", tail cut " + report.BytesDropped + " B" : string.Empty)
              + (report.StansSkipped > 0 ? ", " + report.StansSkipped + " STANs skipped" : string.Empty);

        private static string AuditText(AuditTrail audit) => AuditExport.ChainText(audit) + ", " + audit.Count + " entries";

        private static string MenuStateName(MenuState state) => state.ToString();

        /// <summary>"en-US" → the core's English locale; anything else (the API allows only "zh-CN") → Chinese.</summary>
        public static int LocaleOf(string name) => name == "en-US" ? Pos.Core.Localization.Locale.EnUs : Pos.Core.Localization.Locale.ZhCn;

        private static string LocaleName(int locale) => locale == Pos.Core.Localization.Locale.EnUs ? "en-US" : "zh-CN";

        private static string EntryName(EntryMode mode) => mode switch
        {
            EntryMode.Chip => "insert",
            EntryMode.Contactless => "tap",
            EntryMode.Magstripe => "swipe",
            _ => mode.ToString(),
        };
    }
}
