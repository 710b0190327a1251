using System.Globalization;
using Pos.Fleet.Common;
using Pos.Fleet.Load;
using Pos.Fleet.Storage;

namespace Pos.Bench.Fleet
{
    /// <summary>
    /// The bounded fleet load run (docs/BENCHMARKS.md, "Fleet"): "dotnet run -c Release --project tools/Pos.Bench --
    /// fleet [--terminals 1000] [--seconds 90] [--heartbeat 30] [--burst-every 10] [--burst-share 0.05] [--seed 1]
    /// [--db sqlite|sqlite:PATH|postgres:…] [--console process|in-process] [--parallel 32]". Uses the broker the
    /// environment names (POS_MQTT_PORT, POS_MQTT_CA: it must know terminals 10000001…10000000+N) or starts its own with
    /// tools/fleet/broker.sh --count N. Prints the report; exit code 1 when a goal is not met.
    /// </summary>
    public static class FleetCommand
    {
        public const string Name = "fleet";

        public const string Help = "fleet console under load on a real broker: [--terminals 1000] [--seconds 90] [--heartbeat 30] [--burst-every 10] "
            + "[--burst-share 0.05] [--seed 1] [--db sqlite|sqlite:PATH|postgres:CONNECTION] [--console process|in-process] [--parallel 32]";

        // A bounded run: the whole of it (connect, measure, drain) stays well under five minutes.
        private const int MaxSeconds = 180;

        public static int Run(string[] args)
        {
            int terminals = 1000, seconds = 90, heartbeat = 30, burstEvery = 10, seed = 1, parallel = 32;
            double burstShare = 0.05;
            DatabaseSpec? database = null;
            var hosting = ConsoleHosting.Process;
            try
            {
                for (int i = 0; i < args.Length; i += 2)
                {
                    string value = i + 1 < args.Length ? args[i + 1] : throw new FormatException(args[i] + " wants a value");
                    switch (args[i])
                    {
                        case "--terminals": terminals = Whole(value, 1, 100_000); break;
                        case "--seconds": seconds = Whole(value, 1, MaxSeconds); break;
                        case "--heartbeat": heartbeat = Whole(value, 1, 3600); break;
                        case "--burst-every": burstEvery = Whole(value, 1, 3600); break;
                        case "--burst-share": burstShare = double.Parse(value, CultureInfo.InvariantCulture) is var s and >= 0 and <= 1 ? s : throw new FormatException("--burst-share is between 0 and 1"); break;
                        case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                        case "--parallel": parallel = Whole(value, 1, 1000); break;
                        case "--db": database = value == "sqlite" ? null : DatabaseSpec.Parse(value); break;
                        case "--console": hosting = value == "in-process" ? ConsoleHosting.InProcess : value == "process" ? ConsoleHosting.Process : throw new FormatException("--console process or in-process"); break;
                        default: throw new FormatException("unknown option " + args[i]);
                    }
                }
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Help);
                return 2;
            }

            var plan = new LoadPlan
            {
                Terminals = LoadPlan.FleetTerminals(terminals),
                Duration = TimeSpan.FromSeconds(seconds),
                Heartbeat = TimeSpan.FromSeconds(heartbeat),
                BurstEvery = TimeSpan.FromSeconds(burstEvery),
                BurstShare = burstShare,
                Seed = seed,
                Database = database,
                Console = hosting,
                ConnectParallelism = parallel,
            };

            bool named = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(BrokerProcess.PortVariable));
            Console.WriteLine(named ? "broker: the environment's" : "broker: starting tools/fleet/broker.sh --count " + terminals);
            using BrokerProcess broker = named ? BrokerProcess.StartOrReuse() : BrokerProcess.StartPrivate("--count", terminals.ToString(CultureInfo.InvariantCulture));
            LoadReport report = LoadRun.RunAsync(plan, broker, Console.Out).GetAwaiter().GetResult();
            Console.WriteLine();
            report.Write(Console.Out);
            return report.Passed ? 0 : 1;
        }

        private static int Whole(string text, int min, int max) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
                ? n
                : throw new FormatException("a whole number from " + min + " to " + max + " was wanted, got " + text);
    }
}
