using System;
using System.Device.Gpio;
using System.Text;
using System.Threading;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Remote;
using Pos.Core.Security;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using Pos.Hal.Esp32;
using Pos.Hal.Net;
using Pos.Hal.Remote;
using Pos.Hal.Storage;

namespace Pos.Firmware.Esp32
{
    /// <summary>
    /// Entry point on the ESP32: the <see cref="TerminalApp"/> (the same composition the emulator and the scenario runner
    /// build) over the ESP32 HAL, with its <see cref="TerminalUi"/> (key routing and drawing). Keys: the
    /// <see cref="Esp32Keypad"/> scans on a timer thread into the <see cref="KeyInbox"/>, the app's keypad seam, which the
    /// main loop empties on its own thread; the app gives each key to the menu when it is open or for FUNC on the idle
    /// screen, else to the terminal. The main loop runs the terminal's steps, renders through the app's one presenter
    /// (the boot screen used it too), and sleeps on one <see cref="AutoResetEvent"/> until the next timer or until a
    /// key, a card, an exchange outcome or a link change sets it.
    /// <para>Watchdog and health: nanoFramework exposes no hardware task watchdog to managed code (and its ESP32 images
    /// leave the ESP-IDF task watchdog off), so the loop kicks a <see cref="LoopWatchdog"/> every turn and a timer
    /// thread restarts the device (<c>Power.RebootDevice</c>) when the loop has been silent for
    /// <see cref="DeviceConfig.WatchdogLimitMs"/>. That timer stops with the loop when a native call freezes the
    /// interpreter; the external watchdog IC fed from the loop (<see cref="Esp32ExternalWatchdog"/>) does not. Every
    /// <see cref="HeartbeatMs"/> the loop logs uptime, the offline queue and the free managed heap.</para>
    /// </summary>
    public static class Program
    {
        private const int MaxSleepMs = 1000;
        private const int MaxStepsPerTurn = 100;
        private const int BatteryRefreshMs = 30000;
        private const long HeartbeatMs = 10 * 60 * 1000;
        private const int WatchdogCheckMs = 5000;
        private const int MaxCaFileBytes = 8192;

        private static readonly AutoResetEvent Wake = new AutoResetEvent(false);
        private static readonly StatusSnapshot Status = new StatusSnapshot();

        private static Esp32Clock _clock;
        private static Esp32Display _display;
        private static Esp32Power _power;
        private static Esp32Buzzer _buzzer;
        private static Terminal _terminal;
        private static TerminalUi _ui;
        private static KeyInbox _keys;
        private static int _batteryPercent = -1;
        private static long _batteryReadAt = -BatteryRefreshMs;
        private static long _heartbeatAt;
        private static LoopWatchdog _watchdog;
        private static Timer _watchdogTimer;
        private static ISerialLog _log;
        private static SntpTimeSync _sntp;
        private static SocketHostExchange _exchange;
        private static int _utcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;

        /// <summary>Runs the firmware; never returns.</summary>
        public static void Main()
        {
            Esp32SerialLog log = new Esp32SerialLog();
            _log = log;
            log.WriteLine("POS firmware " + FirmwareVersion.Text + ", board " + BoardProfile.Name);

            _clock = new Esp32Clock();
            GpioController gpio = new GpioController();
            _display = new Esp32Display(gpio);
            ScreenPresenter presenter = new ScreenPresenter();
            ShowBootScreen(presenter);
            _display.SetBacklight(true);

            _power = new Esp32Power(gpio);
            _buzzer = new Esp32Buzzer(gpio);
            // LittleFS truncates in place; the side-file mount covers a firmware without SetLength.
            IStorage storage = new SideFileStorage(new Esp32Storage());
            Esp32CardReader reader = new Esp32CardReader();
            Esp32WifiLink link = new Esp32WifiLink(DeviceConfig.WifiSsid, DeviceConfig.WifiPassword);
            SocketHostExchange exchange = new SocketHostExchange(DeviceConfig.HostName, DeviceConfig.HostPort,
                SocketHostExchange.DefaultMaxReplyLength);
            RadioTurns radio = new RadioTurns();
            link.Radio = radio;
            exchange.Radio = radio;
            // Keys survive reboots wrapped under a KEK derived from this chip's factory MAC (docs/SECURITY.md).
            PersistentKeyStore keyStore = new PersistentKeyStore(storage, new Esp32BoardSecret(), new SeededRandom(Seed()), log);
            LoadTestTmk(keyStore, storage, log);

            _keys = new KeyInbox(Wake);
            _keys.KeyPressed += OnKeyClick; // before the app's handler: the click comes first, as the key is taken
            TerminalOptions options = new TerminalOptions(DeviceConfig.TerminalId, DeviceConfig.MerchantId);
            options.MerchantName = DeviceConfig.MerchantName;
            options.FirmwareVersion = FirmwareVersion.Text;
            options.RequireOperatorSignOn = true; // a cashier signs on at every power-on; void, refund, settlement need the supervisor
            _utcOffsetMinutes = options.Transactions.UtcOffsetMinutes;
            TerminalSeams seams = new TerminalSeams();
            seams.Clock = _clock;
            seams.Exchange = exchange;
            seams.Keypad = _keys;
            seams.CardReader = reader;
            seams.Network = link;
            seams.Storage = storage;
            seams.Log = log;
            seams.Keys = keyStore;
            seams.Power = _power;
            seams.Buzzer = _buzzer;
            if (DeviceConfig.PrinterFitted)
            {
                seams.Printer = new Esp32Printer();
            }

            // Remote management (docs/REMOTE.md): the broker and this terminal's secrets come from the journal's
            // remote.* settings when the app starts the agent; without them the agent stays off.
            Esp32MqttLink remote = new Esp32MqttLink();
            remote.Log = log;
            seams.Remote = remote;
            options.Remote = new RemoteSettings();
            options.Remote.BrokerHost = DeviceConfig.RemoteHost;
            options.Remote.BrokerPort = DeviceConfig.RemotePort;
            options.Remote.UseTls = DeviceConfig.RemoteUseTls;
            options.Remote.CaCertificatePem = LoadPem(DeviceConfig.RemoteCaFile, storage, log);
            _exchange = exchange;

            seams.Random = new SeededRandom(Seed());
            TerminalApp app = new TerminalApp(options, seams, presenter);
            _terminal = app.Terminal;

            // Subscribed after the terminal's own handlers, so the event is queued before the loop wakes.
            exchange.Completed += OnExchangeCompleted;
            link.LinkChanged += OnLinkChanged;
            reader.CardRead += OnCardRead;

            app.Start();
            _ui = app.Ui;
            remote.Changed += OnRemoteChanged;
            remote.MessageReceived += OnRemoteMessage;
            remote.Published += OnRemotePublished;
            app.RemoteSettingsChanged += OnRemoteSettings;
            ApplySettings(link, exchange, storage, log, app.Diagnostics.Context);
            _sntp = new SntpTimeSync(_clock, log, Setting(DeviceConfig.SntpServerKey, DeviceConfig.SntpServer));
            _sntp.Start();
            link.Start();

            // Last: keys start flowing only once everything they reach exists.
            Esp32Keypad keypad = new Esp32Keypad(gpio);
            keypad.KeyPressed += _keys.OnKey;

            log.WriteLine("boot: ready, heap and tasks up; entering the main loop");
            _heartbeatAt = _clock.UptimeMs;
            _watchdog = new LoopWatchdog(DeviceConfig.WatchdogLimitMs, _clock.UptimeMs);
            _watchdogTimer = new Timer(CheckWatchdog, null, WatchdogCheckMs, WatchdogCheckMs);
            Esp32ExternalWatchdog external = new Esp32ExternalWatchdog(gpio);
            log.WriteLine(external.IsFitted
                ? "boot: external watchdog fed on GPIO " + BoardProfile.ExternalWatchdogKick.ToString()
                : "boot: no external watchdog; the software one cannot end a hung native call");
            while (true)
            {
                long now = _clock.UptimeMs;
                _watchdog.Kick(now);
                external.Turn(now);
                Turn(log);

                // nanoFramework 1.x has WaitOne() and WaitOne(int, bool) only.
                Wake.WaitOne(SleepMs(), false);
            }
        }

        // One pass: keys, terminal steps, render, heartbeat.
        private static void Turn(ISerialLog log)
        {
            while (_keys.Deliver())
            {
                Drain();
            }

            Drain();
            Render();

            long now = _clock.UptimeMs;
            if (now - _heartbeatAt >= HeartbeatMs)
            {
                _heartbeatAt = now;
                // GC.Run(false) collects without compacting and returns the free managed heap in bytes.
                uint free = nanoFramework.Runtime.Native.GC.Run(false);
                log.WriteLine("heartbeat: up " + (now / 1000).ToString() + " s, offline " + _terminal.OfflineCount.ToString()
                    + ", free heap " + free.ToString() + " B");
            }
        }

        private static void Drain()
        {
            int guard = 0;
            while (_terminal.Step() > 0 && guard++ < MaxStepsPerTurn)
            {
            }
        }

        private static int SleepMs()
        {
            if (_terminal.Pending > 0)
            {
                return 0;
            }

            long due = _terminal.NextDueInMs();
            long sleep = MaxSleepMs; // also bounds how stale the status bar's clock and battery get
            if (due >= 0 && due < sleep)
            {
                sleep = due;
            }

            return (int)sleep;
        }

        private static void OnKeyClick(Key key)
        {
            _buzzer.Play(Tone.KeyClick);
        }

        private static void Render()
        {
            FillStatus(Status);
            _ui.Render(Status, _display);
        }

        private static void FillStatus(StatusSnapshot s)
        {
            long now = _clock.UptimeMs;
            if (now - _batteryReadAt >= BatteryRefreshMs)
            {
                // 16 ADC reads: not on every turn.
                _batteryReadAt = now;
                _batteryPercent = _power.Percent();
            }

            s.Online = _terminal.IsOnline;
            s.OfflineCount = _terminal.OfflineCount;
            s.FlaggedCount = _terminal.FlaggedCount;
            s.TestKey = _terminal.TestKey;
            s.BatteryPercent = _batteryPercent;
            s.UtcNow = _clock.UtcNow;
            s.UtcOffsetMinutes = _utcOffsetMinutes;
        }

        // Drawn through the presenter the app draws with later (one band), before the journal opens (recovery may take
        // a moment on a full drive).
        private static void ShowBootScreen(ScreenPresenter presenter)
        {
            Screen screen = new Screen();
            screen.FillRow(Screen.StatusRow, TextStyle.StatusBar);
            screen.WriteCentered(5, "POS", TextStyle.Title);
            screen.WriteCentered(7, "firmware " + FirmwareVersion.Text, TextStyle.Normal);
            screen.WriteCentered(9, "starting...", TextStyle.Dim);
            presenter.Show(screen, _display);
        }

        // Wi-Fi and host from the journal's settings, the DeviceConfig defaults otherwise.
        private static void ApplySettings(Esp32WifiLink link, SocketHostExchange exchange, IStorage storage, ISerialLog log, DiagnosticContext diagnostics)
        {
            string ssid = Setting(DeviceConfig.WifiSsidKey, DeviceConfig.WifiSsid);
            string password = Setting(DeviceConfig.WifiPasswordKey, DeviceConfig.WifiPassword);
            link.Configure(ssid, password);

            string host = Setting(DiagnosticsSettingsKeys.HostName, DeviceConfig.HostName);
            int port = DeviceConfig.HostPort;
            string portText = _terminal.Journal.State.GetSetting(DiagnosticsSettingsKeys.HostPort);
            if (portText != null)
            {
                try
                {
                    port = int.Parse(portText);
                }
                catch (Exception)
                {
                    log.WriteLine("boot: host.port setting is not a number, using the default");
                }
            }

            exchange.Configure(host, port);
            diagnostics.HostName = host; // the self-test resolves the host the exchange really uses

            bool useTls = Setting(DeviceConfig.HostTlsKey, DeviceConfig.HostUseTls ? "1" : "0") == "1";
            exchange.Log = log;
            string caPem = useTls ? LoadPem(DeviceConfig.HostCaFile, storage, log) : null;
            try
            {
                exchange.ConfigureTls(useTls, caPem);
            }
            catch (ArgumentException)
            {
                log.WriteLine("boot: " + DeviceConfig.HostCaFile + " is not a certificate; TLS uses the stored root CA");
                exchange.ConfigureTls(useTls, null);
            }
            log.WriteLine("boot: wifi " + ssid + ", host " + host + ":" + port.ToString() + (useTls ? " (TLS)" : ""));
        }

        // A CA certificate as PEM text from I:, or null (then the device's stored root CA is used).
        private static string LoadPem(string file, IStorage storage, ISerialLog log)
        {
            try
            {
                if (!storage.Exists(file))
                {
                    log.WriteLine("boot: no " + file + "; TLS uses the device's stored root CA");
                    return null;
                }

                long length = storage.Length(file);
                if (length <= 0 || length > MaxCaFileBytes)
                {
                    log.WriteLine("boot: " + file + " is empty or too large; TLS uses the stored root CA");
                    return null;
                }

                byte[] pem = new byte[(int)length];
                int n = storage.Read(file, 0, pem, 0, pem.Length);
                return Encoding.UTF8.GetString(pem, 0, n);
            }
            catch (Exception)
            {
                log.WriteLine("boot: " + file + " is unreadable; TLS uses the stored root CA");
                return null;
            }
        }

        private static string Setting(string key, string fallback)
        {
            string value = _terminal.Journal.State.GetSetting(key);
            return value == null || value.Length == 0 ? fallback : value;
        }

        // TEST ONLY, bench boards (DeviceConfig.BenchBoard): see TestTmkFile and UseBuiltInTestTmk. Only when no master key is stored
        // and none was lost (a lost set waits for a technician). The key itself is never logged.
        private static void LoadTestTmk(IKeyStore keys, IStorage storage, ISerialLog log)
        {
            if (!DeviceConfig.BenchBoard || keys.Has(KeySlot.Tmk) || keys.LostReason != KeysLostReason.None)
            {
                return;
            }

            byte[] tmk = null;
            string source = null;
            try
            {
                if (storage.Exists(DeviceConfig.TestTmkFile))
                {
                    byte[] text = new byte[64];
                    int n = storage.Read(DeviceConfig.TestTmkFile, 0, text, 0, text.Length);
                    char[] chars = new char[n];
                    int count = 0;
                    for (int i = 0; i < n; i++)
                    {
                        char c = (char)text[i];
                        if (c != '\r' && c != '\n' && c != ' ')
                        {
                            chars[count++] = c;
                        }
                    }

                    tmk = Hex.Decode(new string(chars, 0, count));
                    source = "file " + DeviceConfig.TestTmkFile;
                }
            }
            catch (Exception)
            {
                log.WriteLine("boot: TEST TMK file unreadable");
                tmk = null;
            }

            if (tmk == null && DeviceConfig.UseBuiltInTestTmk)
            {
                tmk = Hex.Decode(DeviceConfig.BuiltInTestTmkHex);
                source = "built-in simulator key";
            }

            if (tmk == null)
            {
                log.WriteLine("boot: no TMK; load it in the technician menu (Load master key), then sign in");
                return;
            }

            SecurityError error = keys.LoadMaster(tmk, 0, tmk.Length, KeyOrigin.Test);
            Array.Clear(tmk, 0, tmk.Length);
            log.WriteLine(error == SecurityError.None ? "boot: TEST ONLY TMK loaded from " + source : "boot: TEST TMK rejected");
        }

        private static long Seed()
        {
            // Uptime in microseconds differs from boot to boot by the time Wi-Fi and flash took; good enough for the
            // technician PIN's salt, which only has to differ between terminals and changes.
            return (long)nanoFramework.Hardware.Esp32.HighResTimer.GetCurrent() ^ DateTime.UtcNow.Ticks;
        }

        private static void OnExchangeCompleted(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            Wake.Set();
        }

        // The remote link's events: the core's port queued them; the loop wakes to handle them.
        private static void OnRemoteChanged(RemoteLinkState state, string detail)
        {
            Wake.Set();
        }

        private static void OnRemoteMessage(string topic, byte[] payload)
        {
            Wake.Set();
        }

        private static void OnRemotePublished(int requestId, bool delivered)
        {
            Wake.Set();
        }

        // A remote "set" moved the acquirer host: the exchange goes there from the next request.
        private static void OnRemoteSettings(RemoteParameters parameters)
        {
            if (!parameters.HostChanged)
            {
                return;
            }

            string host = parameters.StoredHost;
            int port = parameters.StoredPort;
            _exchange.Configure(host == null ? DeviceConfig.HostName : host, port > 0 ? port : DeviceConfig.HostPort);
            _log.WriteLine("remote: host set to " + (host == null ? DeviceConfig.HostName : host) + ":" + (port > 0 ? port : DeviceConfig.HostPort).ToString());
        }

        private static void OnLinkChanged(bool isUp)
        {
            if (isUp && _sntp != null)
            {
                _sntp.RequestNow();
            }

            Wake.Set();
        }

        // Timer thread: the main loop has not turned for too long. The journal makes the restart safe.
        private static void CheckWatchdog(object state)
        {
            long now = _clock.UptimeMs;
            if (!_watchdog.IsStarved(now))
            {
                return;
            }

            _log.WriteLine("watchdog: main loop silent for " + (_watchdog.SilentForMs(now) / 1000).ToString()
                + " s; restarting");
            nanoFramework.Runtime.Native.Power.RebootDevice();
        }

        private static void OnCardRead(CardData card, CardReadError error)
        {
            Wake.Set();
        }
    }
}
