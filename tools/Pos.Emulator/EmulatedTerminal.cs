using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
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
        private readonly SystemClock _clock = new();
        private readonly InMemoryKeyStore _keys = new();
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
        private TcpHostExchange? _tcp;
        private Terminal? _terminal;
        private TerminalApp? _app;

        // Shown on the idle screen; ASCII because the glyph subset holds only the catalogs' CJK characters.
        private const string MerchantName = "DEMO STORE";
        private bool _offlineEnabled;
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
            // TEST ONLY master key, the host simulator's: the emulated secure element keeps it across power cuts.
            byte[] tmk = Pos.HostSim.TestKeys.TerminalMasterKey;
            _keys.Load(KeySlot.Tmk, tmk, 0, tmk.Length);
            _thread = new Thread(Loop) { IsBackground = true, Name = "terminal" };
        }

        /// <summary>With <see cref="EmulatorOptions.Tls"/>: the CA the exchange trusts (PEM); null = the system trust store.</summary>
        public string? HostCaPem { get; init; }

        /// <summary>The display the core draws on.</summary>
        public EmulatedDisplay Display { get; } = new();

        /// <summary>The Wi-Fi link (kept across power cuts).</summary>
        public EmulatedNetworkLink Link { get; } = new(true);

        /// <summary>The battery (kept across power cuts).</summary>
        public EmulatedPower Power { get; } = new();

        /// <summary>The buzzer: counts the result tones the terminal plays (kept across power cuts).</summary>
        public EmulatedBuzzer Buzzer { get; } = new();

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
                    done.SetResult(action());
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            });
            _wake.Set();
            return done.Task;
        }

        /// <summary>A key press from the keypad (routed to the menu or the terminal). False when the power is off.</summary>
        public Task<bool> PressAsync(Key key) => InvokeAsync(() => Press(key));

        /// <summary>Presents a card; the answer says whether the reader took it.</summary>
        public Task<string> PresentCardAsync(CardData card) => InvokeAsync(() =>
        {
            if (_reader == null)
            {
                return "power is off";
            }

            return _reader.Present(card) ? "read" : "the reader is not waiting for a card (" + EntryName(card.EntryMode) + ")";
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
            _reader == null ? "power is off" : _reader.Fail(CardReadError.BadTrackData) ? "read error" : "the reader is not waiting for a card");

        /// <summary>Cuts or restores the Wi-Fi link.</summary>
        public Task<bool> SetLinkAsync(bool up) => InvokeAsync(() =>
        {
            Link.SetUp(up);
            return up;
        });

        /// <summary>Points the exchange at the host, or at a closed port ("host unreachable with the link up").</summary>
        public Task<bool> SetHostReachableAsync(bool reachable) => InvokeAsync(() =>
        {
            _hostReachable = reachable;
            Aim();
            return reachable;
        });

        /// <summary>Cuts the power: the terminal is gone, unflushed work with it; the flash folder stays.</summary>
        public Task<bool> PowerCutAsync() => InvokeAsync(() =>
        {
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
            PowerOff();
            Boot();
            return true;
        });

        /// <summary>Saves the merchant locale (the journal setting the menus use) and redraws.</summary>
        public Task<string> SetLocaleAsync(string name) => InvokeAsync(() =>
        {
            int locale = name == "en-US" ? Pos.Core.Localization.Locale.EnUs : Pos.Core.Localization.Locale.ZhCn;
            if (_app == null)
            {
                return "power is off";
            }

            return _app.ChangeLocale(locale) ? LocaleName(locale) : "close the menu first";
        });

        /// <summary>Allows or refuses offline sales: the policy is read at boot, so this reboots the terminal.</summary>
        public Task<bool> SetOfflineEnabledAsync(bool enabled) => InvokeAsync(() =>
        {
            _offlineEnabled = enabled;
            if (_terminal != null)
            {
                PowerOff();
                Boot();
            }

            return enabled;
        });

        /// <summary>Sets the battery voltage (mV) and the external power flag.</summary>
        public Task<int> SetBatteryAsync(int millivolts, bool external) => InvokeAsync(() =>
        {
            Power.Millivolts = millivolts;
            Power.IsExternalPower = external;
            return Power.Percent;
        });

        /// <summary>Stops the loop and closes the flash files.</summary>
        public void Dispose()
        {
            _stopping = true;
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
                    if (due >= 0)
                    {
                        sleep = Math.Min(sleep, due);
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
            bool provisioning = _boots == 1
                && (!Directory.Exists(_options.DataDirectory) || Directory.GetFiles(_options.DataDirectory).Length == 0);
            Directory.CreateDirectory(_options.DataDirectory);
            _storage = new FileStorage(_options.DataDirectory);
            _keypad = new EmulatedKeypad();
            _reader = new EmulatedCardReader();
            _tcp = new TcpHostExchange("127.0.0.1", 0) { Log = Log };
            _tcp.ConfigureTls(_options.Tls, HostCaPem);
            _exchange = new WakingHostExchange(_tcp, () => _wake.Set());
            Aim();

            var options = new TerminalOptions(_options.TerminalId, _options.MerchantId);
            _utcOffsetMinutes = options.Transactions.UtcOffsetMinutes;
            options.Transactions.ResponseTimeoutMs = _options.ResponseTimeoutMs;
            options.OfflinePolicy.Enabled = _offlineEnabled;
            options.ConfirmFreshStorage = provisioning;
            if (_options.FastLink)
            {
                options.Link.MinRecoveringMs = 1000;
                options.Link.ConfirmProbeIntervalMs = 200;
            }

            options.MerchantName = MerchantName;
            options.HostName = _tcp.Host; // an address: the self-test's DNS check says there is nothing to resolve
            options.FirmwareVersion = "0.1.0";
            if (_boots == 1 && _options.Locale != null)
            {
                options.InitialLocale = _options.Locale == "en-US" ? Pos.Core.Localization.Locale.EnUs : Pos.Core.Localization.Locale.ZhCn;
            }

            var seams = new TerminalSeams
            {
                Clock = _clock,
                Exchange = _exchange,
                Keypad = _keypad,
                CardReader = _reader,
                Network = Link,
                Storage = _storage,
                Log = Log,
                Keys = _keys,
                Power = Power,
                Buzzer = Buzzer,
                Random = new SeededRandom(Environment.TickCount64),
            };
            _app = new TerminalApp(options, seams);
            _terminal = _app.Terminal;
            _app.Start();
            Display.SetBacklight(true);
            Log.WriteLine("emulator: boot " + _boots + ", data " + _options.DataDirectory + ", recovery " + RecoveryText(_terminal.Recovery) +
                (_options.Tls ? ", host over TLS" : string.Empty));
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
            s.BatteryPercent = Power.Percent;
            s.UtcNow = _clock.UtcNow;
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
            Terminal? t = _terminal;
            if (t == null || _app == null)
            {
                _snapshot = new DeviceSnapshot
                {
                    Sequence = ++_snapshotSequence,
                    Powered = false,
                    Boots = _boots,
                    FrameVersion = Display.Version,
                    ScreenText = string.Empty,
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
                };
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

            _snapshot = new DeviceSnapshot
            {
                Sequence = ++_snapshotSequence,
                Powered = true,
                Boots = _boots,
                FrameVersion = Display.Version,
                ScreenText = _app.Ui.CurrentScreen.ToText(),
                ScreenId = _app.Menu.IsActive ? "MENU:" + MenuStateName(_app.Menu.State) : t.Screen.Id,
                State = TransactionTable.NameOf(t.State),
                MenuActive = _app.Menu.IsActive,
                Locale = LocaleName(_app.Menu.Locale),
                LinkUp = Link.IsUp,
                HostReachable = _hostReachable,
                Online = t.IsOnline,
                LinkState = t.Link.Describe(),
                OfflineCount = t.OfflineCount,
                OfflineItems = QueueLines(j),
                OfflineEnabled = _offlineEnabled,
                Reversal = r == null ? "none" : "STAN " + r.Stan.ToString("D6") + " batch " + r.Batch.ToString("D6") + " reason " + r.Reason + ", " + r.Attempts + " attempt(s)",
                Batch = j.BatchNumber,
                Stan = j.CurrentStan,
                LoggedTransactions = logged.Length,
                Totals = logged.Length + " logged, " + Money.Digits(debit),
                JournalCounts = j.SettingKeys().Length + " settings, " + j.AuditCount + " audit, " + j.DiagnosticsCount + " self-test reports, " + j.QueueCount + " queue items",
                Recovery = RecoveryText(t.Recovery),
                BatteryPercent = Power.Percent,
                BatteryMillivolts = Power.Millivolts,
                    Tones = Buzzer.Count,
                    LastTone = Buzzer.Last?.ToString() ?? string.Empty,
                CardReaderWaiting = _reader != null && _reader.IsReading,
                FirstScreenMs = _firstScreenMs,
            };
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

        private static string MenuStateName(MenuState state) => state.ToString();

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
