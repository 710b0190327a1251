using System.Globalization;

namespace Pos.HostSim.Server
{
    /// <summary>
    /// Runs the host simulator alone on loopback:
    /// <c>dotnet run --project tools/Pos.HostSim.Server -- --port 5800 --control 5801 [--seed 1] [--quiet] [--listen ADDRESS]
    /// [--idle-timeout 60] [--tls [--ca-out FILE] [--tls-name NAME]...]</c>. <c>--idle-timeout</c> closes a terminal
    /// connection that owes bytes for that many seconds (0 = never). <c>--listen 0.0.0.0</c> opens the terminal port to the LAN
    /// (for a board); the control port stays on 127.0.0.1.
    /// With <c>--tls</c> the terminal port speaks TLS with a TEST certificate made at start (<see cref="TestCertificates"/>)
    /// and the TEST CA is written as PEM (default <c>host-ca.pem</c> in the current folder) for the terminal. Stops on Ctrl+C.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            int port = 5800;
            int control = 5801;
            long seed = 1;
            int idleSeconds = 60;
            bool quiet = false;
            bool tls = false;
            string caFile = "host-ca.pem";
            var listen = System.Net.IPAddress.Loopback;
            var tlsNames = new List<string>(TestCertificates.LoopbackNames);
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : string.Empty;
                switch (args[i])
                {
                    case "--port":
                        port = int.Parse(value, CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--control":
                        control = int.Parse(value, CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--seed":
                        seed = long.Parse(value, CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--idle-timeout":
                        idleSeconds = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--quiet":
                        quiet = true;
                        break;
                    case "--tls":
                        tls = true;
                        break;
                    case "--ca-out":
                        caFile = value;
                        i++;
                        break;
                    case "--listen":
                        if (!System.Net.IPAddress.TryParse(value, out var address))
                        {
                            Console.Error.WriteLine("--listen takes an IP address, e.g. 0.0.0.0 or 192.168.1.10");
                            return 2;
                        }

                        listen = address;
                        i++;
                        break;
                    case "--tls-name":
                        tlsNames.Add(value);
                        i++;
                        break;
                    default:
                        Console.Error.WriteLine("usage: Pos.HostSim.Server [--port 5800] [--control 5801 | -1] [--seed 1] [--quiet] [--listen 127.0.0.1] [--idle-timeout 60] [--tls [--ca-out host-ca.pem] [--tls-name NAME]...]");
                        return 2;
                }
            }

            var options = new HostOptions
            {
                Seed = seed,
                ListenAddress = listen,
                IdleTimeout = idleSeconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(idleSeconds),
            };
            if (!quiet)
            {
                options.Log = line => Console.WriteLine(DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + line);
            }

            // TEST ONLY certificates, new at every start; only the CA certificate leaves the process (never a key).
            using TestCertificates? certificates = tls ? TestCertificates.Create(tlsNames.ToArray()) : null;
            if (certificates != null)
            {
                options.TlsCertificate = certificates.Server;
                caFile = Path.GetFullPath(caFile);
                File.WriteAllText(caFile, certificates.AuthorityPem);
            }

            using var simulator = new HostSimulator(options).Start(port, control);
            Console.WriteLine("host simulator on " + listen + ":" + simulator.Port + (certificates != null ? " (TLS)" : string.Empty) +
                (simulator.ControlPort > 0 ? ", control on 127.0.0.1:" + simulator.ControlPort : string.Empty) +
                " (TEST TMK only; Ctrl+C to stop)");
            if (certificates != null)
            {
                Console.WriteLine("TLS with a TEST certificate for " + string.Join(", ", tlsNames) +
                    "; its TEST CA (new at every start) is in " + caFile);
            }
            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            stop.Wait();
            return 0;
        }
    }
}
