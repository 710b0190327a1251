using System.Diagnostics;
using Pos.Reliability;

namespace Pos.Bench.Reliability
{
    /// <summary>
    /// The long reliability run (docs/RELIABILITY.md): "dotnet run -c Release --project tools/Pos.Bench -- reliability
    /// [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] [--sweep-operations 40] [rates]". Runs the exhaustive
    /// single-cut sweep, then the random multi-cut runs with the clock kept and lost at cuts, and prints the counts of
    /// every broken invariant. Exit code 1 when any run broke one. "--one SEED [--clock-lost]" runs one seed of the
    /// random runs (or, with --cut-at, of the sweep) and prints its verdict and, when it failed, the terminal's log with the cashier's view in it.
    /// </summary>
    public static class ReliabilityCommand
    {
        public const string Name = "reliability";

        public const string Help = "terminal-level power-cut runs against the host ledger: [--runs 10000] [--seed 1] [--operations 40] [--cut-rate 0.3] "
            + "[--sweep-operations 40] [--fault-rate 0.15 --link-down-rate 0.15 --host-down-rate 0.05 --flap-rate 0.1 --decline-rate 0.1 "
            + "--void-rate 0.08 --refund-rate 0.07 --settle-rate 0.04] | --one SEED [--clock-lost] [--cut-at WRITE --keep 0|all|random]";

        // The world's rates a run can be given (RunPlan's defaults otherwise): per customer, or per exchange for faults.
        private static readonly Dictionary<string, Action<RunPlan, double>> Rates = new()
        {
            ["--fault-rate"] = (p, v) => p.FaultRate = v,
            ["--link-down-rate"] = (p, v) => p.LinkDownRate = v,
            ["--host-down-rate"] = (p, v) => p.HostDownRate = v,
            ["--flap-rate"] = (p, v) => p.FlapRate = v,
            ["--decline-rate"] = (p, v) => p.DeclineRate = v,
            ["--void-rate"] = (p, v) => p.VoidRate = v,
            ["--refund-rate"] = (p, v) => p.RefundRate = v,
            ["--settle-rate"] = (p, v) => p.SettleRate = v,
            ["--cut-rate"] = (p, v) => p.RandomCutRate = v,
        };

        public static int Run(string[] args)
        {
            int runs = 10_000;
            var plan = new RunPlan { Seed = 1, Operations = 40, RandomCutRate = 0.3 };
            int sweepOperations = 40;
            int one = -1;
            for (int i = 0; i < args.Length; i += 2)
            {
                if (args[i] == "--clock-lost")
                {
                    plan.RtcKeepsTime = false;
                    i--;
                    continue;
                }

                if (i + 1 >= args.Length)
                {
                    Console.Error.WriteLine("option " + args[i] + " needs a value");
                    return 2;
                }

                string value = args[i + 1];
                if (Rates.TryGetValue(args[i], out Action<RunPlan, double>? set))
                {
                    double rate = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    if (rate < 0 || rate > 1)
                    {
                        Console.Error.WriteLine(args[i] + " is a rate between 0 and 1");
                        return 2;
                    }

                    set(plan, rate);
                    continue;
                }

                switch (args[i])
                {
                    case "--one":
                        one = int.Parse(value);
                        break;
                    case "--cut-at":
                        plan.CutAtWrite = int.Parse(value);
                        break;
                    case "--keep":
                        plan.KeepUnflushed = value == "all" ? int.MaxValue : value == "random" ? -1 : int.Parse(value);
                        break;
                    case "--runs":
                        runs = int.Parse(value);
                        break;
                    case "--seed":
                        plan.Seed = int.Parse(value);
                        break;
                    case "--operations":
                        plan.Operations = int.Parse(value);
                        break;
                    case "--sweep-operations":
                        sweepOperations = int.Parse(value);
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i]);
                        return 2;
                }
            }

            if (one >= 0)
            {
                plan.Seed = one;
                if (plan.CutAtWrite >= 0)
                {
                    plan.RandomCutRate = 0;
                }

                RunReport report = ReliabilityRun.Execute(plan);
                Console.WriteLine((report.Ok ? "ok: " : "FAILED: ") + report.Describe());
                Console.WriteLine("coverage: " + report.Coverage());
                foreach (string line in report.Trace)
                {
                    Console.WriteLine("  " + line);
                }

                return report.Ok ? 0 : 1;
            }

            var results = new List<CampaignResult>();
            var clock = Stopwatch.StartNew();
            RunPlan sweep = plan.Copy();
            sweep.Operations = sweepOperations;
            sweep.RandomCutRate = 0;
            results.Add(Report(Campaigns.SingleCutSweep(sweep), clock));
            RunPlan kept = plan.Copy();
            kept.RtcKeepsTime = true;
            results.Add(Report(Campaigns.RandomCuts(runs / 2, kept), clock));
            RunPlan lost = plan.Copy();
            lost.RtcKeepsTime = false;
            lost.Seed = plan.Seed + (runs / 2);
            results.Add(Report(Campaigns.RandomCuts(runs - (runs / 2), lost), clock));
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
