using System.Globalization;

namespace Pos.HostSim.Server
{
    /// <summary>
    /// Runs the host simulator alone on loopback:
    /// <c>dotnet run --project tools/Pos.HostSim.Server -- --port 5800 --control 5801 [--seed 1] [--quiet]</c>.
    /// Stops on Ctrl+C.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            int port = 5800;
            int control = 5801;
            long seed = 1;
            bool quiet = false;
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
                    case "--quiet":
                        quiet = true;
                        break;
                    default:
                        Console.Error.WriteLine("usage: Pos.HostSim.Server [--port 5800] [--control 5801 | -1] [--seed 1] [--quiet]");
                        return 2;
                }
            }

            var options = new HostOptions { Seed = seed };
            if (!quiet)
            {
                options.Log = line => Console.WriteLine(DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + line);
            }

            using var simulator = new HostSimulator(options).Start(port, control);
            Console.WriteLine("host simulator on 127.0.0.1:" + simulator.Port +
                (simulator.ControlPort > 0 ? ", control on 127.0.0.1:" + simulator.ControlPort : string.Empty) +
                " (TEST TMK only; Ctrl+C to stop)");
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
