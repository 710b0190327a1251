using System.Diagnostics;
using Pos.Reliability;

namespace Pos.Bench.Reliability
{
    /// <summary>
    /// The long reliability run (docs/RELIABILITY.md): "dotnet run -c Release --project tools/Pos.Bench -- reliability
    /// [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] [--sweep-operations 12]". Runs the exhaustive
    /// single-cut sweep, then the random multi-cut runs with the clock kept and lost at cuts, and prints the counts of
    /// every broken invariant. Exit code 1 when any run broke one.
    /// </summary>
    public static class ReliabilityCommand
    {
        public const string Name = "reliability";

        public const string Help = "terminal-level power-cut runs against the host ledger: [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] [--sweep-operations 12]";

        public static int Run(string[] args)
        {
            int runs = 10_000;
            int seed = 1;
            int operations = 40;
            double cutRate = 0.3;
            int sweepOperations = 12;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
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
