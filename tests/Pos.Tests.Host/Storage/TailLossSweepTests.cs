using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// Losses the storage contract does not allow, which a terminal still meets (a rotten record, a salvage, a file
    /// that comes back shorter): after each, no STAN is handed out again and the batch does not go back where the
    /// journal can know it. The crash workload runs once without cuts; then the last generation's tail is cut at every
    /// byte after its snapshot, and every record after the snapshot is made to rot, each on a copy of the volume.
    /// </summary>
    [TestClass]
    public class TailLossSweepTests
    {
        private const long Seed = 20261123;
        private const int Calls = 240;

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void A_tail_cut_at_any_byte_never_hands_out_a_STAN_again()
        {
            var watch = Stopwatch.StartNew();
            var (storage, file, model) = RunWorkload();
            byte[] bytes = storage.Contents(file);
            int[] starts = FrameStarts(bytes);
            int tailStart = SnapshotEnd(bytes, starts);
            int detected = 0, silent = 0, silentCovered = 0, beyond = 0, reused = 0;
            for (int cut = tailStart; cut < bytes.Length; cut++)
            {
                SimulatedStorage copy = storage.Copy();
                copy.Truncate(file, cut);
                var journal = new Journal(copy, CrashWorkload.Options());
                RecoveryReport report = journal.Open();
                Assert.AreNotEqual(RecoveryStatus.Corrupt, report.Status, $"cut at {cut}");
                bool atBoundary = Array.IndexOf(starts, cut) >= 0;
                int lostReservations = ReservationsFrom(bytes, starts, cut);
                journal.ReserveStan();
                uint next = journal.State.StanCount;
                bool fresh = next > model.StanCount;
                if (!atBoundary)
                {
                    // A cut inside a record is seen: the skip goes past every STAN the lost records could hold.
                    detected++;
                    Assert.AreEqual(RecoveryStatus.TailTruncated, report.Status, $"cut at {cut}");
                    Assert.IsTrue(fresh, $"cut at {cut}: STAN count {next} after {model.StanCount} handed out");
                }
                else
                {
                    // Whole records gone leave nothing to see: the boot's skip past the reservation and one block
                    // covers the loss of the newest reservation; more than that is beyond what the file can tell.
                    silent++;
                    if (lostReservations <= 1)
                    {
                        silentCovered++;
                        Assert.IsTrue(fresh, $"cut at {cut} ({lostReservations} reservation lost): STAN count {next} after {model.StanCount}");
                    }
                    else
                    {
                        beyond++;
                        reused += fresh ? 0 : 1;
                    }
                }

                // A detected loss's skip is durable: the next boot (a clean file now) does not go back.
                var again = new Journal(copy.Reboot(), CrashWorkload.Options());
                again.Open();
                again.ReserveStan();
                Assert.IsTrue(again.State.StanCount > next, $"cut at {cut}: after the next boot");
            }

            Report($"tail cuts: {bytes.Length - tailStart} cut points after the snapshot of {file} ({starts.Length} records); {detected} inside a record " +
                   $"(detected, no STAN reused), {silent} at a record boundary ({silentCovered} with at most the newest reservation lost: no STAN " +
                   $"reused; {beyond} with more reservations lost, beyond what the file can tell: {reused} of them hand out a STAN again, " +
                   $"the window in docs/STORAGE.md); {watch.Elapsed.TotalSeconds:F1} s");
        }

        [TestMethod]
        public void A_rotten_record_anywhere_after_the_snapshot_takes_back_neither_a_STAN_nor_the_batch()
        {
            var watch = Stopwatch.StartNew();
            var (storage, file, model) = RunWorkload();
            byte[] bytes = storage.Contents(file);
            int[] starts = FrameStarts(bytes);
            int tailStart = SnapshotEnd(bytes, starts);
            int truncated = 0, salvaged = 0;
            foreach (int start in starts.Where(s => s >= tailStart))
            {
                SimulatedStorage copy = storage.Copy();
                copy.CorruptByte(file, start + RecordFormat.HeaderSize, 0x20);
                var journal = new Journal(copy, CrashWorkload.Options());
                RecoveryReport report = journal.Open();
                if (report.Status == RecoveryStatus.Corrupt)
                {
                    salvaged++;
                    Assert.IsTrue(journal.Salvage() > 0);
                }
                else
                {
                    truncated++;
                    Assert.AreEqual(RecoveryStatus.TailTruncated, report.Status, $"record at {start}");
                }

                Assert.IsTrue(journal.State.BatchCount >= model.BatchCount, $"record at {start}: batch {journal.State.BatchCount} < {model.BatchCount}");
                journal.ReserveStan();
                Assert.IsTrue(journal.State.StanCount > model.StanCount, $"record at {start}: STAN count {journal.State.StanCount} after {model.StanCount}");
                var again = new Journal(copy.Reboot(), CrashWorkload.Options());
                Assert.AreEqual(RecoveryStatus.Clean, again.Open().Status);
                Assert.IsTrue(again.State.BatchCount >= model.BatchCount);
                again.ReserveStan();
                Assert.IsTrue(again.State.StanCount > journal.State.StanCount);
            }

            Report($"rotten records: {truncated + salvaged} records after the snapshot, each rotten in turn: {truncated} the last (tail cut), " +
                   $"{salvaged} in the middle (corrupt, salvaged); no STAN reused, batch never back; {watch.Elapsed.TotalSeconds:F1} s");
        }

        // The crash workload without cuts; the model's STAN count is the last one handed out.
        private static (SimulatedStorage Storage, string File, JournalModel Model) RunWorkload()
        {
            var storage = new SimulatedStorage(256 * 1024);
            var clock = new SimulatedClock(new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc));
            var journal = new Journal(storage, CrashWorkload.Options(), clock);
            journal.Open();
            var model = new JournalModel();
            var workload = new CrashWorkload(Seed, clock);
            for (int i = 0; i < Calls; i++)
            {
                WorkloadStep step = workload.Next(model);
                step.Run(journal);
                model = step.After;
            }

            Assert.AreEqual(model.StanCount, journal.State.StanCount);
            string file = journal.Log.CurrentFile;
            storage.Reboot();
            return (storage, file, model);
        }

        private static int[] FrameStarts(byte[] file)
        {
            var starts = new List<int>();
            for (int p = 0; p + RecordFormat.Overhead <= file.Length; p += RecordFormat.Overhead + RecordFormat.ReadUInt16(file, p + 8))
            {
                starts.Add(p);
            }

            return starts.ToArray();
        }

        private static int SnapshotEnd(byte[] file, int[] starts)
        {
            int at = starts.First(s => file[s + 3] == RecordTypes.SnapshotEnd);
            return at + RecordFormat.Overhead + RecordFormat.ReadUInt16(file, at + 8);
        }

        // Reservation records (16-byte counters) not wholly kept by a cut at `cut`.
        private static int ReservationsFrom(byte[] file, int[] starts, int cut)
        {
            return starts.Count(s => s + RecordFormat.Overhead + RecordFormat.ReadUInt16(file, s + 8) > cut
                && file[s + 3] == RecordTypes.Counters && RecordFormat.ReadUInt16(file, s + 8) == 16);
        }

        private void Report(string line)
        {
            Console.WriteLine(line);
            TestContext.WriteLine(line);
        }
    }
}
