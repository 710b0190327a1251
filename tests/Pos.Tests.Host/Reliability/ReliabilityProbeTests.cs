using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Reliability;

namespace Pos.Tests.Host.Reliability
{
    [TestClass]
    public sealed class ReliabilityProbeTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Probe()
        {
            foreach (var plan in new[]
            {
                new RunPlan { Seed = 1, Operations = 60, FaultRate = 0, LinkDownRate = 0, HostDownRate = 0, DeclineRate = 0 },
                new RunPlan { Seed = 2, Operations = 60 },
                new RunPlan { Seed = 3, Operations = 60, RandomCutRate = 0.3 },
                new RunPlan { Seed = 4, Operations = 60, RandomCutRate = 0.3, RtcKeepsTime = false },
            })
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                RunReport r = Execute(plan);
                TestContext.WriteLine((r.Ok ? "OK " : "FAIL ") + sw.ElapsedMilliseconds + " ms, customers " + r.Operations + ", attempts " + r.Attempts + "\n" + r.Describe());
            }
        }

        [TestMethod]
        public void Sweep()
        {
            var baseline = Execute(new RunPlan { Seed = 7, Operations = 10 });
            int writes = baseline.Writes;
            var fails = new Dictionary<string, int>();
            var examples = new List<string>();
            int runs = 0;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (int keep in new[] { 0, int.MaxValue, -1 })
            {
                for (int w = 0; w < writes; w++)
                {
                    RunReport r = Execute(new RunPlan { Seed = 7, Operations = 10, CutAtWrite = w, KeepUnflushed = keep });
                    runs++;
                    if (!r.Ok)
                    {
                        foreach (var (k, n) in new[] { ("double", r.Doubles.Count), ("phantom", r.Phantoms.Count), ("missing", r.Missing.Count), ("unbalanced", r.Unbalanced.Count), ("other", r.Other.Count) })
                        {
                            if (n > 0) { fails[k] = fails.GetValueOrDefault(k) + 1; }
                        }

                        if (examples.Count < 12) { examples.Add(r.Describe()); }
                    }
                }
            }

            TestContext.WriteLine(runs + " runs over " + writes + " writes in " + sw.ElapsedMilliseconds + " ms; failing runs by kind: " + string.Join(", ", fails.Select(f => f.Key + " " + f.Value)));
            foreach (string e in examples) { TestContext.WriteLine(e); }
        }

        private static RunReport Execute(RunPlan plan) => ReliabilityRun.Execute(plan);
    }
}
