using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using Pos.Hal.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// Power-cut proofs of the journal over the fault-injecting fake (LittleFS -P1 / NVS "fail after N" / SQLite
    /// crash.test habits): an exhaustive single-cut sweep and seeded multi-cut runs. The oracle after every cut:
    /// the recovered logical state equals the state before the interrupted call or after it — so every acknowledged
    /// item is there exactly once and in order, the in-flight one is absent or whole, nothing is invented, and the
    /// counters are never below an acknowledged value. The workload then carries on and is checked again.
    /// The same runs go over a drive without an atomic truncate mounted through <see cref="SideFileStorage"/>, as the
    /// device mounts its drive: a torn tail is then cut through a side file, and a second cut lands on every write of
    /// that protocol.
    /// </summary>
    [TestClass]
    public class PowerCutSweepTests
    {
        private const long SweepSeed = 20261122;
        private const int SweepCalls = 240;
        private const int MultiCutCalls = 60;
        private const int CutsPerRun = 3;
        private const int SideFileCalls = 80;

        /// <summary>Tear variants of the sweep: drop every unflushed byte, keep them all, keep a seeded torn prefix.</summary>
        private const int Variants = 3;

        /// <summary>A fourth tear, for the first cut of the side-file sweep: half the unflushed bytes, a torn record.</summary>
        private const int KeepHalf = 3;

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Exhaustive_single_cut_sweep()
        {
            Sweep(false);
        }

        /// <summary>The same sweep with keyed entries in the workload (their own records, their values in the flash,
        /// carried by compaction, in groups): every entry and value recovered is the old state's or the new one's.</summary>
        [TestMethod]
        public void Exhaustive_single_cut_sweep_with_keyed_entries()
        {
            Sweep(true);
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

            MultiCut(runs, false);
        }

        [TestMethod]
        public void Seeded_multi_cut_runs_on_a_drive_without_atomic_truncate()
        {
            MultiCut(2_000, true);
        }

        [TestMethod]
        public void Seeded_multi_cut_runs_with_keyed_entries()
        {
            MultiCut(2_000, false, true);
        }

        /// <summary>
        /// Over a drive without an atomic truncate: a first cut at every mutation of the workload tearing half of the
        /// unflushed bytes, so that recovery cuts a torn record off through a side file; then, for each, a second cut
        /// at every write of that recovery (the side-file protocol's delete, appends, flush, delete and rename, and
        /// what follows) with each tear variant. After every cut the log recovers to the state before or after the
        /// interrupted call, with no side file left; nothing is lost or doubled, and the workload goes on.
        /// </summary>
        [TestMethod]
        public void Every_write_of_a_side_file_truncate_cut_recovers_the_log_whole()
        {
            var watch = Stopwatch.StartNew();
            var probe = RunWithCuts(SweepSeed, SideFileCalls, new CutPlan { Points = new[] { int.MaxValue }, SideFiles = true });
            int total = probe.Mutations;
            int runs = 0, cuts = 0, sideFileRecoveries = 0, protocolCuts = 0;
            for (int n = 0; n < total; n++)
            {
                var first = RunWithCuts(SweepSeed, SideFileCalls, new CutPlan { Points = new[] { n }, Variants = new[] { KeepHalf }, SideFiles = true });
                runs++;
                cuts += first.Cuts;
                if (first.SideFileBoots == 0)
                {
                    continue;
                }

                sideFileRecoveries++;
                for (int k = 0; k < first.RecoveryWrites; k++)
                {
                    for (int variant = 0; variant < Variants; variant++)
                    {
                        var second = RunWithCuts(SweepSeed, SideFileCalls,
                            new CutPlan { Points = new[] { n, k }, Variants = new[] { KeepHalf, variant }, SideFiles = true });
                        Assert.AreEqual(2, second.Cuts, $"cut {n}, then write {k} of its recovery");
                        runs++;
                        cuts += second.Cuts;
                        protocolCuts++;
                    }
                }
            }

            Assert.IsTrue(sideFileRecoveries >= 20, $"recoveries through a side file: {sideFileRecoveries}");
            Report($"side-file sweep: {SideFileCalls} journal calls, {total} storage mutations; {sideFileRecoveries} first cuts left a torn " +
                   $"record that recovery cut off through a side file; a second cut at each of the {protocolCuts / Variants} writes of those " +
                   $"recoveries x {Variants} tears; {runs} runs, {cuts} cuts; {watch.Elapsed.TotalSeconds:F1} s");
        }

        private void Sweep(bool entries)
        {
            var watch = Stopwatch.StartNew();
            var storage = new SimulatedStorage(256 * 1024);
            var clock = NewClock();
            var journal = new Journal(storage, CrashWorkload.Options(), clock);
            journal.Open();
            var model = new JournalModel();
            var workload = new CrashWorkload(SweepSeed, clock, entries);
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
                    var result = RunWithCuts(SweepSeed, SweepCalls, new CutPlan { Points = new[] { n }, Variants = new[] { variant }, Entries = entries });
                    runs++;
                    cuts += result.Cuts;
                    inFlightKept += result.InFlightKept;
                }
            }

            Assert.AreEqual(total * Variants, cuts, "every mutation index below the total fires exactly one cut per variant");
            string mix = string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"));
            Report($"single-cut sweep{(entries ? " with keyed entries" : string.Empty)}: {SweepCalls} journal calls ({mix}), {compactions} compactions, {total} storage mutations; " +
                   $"{runs} runs (cut points 0..{total} x {Variants} tear variants), {cuts} cuts, in-flight call survived {inFlightKept} times; {watch.Elapsed.TotalSeconds:F1} s");
        }

        private void MultiCut(int runs, bool sideFiles, bool entries = false)
        {
            var watch = Stopwatch.StartNew();
            int cuts = 0, inFlightKept = 0, sideFileBoots = 0;
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

                var result = RunWithCuts(7_000_000 + r, MultiCutCalls, new CutPlan { Points = points, Rng = rng, SideFiles = sideFiles, Entries = entries });
                cuts += result.Cuts;
                inFlightKept += result.InFlightKept;
                sideFileBoots += result.SideFileBoots;
            }

            string drive = sideFiles ? $" over side-file truncation ({sideFileBoots} recoveries cut a tail through a side file)" : entries ? " with keyed entries" : string.Empty;
            Report($"multi-cut{drive}: {runs} seeded runs x {MultiCutCalls} journal calls, up to {CutsPerRun} cuts each at random points with random tears: " +
                   $"{cuts} cuts fired, in-flight call survived {inFlightKept} times; {watch.Elapsed.TotalSeconds:F1} s");
            Assert.IsTrue(cuts >= runs, "most runs should see cuts");
            Assert.IsTrue(!sideFiles || sideFileBoots > 0, "some recoveries should cut a tail through a side file");
        }

        /// <summary>
        /// Where and how a run cuts the power. Points[0] counts mutations from the start; the others count from each
        /// reboot and are armed before recovery, so a cut can hit recovery too. Variants holds each point's tear (0 drop
        /// the unflushed bytes, 1 keep them, 2 a seeded torn prefix, 3 keep half); without it <see cref="Rng"/> tears
        /// at random. SideFiles: a drive without an atomic truncate, mounted through <see cref="SideFileStorage"/>.
        /// </summary>
        private sealed class CutPlan
        {
            public required int[] Points { get; init; }

            public int[]? Variants { get; init; }

            public SeededRandom? Rng { get; init; }

            public bool SideFiles { get; init; }

            /// <summary>Keyed entries in the workload (<see cref="CrashWorkload"/>).</summary>
            public bool Entries { get; init; }

            public int VariantOf(int point) => Variants?[point] ?? -1;
        }

        private sealed class RunResult
        {
            public int Cuts;
            public int InFlightKept;

            /// <summary>Storage mutations of the whole run.</summary>
            public int Mutations;

            /// <summary>Mutations of the first recovery after a cut that it completed (-1: none).</summary>
            public int RecoveryWrites = -1;

            /// <summary>Recoveries that cut a tail through a side file.</summary>
            public int SideFileBoots;
        }

        /// <summary>Runs the workload and cuts the power as <paramref name="plan"/> says, checking the oracle after every cut.</summary>
        private static RunResult RunWithCuts(long seed, int calls, CutPlan plan)
        {
            var result = new RunResult();
            var options = CrashWorkload.Options();
            var storage = new SimulatedStorage(256 * 1024) { AtomicTruncate = !plan.SideFiles };
            var clock = NewClock();
            int nextPoint = 0;
            Arm(storage, plan, nextPoint++);

            var model = new JournalModel();
            var workload = new CrashWorkload(seed, clock, plan.Entries);
            Journal journal = OpenSurviving(storage, clock, options, model, null, plan, ref nextPoint, result);
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
                    if (nextPoint < plan.Points.Length)
                    {
                        Arm(storage, plan, nextPoint++);
                    }

                    journal = OpenSurviving(storage, clock, options, model, step.After, plan, ref nextPoint, result);
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
            result.Mutations = storage.MutationCount;
            Assert.AreEqual(model.Signature(), JournalModel.Signature(journal), $"seed {seed}: end of workload");
            clock.Restart();
            var final = new Journal(Mount(storage.Reboot(), plan), options, clock);
            RecoveryReport report = final.Open();
            Assert.AreNotEqual(RecoveryStatus.Corrupt, report.Status, $"seed {seed}: final reboot");
            Assert.AreEqual(model.Signature(), JournalModel.Signature(final), $"seed {seed}: after the final reboot");
            model.CheckClock(final);
            model.FollowRecoveredCounters(final);
            return result;
        }

        private static SimulatedClock NewClock() => new(new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc));

        /// <summary>The drive as the journal sees it: the simulated flash itself, or mounted through side files.</summary>
        private static IStorage Mount(SimulatedStorage storage, CutPlan plan) => plan.SideFiles ? new SideFileStorage(storage) : storage;

        /// <summary>Opens after a boot, rebooting again whenever a cut hits recovery itself, and checks the oracle.</summary>
        private static Journal OpenSurviving(SimulatedStorage storage, SimulatedClock clock, JournalOptions options, JournalModel before, JournalModel? after,
            CutPlan plan, ref int nextPoint, RunResult result)
        {
            while (true)
            {
                clock.Restart();
                int start = storage.MutationCount;
                try
                {
                    // Mounting settles side files: a cut can land there too.
                    IStorage drive = Mount(storage, plan);
                    var journal = new Journal(drive, options, clock);
                    RecoveryReport report = journal.Open();
                    Assert.IsFalse(storage.List().Any(SideFileStorage.IsSideFile), "a side file outlived recovery");
                    if (after != null && result.RecoveryWrites < 0)
                    {
                        result.RecoveryWrites = storage.MutationCount - start;
                    }

                    if (drive is SideFileStorage { UsesSideFiles: true })
                    {
                        result.SideFileBoots++;
                    }

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
                    if (nextPoint < plan.Points.Length)
                    {
                        Arm(storage, plan, nextPoint++);
                    }
                }
            }
        }

        private static void Arm(SimulatedStorage storage, CutPlan plan, int point)
        {
            int distance = plan.Points[point];
            int index = distance == int.MaxValue ? int.MaxValue : storage.MutationCount + distance;
            switch (plan.VariantOf(point))
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
                case KeepHalf:
                    storage.ArmPowerCut(index, (name, unflushed) => unflushed / 2);
                    break;
                default:
                    SeededRandom r = plan.Rng!;
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
