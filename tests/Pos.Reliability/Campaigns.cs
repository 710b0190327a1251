namespace Pos.Reliability
{
    /// <summary>
    /// Many runs at once: the exhaustive single-cut sweep (the power goes at every storage write of a base run, with
    /// the unflushed tail dropped, kept whole, or torn at a random byte) and random multi-cut runs (cuts in random
    /// groups, one seed per run). Runs are independent worlds, so they go in parallel.
    /// </summary>
    public static class Campaigns
    {
        /// <summary>The tear modes of the sweep: drop the unflushed tail, keep it all, keep a random part.</summary>
        public static readonly int[] TearModes = { 0, int.MaxValue, -1 };

        /// <summary>Cuts the power once at every write of <paramref name="basePlan"/>'s run, in every tear mode.</summary>
        public static CampaignResult SingleCutSweep(RunPlan basePlan, int maxParallel = 0)
        {
            RunReport baseline = ReliabilityRun.Execute(basePlan);
            var result = new CampaignResult { Name = "single-cut sweep over " + baseline.Writes + " writes of (" + basePlan + ")" };
            result.Add(baseline);
            var plans = new List<RunPlan>();
            foreach (int keep in TearModes)
            {
                for (int write = 0; write < baseline.Writes; write++)
                {
                    plans.Add(Copy(basePlan, write, keep));
                }
            }

            Run(plans, result, maxParallel);
            return result;
        }

        /// <summary><paramref name="runs"/> runs of seeds <paramref name="firstSeed"/>.. with random cuts after operations.</summary>
        public static CampaignResult RandomCuts(int runs, int firstSeed, int operations, double cutRate, bool rtcKeepsTime = true, int maxParallel = 0) =>
            RandomCuts(runs, new RunPlan { Seed = firstSeed, Operations = operations, RandomCutRate = cutRate, RtcKeepsTime = rtcKeepsTime }, maxParallel);

        /// <summary><paramref name="runs"/> runs like <paramref name="template"/>, seeds from its seed on.</summary>
        public static CampaignResult RandomCuts(int runs, RunPlan template, int maxParallel = 0)
        {
            var result = new CampaignResult
            {
                Name = "random multi-cut runs (seeds " + template.Seed + ".." + (template.Seed + runs - 1) + ", " + template.Operations
                    + " operations, cut rate " + template.RandomCutRate.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + (template.RtcKeepsTime ? string.Empty : ", clock lost at cuts") + ")",
            };
            var plans = new List<RunPlan>();
            for (int i = 0; i < runs; i++)
            {
                RunPlan plan = template.Copy();
                plan.Seed = template.Seed + i;
                plans.Add(plan);
            }

            Run(plans, result, maxParallel);
            return result;
        }

        private static void Run(List<RunPlan> plans, CampaignResult result, int maxParallel)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallel > 0 ? maxParallel : Environment.ProcessorCount };
            Parallel.ForEach(plans, options, plan => result.Add(ReliabilityRun.Execute(plan)));
        }

        private static RunPlan Copy(RunPlan p, int write, int keep)
        {
            RunPlan plan = p.Copy();
            plan.CutAtWrite = write;
            plan.KeepUnflushed = keep;
            return plan;
        }
    }
}
