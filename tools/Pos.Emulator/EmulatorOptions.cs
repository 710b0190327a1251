using System.Globalization;

namespace Pos.Emulator
{
    /// <summary>The emulator's command-line options (docs/EMULATOR.md lists them).</summary>
    public sealed class EmulatorOptions
    {
        /// <summary>Web page port on 127.0.0.1 (0, the default = a free port the system picks; the URL is printed).</summary>
        public int Port { get; set; }

        /// <summary>
        /// The terminal's flash: a folder of files that survives power cuts and reboots. By default a fresh temporary
        /// folder deleted on exit (no technician PIN or batch leaks from one run to the next); <c>--data DIR</c> keeps one.
        /// </summary>
        public string DataDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "pos-emulator-" + Guid.NewGuid().ToString("N"));

        /// <summary>True when <see cref="DataDirectory"/> is the run's own temporary folder (deleted on exit).</summary>
        public bool TemporaryData { get; set; } = true;

        /// <summary>An external host simulator "host:port"; null = the simulator runs in this process.</summary>
        public string? ExternalHost { get; set; }

        /// <summary>
        /// TLS to the host (the device's <c>host.tls</c> = 1): the in-process simulator serves a TEST certificate made at
        /// start and the exchange trusts its TEST CA; with <see cref="ExternalHost"/>, <see cref="HostCaFile"/> names the CA.
        /// </summary>
        public bool Tls { get; set; }

        /// <summary>The external host's CA certificate (PEM, e.g. the host-ca.pem of <c>Pos.HostSim.Server --tls</c>); null = the system trust store.</summary>
        public string? HostCaFile { get; set; }

        /// <summary>A scenario file to run headless (no web page); null = the interactive emulator.</summary>
        public string? HeadlessScenario { get; set; }

        /// <summary>Offline sales allowed (the merchant's opt-in; off by default as in the core).</summary>
        public bool OfflineEnabled { get; set; }

        /// <summary>Operator sign-on and the role table, as on the device (<c>--operators</c>; off by default so the terminal sells from boot).</summary>
        public bool RequireOperatorSignOn { get; set; }

        /// <summary>Locale at first boot ("zh-CN" / "en-US"); later the journal setting wins.</summary>
        public string? Locale { get; set; }

        /// <summary>How long the terminal waits for a host reply, ms (the core's default is 60 s; 15 s here).</summary>
        public int ResponseTimeoutMs { get; set; } = 15000;

        /// <summary>Short link hysteresis (1 s instead of 3 s before going back online): the tests use it (<c>--fast-link</c>).</summary>
        public bool FastLink { get; set; }

        /// <summary>
        /// The receipt printer's dots per line (<c>--printer 58</c>: 384, the default; <c>80</c>: 576), or 0 for none
        /// (<c>--printer none</c>: the terminal has no printer, as a board without one).
        /// </summary>
        public int PrinterWidthDots { get; set; } = Pos.Hal.Emulated.EmulatedPrinter.DefaultWidthDots;

        /// <summary>The printers <c>--printer</c> names: paper width in mm (or none) and dots per line.</summary>
        public static readonly (string Name, int WidthDots)[] Printers = { ("none", 0), ("58", 384), ("80", 576) };

        /// <summary>Echo the serial log to the console.</summary>
        public bool EchoLog { get; set; }

        /// <summary>Wipe the data folder before booting.</summary>
        public bool Reset { get; set; }

        /// <summary>The fleet broker (<c>--mqtt 127.0.0.1:8883</c>), or null: no remote management.</summary>
        public string? MqttBroker { get; set; }

        /// <summary>The broker's certificate authority (<c>--mqtt-ca</c>; default <c>.fleet/broker/test-ca.pem</c>, as tools/fleet/broker.sh writes it).</summary>
        public string MqttCaFile { get; set; } = Path.GetFullPath(Path.Combine(".fleet", "broker", "test-ca.pem"));

        /// <summary>The fleet key file (<c>--fleet-key-file</c>), or null for the TEST fleet key; the terminal's secrets are derived from it.</summary>
        public string? FleetKeyFile { get; set; }

        /// <summary>Terminal id.</summary>
        public string TerminalId { get; set; } = "10000001";

        /// <summary>Merchant id.</summary>
        public string MerchantId { get; set; } = "123456789012345";

        /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with the usage problem.</summary>
        public static EmulatorOptions Parse(string[] args)
        {
            var o = new EmulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(a + " needs a value");
                switch (a)
                {
                    case "--port":
                        o.Port = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--urls":
                        o.Port = PortOfUrl(Next());
                        break;
                    case "--data":
                        o.DataDirectory = Path.GetFullPath(Next());
                        o.TemporaryData = false;
                        break;
                    case "--host":
                        o.ExternalHost = Next();
                        break;
                    case "--tls":
                        o.Tls = true;
                        break;
                    case "--ca":
                        o.HostCaFile = Path.GetFullPath(Next());
                        break;
                    case "--headless":
                        o.HeadlessScenario = Next();
                        break;
                    case "--offline":
                        o.OfflineEnabled = true;
                        break;
                    case "--operators":
                        o.RequireOperatorSignOn = true;
                        break;
                    case "--locale":
                        o.Locale = ApiValues.Require("locale", Next());
                        break;
                    case "--printer":
                        string printer = ApiValues.Require("printer", Next());
                        o.PrinterWidthDots = Printers.First(p => p.Name == printer).WidthDots;
                        break;
                    case "--response-timeout":
                        o.ResponseTimeoutMs = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--log":
                        o.EchoLog = true;
                        break;
                    case "--reset":
                        o.Reset = true;
                        break;
                    case "--fast-link":
                        o.FastLink = true;
                        break;
                    case "--tid":
                        o.TerminalId = Next();
                        break;
                    case "--mqtt":
                        o.MqttBroker = Next();
                        break;
                    case "--mqtt-ca":
                        o.MqttCaFile = Path.GetFullPath(Next());
                        break;
                    case "--fleet-key-file":
                        o.FleetKeyFile = Path.GetFullPath(Next());
                        break;
                    default:
                        throw new ArgumentException("unknown option " + a);
                }
            }

            return o;
        }

        /// <summary>The usage text.</summary>
        public const string Usage =
            "dotnet run --project tools/Pos.Emulator -- [--port N (default: a free port)] [--data DIR (default: a temporary folder)] [--host 127.0.0.1:5800] [--tls [--ca host-ca.pem]]\n" +
            "    [--offline] [--operators] [--locale zh-CN|en-US] [--response-timeout MS] [--log] [--reset] [--tid 10000001] [--fast-link]\n" +
            "    [--printer none|58|80 (default 58 mm)] [--mqtt 127.0.0.1:8883 [--mqtt-ca .fleet/broker/test-ca.pem] [--fleet-key-file FILE (default: the TEST fleet key)]]\n" +
            "dotnet run --project tools/Pos.Emulator -- --headless scenario.txt [--offline] [--locale zh-CN|en-US]";

        // "--urls http://127.0.0.1:5080": only the port is taken; the page never binds anything but 127.0.0.1.
        private static int PortOfUrl(string url)
        {
            var uri = new Uri(url.Split(';')[0]);
            return uri.Port;
        }
    }
}
