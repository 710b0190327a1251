using System.Diagnostics;
using Pos.Reliability;

namespace Pos.Bench.Reliability
{
    /// <summary>
    /// The long reliability run (docs/RELIABILITY.md): "dotnet run -c Release --project tools/Pos.Bench -- reliability
    /// [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] [--sweep-operations 40]". Runs the exhaustive
    /// single-cut sweep, then the random multi-cut runs with the clock kept and lost at cuts, and prints the counts of
    /// every broken invariant. Exit code 1 when any run broke one. "--one SEED [--clock-lost]" runs one seed of the
    /// random runs (or, with --cut-at, of the sweep) and prints its verdict and, when it failed, the terminal's log with the cashier's view in it.
    /// </summary>
    public static class ReliabilityCommand
    {
        public const string Name = "reliability";

        public const string Help = "terminal-level power-cut runs against the host ledger: [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] [--sweep-operations 40] | --one SEED [--clock-lost] [--cut-at WRITE --keep 0|all|random]";

        public static int Run(string[] args)
        {
            int runs = 10_000;
            int seed = 1;
            int operations = 40;
            double cutRate = 0.3;
            int sweepOperations = 40;
            int one = -1;
            bool clockLost = false;
            int cutAt = -1;
            int keep = -1;
            for (int i = 0; i < args.Length; i += 2)
            {
                if (args[i] == "--clock-lost")
                {
                    clockLost = true;
                    i--;
                    continue;
                }

                if (i + 1 >= args.Length)
                {
                    Console.Error.WriteLine("option " + args[i] + " needs a value");
                    return 2;
                }

                switch (args[i])
                {
                    case "--one":
                        one = int.Parse(args[i + 1]);
                        break;
                    case "--cut-at":
                        cutAt = int.Parse(args[i + 1]);
                        break;
                    case "--keep":
                        keep = args[i + 1] == "all" ? int.MaxValue : args[i + 1] == "random" ? -1 : int.Parse(args[i + 1]);
                        break;
                    case "--runs":
                        runs = int.Parse(args[i + 1]);
                        break;
                    case "--seed":
                        seed = int.Parse(args[i + 1]);
                        break;
                    case "--operations":
                        operations = int.Parse(args[i + 1]);
                        break;
                    case "--cut-rate":
                        cutRate = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case "--sweep-operations":
                        sweepOperations = int.Parse(args[i + 1]);
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i]);
                        return 2;
                }
            }

            if (one >= 0)
            {
                RunReport report = ReliabilityRun.Execute(new RunPlan
                {
                    Seed = one, Operations = operations, RandomCutRate = cutAt >= 0 ? 0 : cutRate, RtcKeepsTime = !clockLost, CutAtWrite = cutAt,
                    KeepUnflushed = keep,
                });
                Console.WriteLine((report.Ok ? "ok: " : "FAILED: ") + report.Describe());
                foreach (string line in report.Trace)
                {
                    Console.WriteLine("  " + line);
                }

                return report.Ok ? 0 : 1;
            }

            var results = new List<CampaignResult>();
            var clock = Stopwatch.StartNew();
            results.Add(Report(Campaigns.SingleCutSweep(new RunPlan { Seed = seed, Operations = sweepOperations }), clock));
            results.Add(Report(Campaigns.RandomCuts(runs / 2, seed, operations, cutRate), clock));
            results.Add(Report(Campaigns.RandomCuts(runs - (runs / 2), seed + (runs / 2), operations, cutRate, rtcKeepsTime: false), clock));
            int failed = results.Sum(r => r.FailedRuns);
            Console.WriteLine("total: " + results.Sum(r => r.Runs) + " runs, " + failed + " failing, "
                + results.Sum(r => r.Doubles) + " double, " + results.Sum(r => r.Phantoms) + " phantom, " + results.Sum(r => r.Missing)
                + " missing, " + results.Sum(r => r.Unbalanced) + " unbalanced, " + results.Sum(r => r.Other) + " other");
            return failed == 0 ? 0 : 1;
        }

        private static CampaignResult Report(CampaignResult result, Stopwatch clock)
        {
            Console.WriteLine(result.Describe());
            Console.WriteLine("  (" + clock.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s so far)");
            return result;
        }
    }
}
