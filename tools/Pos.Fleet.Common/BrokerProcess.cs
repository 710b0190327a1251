using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Formatter;

namespace Pos.Fleet.Common
{
    /// <summary>
    /// A real Mosquitto broker for tests and tools: either the one already running that the environment names
    /// (<see cref="PortVariable"/> and <see cref="CaVariable"/>, as .ci/run exports them), or a private one started by
    /// tools/fleet/broker.sh on a free loopback port in a temporary folder, with the same certificates, password file and
    /// access list, stopped and deleted by <see cref="Dispose"/>. Either way the broker knows the users of
    /// tools/fleet/broker.sh (terminals 10000001–10000010, the tests' own <see cref="TestTerminal"/> ids and
    /// <see cref="FleetKeys.ConsoleUser"/>) with passwords from the TEST fleet key.
    /// </summary>
    public sealed class BrokerProcess : IDisposable
    {
        /// <summary>Environment variable: the running broker's host (default 127.0.0.1).</summary>
        public const string HostVariable = "POS_MQTT_HOST";

        /// <summary>Environment variable: the running broker's TLS port.</summary>
        public const string PortVariable = "POS_MQTT_PORT";

        /// <summary>Environment variable: the path of the running broker's CA certificate (PEM).</summary>
        public const string CaVariable = "POS_MQTT_CA";

        /// <summary>How many terminal ids the tests have to themselves (<see cref="TestTerminal"/>).</summary>
        public const int TestTerminalCount = 30;

        private const int FirstTestTerminal = 20000001;
        private const int StartAttempts = 3;
        private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

        private readonly string? _folder;

        private BrokerProcess(string host, int port, string caPath, string? folder)
        {
            Host = host;
            Port = port;
            CaPath = caPath;
            CaPem = File.ReadAllText(caPath);
            _folder = folder;
        }

        /// <summary>The broker's host name or address.</summary>
        public string Host { get; }

        /// <summary>The broker's TLS port.</summary>
        public int Port { get; }

        /// <summary>The path of the CA certificate the broker's certificate chains to.</summary>
        public string CaPath { get; }

        /// <summary>The CA certificate as PEM text.</summary>
        public string CaPem { get; }

        /// <summary>True when this object started the broker (and stops it on <see cref="Dispose"/>).</summary>
        public bool Owned => _folder != null;

        /// <summary>
        /// The Mosquitto process' id when this object started the broker (broker.sh's <c>mosquitto.pid</c>), so a bench
        /// can read its CPU time; null for a broker the environment names, or when the file is gone.
        /// </summary>
        public int? ProcessId =>
            _folder != null && File.Exists(Path.Combine(_folder, "mosquitto.pid"))
            && int.TryParse(File.ReadAllText(Path.Combine(_folder, "mosquitto.pid")).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                ? pid
                : null;

        /// <summary>The fleet key the broker's passwords come from (the TEST fleet key).</summary>
        public static byte[] FleetKey => FleetKeys.TestFleetKey;

        /// <summary>
        /// The <paramref name="index"/>-th (0 to <see cref="TestTerminalCount"/> − 1) terminal id kept for tests
        /// (20000001…): every broker.sh broker knows them, and nothing but tests connects with them, so a test's session
        /// never takes over an emulator's.
        /// </summary>
        public static string TestTerminal(int index)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, TestTerminalCount);
            return (FirstTestTerminal + index).ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>The broker the environment names, or else a private one (see the class).</summary>
        public static BrokerProcess StartOrReuse()
        {
            string? port = Environment.GetEnvironmentVariable(PortVariable);
            string? ca = Environment.GetEnvironmentVariable(CaVariable);
            if (!string.IsNullOrEmpty(port) && !string.IsNullOrEmpty(ca))
            {
                string host = Environment.GetEnvironmentVariable(HostVariable) is { Length: > 0 } h ? h : IPAddress.Loopback.ToString();
                return new BrokerProcess(host, int.Parse(port, CultureInfo.InvariantCulture), ca, null);
            }

            return StartPrivate();
        }

        /// <summary>Starts a private broker with broker.sh on a free loopback port in a new temporary folder.</summary>
        /// <param name="arguments">More broker.sh start arguments (such as "--count", "1000").</param>
        /// <exception cref="InvalidOperationException">broker.sh or Mosquitto failed (its output says why).</exception>
        public static BrokerProcess StartPrivate(params string[] arguments)
        {
            string folder = Directory.CreateTempSubdirectory("pos-broker-").FullName;
            string output = string.Empty;
            for (int attempt = 0; attempt < StartAttempts; attempt++)
            {
                // A port free a moment ago can be taken before Mosquitto binds it: try another.
                int port = FreeLoopbackPort();
                string[] start = ["start", "--dir", folder, "--port", port.ToString(CultureInfo.InvariantCulture), .. arguments];
                if (RunScript(start, out output))
                {
                    return new BrokerProcess(IPAddress.Loopback.ToString(), port, Path.Combine(folder, "test-ca.pem"), folder);
                }
            }

            Directory.Delete(folder, true);
            throw new InvalidOperationException("tools/fleet/broker.sh start failed: " + output);
        }

        /// <summary>A broker user's password (a terminal id or <see cref="FleetKeys.ConsoleUser"/>).</summary>
        public static string Password(string user) => FleetKeys.BrokerPassword(FleetKey, user);

        /// <summary>
        /// MQTTnet client options for <paramref name="user"/> on this broker: TLS trusting <see cref="CaPem"/>, the
        /// user's password, MQTT 5, a clean session; the client id is the user unless given.
        /// </summary>
        public MqttClientOptionsBuilder ClientOptions(string user, string? clientId = null) =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(Host, Port)
                .WithTlsOptions(BrokerTls.Trusting(CaPem))
                .WithCredentials(user, Password(user))
                .WithClientId(clientId ?? user)
                .WithCleanSession()
                .WithProtocolVersion(MqttProtocolVersion.V500);

        /// <summary>Stops the broker and deletes its folder when this object started it; nothing otherwise.</summary>
        public void Dispose()
        {
            if (_folder == null || !Directory.Exists(_folder))
            {
                return;
            }

            RunScript(["stop", "--dir", _folder], out _);
            Directory.Delete(_folder, true);
        }

        private static int FreeLoopbackPort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        private static bool RunScript(string[] arguments, out string output)
        {
            var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(Script());
            foreach (string argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ScriptTimeout))
            {
                process.Kill(true);
            }

            process.WaitForExit();
            output = stdout.Result + stderr.Result;
            return process.ExitCode == 0;
        }

        // tools/fleet/broker.sh of the repository this assembly (or the current folder) lies in.
        private static string Script()
        {
            foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "tools", "fleet", "broker.sh");
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new InvalidOperationException("tools/fleet/broker.sh not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);
        }
    }
}
