using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Storage
{
    [TestClass]
    public class JournalTests
    {
        [TestMethod]
        public void Fresh_journal_then_every_kind_of_state_survives_a_reboot()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Fresh, (int)journal.Open().Status);
            int stan = journal.ReserveStan();
            Assert.AreEqual(1, stan);
            QueueItem item = journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, stan, 1000, JournalKit.Payload(1, 50), 0, 50);
            journal.RecordAttempt(item);
            journal.SetReversal(2, 1, "98", 2000, JournalKit.Payload(2, 30), 0, 30);
            journal.UpdateReversal("A0", 1);
            journal.SetSetting("locale", "zh-CN");
            journal.AppendAudit(3000, "technician menu entered");
            journal.AppendDiagnostics(4000, "storage PASS");

            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)again.Open().Status);
            JournalState s = again.State;
            Assert.AreEqual(1, s.CurrentStan);
            Assert.AreEqual(1, s.QueueCount);
            QueueItem back = s.QueueItemAt(0);
            Assert.IsTrue(back.HasId(JournalKit.Tid, 1, 1));
            Assert.AreEqual(1, back.Attempts);
            byte[] buffer = new byte[60];
            Assert.AreEqual(50, again.ReadPayload(back, buffer, 5));
            Assert.AreEqual(JournalKit.Payload(1, 50)[49], buffer[54]);
            Assert.AreEqual("A0", s.Reversal.Reason);
            Assert.AreEqual(1, s.Reversal.Attempts);
            Assert.AreEqual(30, s.Reversal.Payload.Length);
            Assert.AreEqual("zh-CN", s.GetSetting("locale"));
            Assert.AreEqual("technician menu entered", s.AuditAt(0).Text);
            Assert.AreEqual(4000L, s.DiagnosticsAt(0).UtcTicks);

            again.ClearReversal();
            again.MarkDelivered(back);
            Assert.AreEqual(0, again.State.UndeliveredCount);
            Assert.AreEqual(1, again.State.QueueCount, "delivered items stay until compaction");
            again.Compact();
            Assert.AreEqual(0, again.State.QueueCount);
            Assert.IsNull(again.State.Reversal);
            Journal third = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            third.Open();
            Assert.AreEqual(0, third.State.QueueCount);
            Assert.AreEqual("zh-CN", third.State.GetSetting("locale"));
            Assert.AreEqual(1, third.State.AuditCount);
        }

        [TestMethod]
        public void Duplicate_ids_full_queue_and_second_reversal_are_refused()
        {
            JournalOptions options = JournalKit.SmallOptions();
            options.QueueCapacity = 2;
            Journal journal = JournalKit.Open(JournalKit.NewStorage(), options);
            byte[] p = JournalKit.Payload(3, 10);
            journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 1, 0, p, 0, 10);
            Assert.ThrowsException(typeof(JournalException), () => journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 1, 0, p, 0, 10));
            journal.Enqueue(QueueItemKind.Reversal, JournalKit.Tid, 1, 2, 0, p, 0, 10);
            Assert.ThrowsException(typeof(JournalException), () => journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 3, 0, p, 0, 10));
            journal.MarkExhausted(journal.State.QueueItemAt(0));
            Assert.AreEqual(2, journal.State.UndeliveredCount, "flagged items are kept");
            journal.SetReversal(5, 1, "98", 0, p, 0, 10);
            Assert.ThrowsException(typeof(JournalException), () => journal.SetReversal(6, 1, "98", 0, p, 0, 10));
        }

        [TestMethod]
        public void Counters_are_monotonic_across_reboots_and_wrap_to_1()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            int last = 0;
            for (int boot = 0; boot < 4; boot++)
            {
                Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
                Assert.AreEqual(last, journal.State.CurrentStan);
                for (int i = 0; i < 5; i++)
                {
                    int stan = journal.ReserveStan();
                    Assert.AreEqual(last + 1, stan);
                    last = stan;
                }

                storage.Reboot();
            }

            SimulatedStorage wrapped = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(wrapped, new byte[][] { JournalKit.Frame(RecordTypes.Counters, 3, JournalKit.CountersPayload(999999, 999999, 999990)) });
            Journal w = JournalKit.Open(wrapped, JournalKit.SmallOptions());
            Assert.AreEqual(999999, w.State.CurrentStan);
            Assert.AreEqual(999999, w.State.BatchNumber);
            Assert.AreEqual(1, w.ReserveStan());
            Assert.AreEqual(1, w.OpenNextBatch());
            Assert.AreEqual(1000000u, w.State.BatchCount);
        }

        [TestMethod]
        public void Stan_is_never_reused_within_a_batch()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            // Every STAN of batch 1 used: the next one would repeat the batch's first.
            JournalKit.WriteGeneration1(storage, new byte[][] { JournalKit.Frame(RecordTypes.Counters, 3, JournalKit.CountersPayload(999999, 1, 0)) });
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            Assert.ThrowsException(typeof(JournalException), () => journal.ReserveStan());
            journal.OpenNextBatch();
            Assert.AreEqual(1, journal.ReserveStan());

            // A STAN handed out is durable first: a cut right after never hands it out again.
            SimulatedStorage s2 = JournalKit.NewStorage();
            Journal j2 = JournalKit.Open(s2, JournalKit.SmallOptions());
            int a = j2.ReserveStan();
            s2.CutPower(0);
            Journal j3 = JournalKit.Open(s2.Reboot(), JournalKit.SmallOptions());
            Assert.AreNotEqual(a, j3.ReserveStan());
        }

        [TestMethod]
        public void Compaction_recovers_from_a_cut_at_each_step()
        {
            // Count the mutations of one compaction, then cut at each of them in turn (dropping or keeping unflushed bytes).
            SimulatedStorage probe = JournalKit.NewStorage();
            Journal p = Build(probe);
            int start = probe.MutationCount;
            p.Compact();
            int steps = probe.MutationCount - start;
            Assert.IsTrue(steps >= 4);
            for (int keep = 0; keep < 2; keep++)
            {
                for (int i = 0; i <= steps; i++)
                {
                    SimulatedStorage storage = JournalKit.NewStorage();
                    Journal journal = Build(storage);
                    storage.ArmPowerCut(storage.MutationCount + i, keep == 0 ? 0 : SimulatedStorage.KeepAllUnflushed);
                    bool cut = false;
                    try
                    {
                        journal.Compact();
                    }
                    catch (PowerCutException)
                    {
                        cut = true;
                    }

                    Assert.AreEqual(i < steps, cut);
                    Journal after = new Journal(storage.Reboot(), JournalKit.SmallOptions());
                    RecoveryReport report = after.Open();
                    Assert.AreEqual((int)RecoveryStatus.Clean, (int)report.Status, "step " + i.ToString());
                    Assert.AreEqual(1, storage.List().Length, "one generation file left");
                    JournalState s = after.State;
                    Assert.AreEqual(3, s.CurrentStan);
                    Assert.AreEqual("v", s.GetSetting("k"));
                    int live = 0;
                    for (int n = 0; n < s.QueueCount; n++)
                    {
                        if (s.QueueItemAt(n).State != QueueItemState.Delivered)
                        {
                            live++;
                            Assert.AreEqual(n == 0 ? 1 : 3, s.QueueItemAt(n).Stan);
                        }
                    }

                    Assert.AreEqual(2, live);
                    byte[] buffer = new byte[40];
                    QueueItem last = s.QueueItemAt(s.QueueCount - 1);
                    after.ReadPayload(last, buffer, 0);
                    Assert.AreEqual(JournalKit.Payload(3, 40)[39], buffer[39]);
                    after.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 9, 0, buffer, 0, 40);
                }
            }
        }

        [TestMethod]
        public void Io_error_fails_the_call_and_the_next_call_repairs()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetSetting("a", "1");
            storage.ArmIoError(storage.MutationCount + 1); // the flush after the append
            Assert.ThrowsException(typeof(StorageException), () => journal.SetSetting("b", "2"));
            Assert.IsNull(journal.State.GetSetting("b"));
            journal.SetSetting("c", "3");
            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)again.Open().Status);
            Assert.IsNull(again.State.GetSetting("b"));
            Assert.AreEqual("3", again.State.GetSetting("c"));
        }

        private static Journal Build(SimulatedStorage storage)
        {
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetSetting("k", "v");
            for (int i = 1; i <= 3; i++)
            {
                int stan = journal.ReserveStan();
                journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, stan, i, JournalKit.Payload(i, 40), 0, 40);
            }

            journal.MarkDelivered(journal.State.QueueItemAt(1));
            return journal;
        }
    }
}
