using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// Power-cut proofs of the journal over the fault-injecting fake (LittleFS -P1 / NVS "fail after N" / SQLite
    /// crash.test habits): an exhaustive single-cut sweep and seeded multi-cut runs. The oracle after every cut:
    /// the recovered logical state equals the state before the interrupted call or after it — so every acknowledged
    /// item is there exactly once and in order, the in-flight one is absent or whole, nothing is invented, and the
    /// counters are never below an acknowledged value. The workload then carries on and is checked again.
    /// </summary>
    [TestClass]
    public class PowerCutSweepTests
    {
        private const long SweepSeed = 20261122;
        private const int SweepCalls = 240;
        private const int MultiCutCalls = 60;
        private const int CutsPerRun = 3;

        /// <summary>Tear variants of the sweep: drop every unflushed byte, keep them all, keep a seeded torn prefix.</summary>
        private const int Variants = 3;

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Exhaustive_single_cut_sweep()
        {
            var watch = Stopwatch.StartNew();
            var storage = new SimulatedStorage(256 * 1024);
            var clock = NewClock();
            var journal = new Journal(storage, CrashWorkload.Options(), clock);
            journal.Open();
            var model = new JournalModel();
            var workload = new CrashWorkload(SweepSeed, clock);
            var counts = new Dictionary<string, int>();
            for (int i = 0; i < SweepCalls; i++)
            {
                WorkloadStep step = workload.Next(model);
                step.Run(journal);
                model = step.After;
                model.LearnClock(journal);
                counts[step.Name] = counts.GetValueOrDefault(step.Name) + 1;
            }

            Assert.AreEqual(model.Signature(), JournalModel.Signature(journal));
            int total = storage.MutationCount;
            int compactions = journal.Compactions;
            Assert.IsTrue(compactions >= 3, $"the workload should compact several times, did {compactions}");

            int runs = 0, cuts = 0, inFlightKept = 0;
            for (int n = 0; n <= total; n++)
            {
                for (int variant = 0; variant < Variants; variant++)
                {
                    var result = RunWithCuts(SweepSeed, SweepCalls, new[] { n }, variant, null);
                    runs++;
                    cuts += result.Cuts;
                    inFlightKept += result.InFlightKept;
                }
            }

            Assert.AreEqual(total * Variants, cuts, "every mutation index below the total fires exactly one cut per variant");
            string mix = string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"));
            Report($"single-cut sweep: {SweepCalls} journal calls ({mix}), {compactions} compactions, {total} storage mutations; " +
                   $"{runs} runs (cut points 0..{total} x {Variants} tear variants), {cuts} cuts, in-flight call survived {inFlightKept} times; {watch.Elapsed.TotalSeconds:F1} s");
        }

        [TestMethod]
        public void Seeded_multi_cut_runs()
        {
            int runs = 10_000;
            string? env = Environment.GetEnvironmentVariable("POS_MULTICUT_RUNS");
            if (!string.IsNullOrEmpty(env))
            {
                runs = int.Parse(env, System.Globalization.CultureInfo.InvariantCulture);
            }

            var watch = Stopwatch.StartNew();
            int cuts = 0, inFlightKept = 0;
            for (int r = 0; r < runs; r++)
            {
                var rng = new SeededRandom(7_000_000 + r);
                int[] points = new int[CutsPerRun];
                // Distances between cuts; a distance of 0 after a reboot lands the cut inside recovery itself.
                points[0] = rng.Next(0, 160);
                for (int k = 1; k < CutsPerRun; k++)
                {
                    points[k] = rng.Next(0, 60);
                }

                var result = RunWithCuts(7_000_000 + r, MultiCutCalls, points, -1, rng);
                cuts += result.Cuts;
                inFlightKept += result.InFlightKept;
            }

            Report($"multi-cut: {runs} seeded runs x {MultiCutCalls} journal calls, up to {CutsPerRun} cuts each at random points with random tears: " +
                   $"{cuts} cuts fired, in-flight call survived {inFlightKept} times; {watch.Elapsed.TotalSeconds:F1} s");
            Assert.IsTrue(cuts >= runs, "most runs should see cuts");
        }

        private sealed class RunResult
        {
            public int Cuts;
            public int InFlightKept;
        }

        /// <summary>
        /// Runs the workload and cuts the power at the given points. For the sweep, points[0] is an absolute mutation
        /// index. For multi-cut runs, points are distances: the first from the start, the others from each reboot
        /// (armed before recovery, so a cut can hit recovery too). variant -1 tears at random with <paramref name="rng"/>.
        /// </summary>
        private static RunResult RunWithCuts(long seed, int calls, int[] points, int variant, SeededRandom? rng)
        {
            var result = new RunResult();
            var options = CrashWorkload.Options();
            var storage = new SimulatedStorage(256 * 1024);
            var clock = NewClock();
            int nextPoint = 0;
            Arm(storage, points[nextPoint++], variant, rng, storage);

            var model = new JournalModel();
            var workload = new CrashWorkload(seed, clock);
            Journal journal = OpenSurviving(storage, clock, options, model, null, points, ref nextPoint, variant, rng, result);
            model.FollowRecoveredCounters(journal);
            for (int i = 0; i < calls; i++)
            {
                WorkloadStep step = workload.Next(model);
                try
                {
                    step.Run(journal);
                    model = step.After;
                    model.LearnClock(journal);
                }
                catch (PowerCutException)
                {
                    result.Cuts++;
                    storage.Reboot();
                    if (nextPoint < points.Length && rng != null)
                    {
                        Arm(storage, points[nextPoint++], variant, rng, null);
                    }

                    journal = OpenSurviving(storage, clock, options, model, step.After, points, ref nextPoint, variant, rng, result);
                    string recovered = JournalModel.Signature(journal);
                    if (recovered == step.After.Signature() && (step.Name != "reserve" || journal.State.StanCount >= step.After.StanCount))
                    {
                        model = step.After;
                        result.InFlightKept++;
                    }

                    // Every STAN handed out stays behind the recovered count (the in-flight one too, when it survived).
                    model.FollowRecoveredCounters(journal);
                    model.LearnClock(journal);
                }
            }

            storage.Disarm();
            Assert.AreEqual(model.Signature(), JournalModel.Signature(journal), $"seed {seed}: end of workload");
            clock.Restart();
            var final = new Journal(storage.Reboot(), options, clock);
            RecoveryReport report = final.Open();
            Assert.AreNotEqual(RecoveryStatus.Corrupt, report.Status, $"seed {seed}: final reboot");
            Assert.AreEqual(model.Signature(), JournalModel.Signature(final), $"seed {seed}: after the final reboot");
            model.CheckClock(final);
            model.FollowRecoveredCounters(final);
            return result;
        }

        private static SimulatedClock NewClock() => new(new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc));

        /// <summary>Opens after a boot, rebooting again whenever a cut hits recovery itself, and checks the oracle.</summary>
        private static Journal OpenSurviving(SimulatedStorage storage, SimulatedClock clock, JournalOptions options, JournalModel before, JournalModel? after,
            int[] points, ref int nextPoint, int variant, SeededRandom? rng, RunResult result)
        {
            while (true)
            {
                clock.Restart();
                var journal = new Journal(storage, options, clock);
                try
                {
                    RecoveryReport report = journal.Open();
                    Assert.AreNotEqual(RecoveryStatus.Corrupt, report.Status, "a power cut must never look like corruption");
                    Assert.IsTrue(journal.State.StanCount >= before.StanCount, $"STAN count went back: {journal.State.StanCount} < {before.StanCount}");
                    before.CheckClock(journal);
                    string recovered = JournalModel.Signature(journal);
                    if (recovered != before.Signature() && (after == null || recovered != after.Signature()))
                    {
                        Assert.Fail($"recovered state is neither the old nor the new one\n got {recovered}\n old {before.Signature()}\n new {after?.Signature()}");
                    }

                    return journal;
                }
                catch (PowerCutException)
                {
                    result.Cuts++;
                    storage.Reboot();
                    if (nextPoint < points.Length && rng != null)
                    {
                        Arm(storage, points[nextPoint++], variant, rng, null);
                    }
                }
            }
        }

        private static void Arm(SimulatedStorage storage, int point, int variant, SeededRandom? rng, SimulatedStorage? absolute)
        {
            int index = absolute != null ? point : storage.MutationCount + point;
            switch (variant)
            {
                case 0:
                    storage.ArmPowerCut(index, 0);
                    break;
                case 1:
                    storage.ArmPowerCut(index, SimulatedStorage.KeepAllUnflushed);
                    break;
                case 2:
                    var tear = new SeededRandom(index);
                    storage.ArmPowerCut(index, (name, unflushed) => tear.Next(unflushed + 1));
                    break;
                default:
                    SeededRandom r = rng!;
                    storage.ArmPowerCut(index, (name, unflushed) => r.Next(unflushed + 1));
                    break;
            }
        }

        private void Report(string line)
        {
            Console.WriteLine(line);
            TestContext.WriteLine(line);
        }
    }
}
