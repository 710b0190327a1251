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
            journal.AppendDiagnostics(4000, "storage PASS");

            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)again.Open().Status);
            JournalState s = again.State;
            // STAN 1 came from a reservation of 16; the boot goes on past it and one more block.
            Assert.AreEqual(32, s.CurrentStan);
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
        }

        [TestMethod]
        public void A_journal_written_before_the_audit_trail_opens_and_keeps_its_audit_entries_until_the_next_compaction()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            byte[][] frames = new byte[20][];
            for (int i = 0; i < frames.Length; i++)
            {
                frames[i] = JournalKit.Frame(RecordTypes.Audit, (uint)(3 + i), JournalKit.AuditPayload(1000 + i, "TECH PIN wrong " + i.ToString()));
            }

            JournalKit.WriteGeneration1(storage, frames);
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)journal.Open().Status);
            Assert.AreEqual(JournalState.LegacyAuditCapacity, journal.State.LegacyAuditCount, "the newest 16, as the old ring kept");
            Assert.AreEqual("TECH PIN wrong 4", journal.State.LegacyAuditAt(0).Text);
            Assert.AreEqual(1019L, journal.State.LegacyAuditAt(15).UtcTicks);
            journal.SetSetting("after", "1");
            journal.Compact();
            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            again.Open();
            Assert.AreEqual(0, again.State.LegacyAuditCount, "the audit trail holds them now");
            Assert.AreEqual("1", again.State.GetSetting("after"));
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
            int records = 0;
            for (int boot = 0; boot < 4; boot++)
            {
                Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
                Assert.IsTrue(journal.State.CurrentStan >= last, "never back");
                Assert.IsTrue(journal.State.CurrentStan <= last + 32, "a boot skips at most the rest of the reservation and one block");
                int stan = journal.ReserveStan();
                Assert.IsTrue(stan > last);
                last = stan;
                int mutations = storage.MutationCount;
                for (int i = 0; i < 20; i++)
                {
                    stan = journal.ReserveStan();
                    Assert.AreEqual(last + 1, stan, "consecutive within a boot");
                    last = stan;
                }

                // One reservation record (append + flush) per 16 STANs, not one per STAN.
                records += (storage.MutationCount - mutations) / 2;
                storage.Reboot();
            }

            Assert.IsTrue(records <= 8, "reservations written: " + records.ToString());

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
        public void A_lost_tail_never_hands_out_a_STAN_again()
        {
            // 40 STANs (reservations at 1, 17, 33), then a setting. Variant 0: the setting rots (a bit the CRC catches);
            // 1: the newest reservation is the last record and rots; 2: the file silently loses whole records from the
            // newest reservation on (a boundary cut: nothing to detect).
            for (int variant = 0; variant < 3; variant++)
            {
                SimulatedStorage storage = JournalKit.NewStorage();
                Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
                int highest = 0;
                for (int i = 0; i < 40; i++)
                {
                    highest = journal.ReserveStan();
                }

                journal.SetSetting("k", "v");
                string file = journal.Log.CurrentFile;
                storage.Reboot();
                byte[] bytes = storage.Contents(file);
                int[] starts = JournalKit.FrameStarts(bytes);
                int last = starts[starts.Length - 1];
                int reservation = JournalKit.LastFrameOfType(bytes, RecordTypes.Counters);
                Assert.AreEqual(starts[starts.Length - 2], reservation);
                if (variant == 0)
                {
                    storage.CorruptByte(file, last + RecordFormat.HeaderSize, 0x01);
                }
                else if (variant == 1)
                {
                    storage.Truncate(file, last);
                    storage.CorruptByte(file, reservation + RecordFormat.HeaderSize, 0x01);
                }
                else
                {
                    storage.Truncate(file, reservation);
                }

                Journal after = new Journal(storage, JournalKit.SmallOptions());
                RecoveryReport report = after.Open();
                Assert.AreEqual(variant == 2 ? (int)RecoveryStatus.Clean : (int)RecoveryStatus.TailTruncated, (int)report.Status, "variant " + variant.ToString());
                Assert.IsTrue(report.StansSkipped > 0);
                int next = after.ReserveStan();
                Assert.IsTrue(next > highest, "variant " + variant.ToString() + ": STAN " + next.ToString() + " after " + highest.ToString());

                // The skip after a detected loss was written at once: the next (clean) boot does not go back either.
                Journal third = JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions());
                Assert.IsTrue(third.ReserveStan() > next);
            }
        }

        [TestMethod]
        public void A_salvage_takes_neither_a_STAN_nor_a_batch_back()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetSetting("a", "1");
            for (int i = 0; i < 5; i++)
            {
                journal.ReserveStan();
            }

            journal.SetSetting("b", "2"); // this record will rot, in the middle of the file
            int batch = journal.OpenNextBatch();
            int highest = 0;
            for (int i = 0; i < 30; i++)
            {
                highest = journal.ReserveStan();
            }

            journal.SetSetting("c", "3");
            string file = journal.Log.CurrentFile;
            storage.Reboot();
            byte[] bytes = storage.Contents(file);
            int[] starts = JournalKit.FrameStarts(bytes);
            int b = -1;
            for (int i = 0; i < starts.Length; i++)
            {
                if (bytes[starts[i] + 3] == RecordTypes.Setting && bytes[starts[i] + RecordFormat.HeaderSize + 1] == (byte)'b')
                {
                    b = starts[i];
                }
            }

            storage.CorruptByte(file, b + RecordFormat.HeaderSize + 3, 0x01);
            Journal after = new Journal(storage, JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Corrupt, (int)after.Open().Status);
            Assert.AreEqual(1, after.State.BatchNumber, "read-only: what was read before the bad record");
            Assert.IsTrue(after.Salvage() > 0);
            Assert.AreEqual(batch, after.State.BatchNumber, "the batch change after the bad record is not given up");
            Assert.IsNull(after.State.GetSetting("c"), "what followed the bad record is given up");
            int next = after.ReserveStan();
            Assert.IsTrue(next > highest, "STAN " + next.ToString() + " after " + highest.ToString());

            Journal again = JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions());
            Assert.AreEqual(batch, again.State.BatchNumber);
            Assert.IsTrue(again.ReserveStan() > next);
        }

        [TestMethod]
        public void A_batch_change_survives_the_loss_of_the_last_record()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.ReserveStan();
            int batch = journal.OpenNextBatch();
            string file = journal.Log.CurrentFile;
            storage.Reboot();
            byte[] bytes = storage.Contents(file);
            int[] starts = JournalKit.FrameStarts(bytes);
            storage.CorruptByte(file, starts[starts.Length - 1] + RecordFormat.HeaderSize, 0x01);
            Journal after = new Journal(storage, JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.TailTruncated, (int)after.Open().Status);
            Assert.AreEqual(batch, after.State.BatchNumber, "the batch change is written twice");
        }

        [TestMethod]
        public void The_monotonic_clock_never_goes_back_counts_boots_and_ignores_the_wall_clock()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            SimulatedClock clock = new SimulatedClock(new System.DateTime(2026, 3, 1, 8, 0, 0));
            Journal journal = new Journal(storage, JournalKit.SmallOptions(), clock);
            journal.Open();
            Assert.AreEqual(1, journal.BootNumber);
            clock.Advance(5000);
            QueueItem item = journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 1, clock.UtcNow.Ticks, JournalKit.Payload(1, 20), 0, 20);
            Assert.AreEqual(5000L, item.CreatedMonoMs);
            Assert.AreEqual(1, item.CreatedBoot);
            clock.SetUtc(new System.DateTime(2031, 1, 1, 0, 0, 0));
            clock.Advance(4000);
            Assert.AreEqual(4000L, journal.AgeMs(item.CreatedMonoMs));

            // A power cycle: the uptime restarts at 0, the journal's clock goes on from the latest time it recorded.
            clock.Restart();
            journal = new Journal(storage.Reboot(), JournalKit.SmallOptions(), clock);
            journal.Open();
            Assert.AreEqual(2, journal.BootNumber);
            Assert.AreEqual(5000L, journal.TerminalTimeMs, "the time after the last record is not known: never overstated");
            clock.Advance(1000);
            QueueItem back = journal.State.QueueItemAt(0);
            Assert.AreEqual(1000L, journal.AgeMs(back.CreatedMonoMs));

            // Compaction carries the stamps and the clock.
            journal.Compact();
            clock.Restart();
            journal = new Journal(storage.Reboot(), JournalKit.SmallOptions(), clock);
            journal.Open();
            Assert.AreEqual(3, journal.BootNumber);
            Assert.AreEqual(6000L, journal.TerminalTimeMs);
            Assert.AreEqual(5000L, journal.State.QueueItemAt(0).CreatedMonoMs);
            Assert.AreEqual(1, journal.State.QueueItemAt(0).CreatedBoot);
        }

        [TestMethod]
        public void A_flag_keeps_its_reason_and_two_character_code_and_a_review_restarts_the_expiry_to_the_second()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            SimulatedClock clock = new SimulatedClock(new System.DateTime(2026, 3, 1, 8, 0, 0));
            Journal journal = new Journal(storage, JournalKit.SmallOptions(), clock);
            journal.Open();
            QueueItem item = journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 7, 0, JournalKit.Payload(7, 30), 0, 30);
            Assert.ThrowsException(typeof(JournalException), () => journal.Flag(item, QueueItemState.Exhausted, 1, "051"));
            Assert.ThrowsException(typeof(JournalException), () => journal.Flag(item, QueueItemState.Pending, 1, "51"));
            Assert.ThrowsException(typeof(JournalException), () => journal.Review(item, false, 0, "not flagged"));
            journal.Flag(item, QueueItemState.Exhausted, 6, "A0");
            Assert.AreEqual(6, item.FlagReason);
            Assert.AreEqual("A0", item.FlagCode);
            Assert.AreEqual(0L, item.ExpiryFromMs);

            clock.Advance(90500);
            journal.Review(item, false, 0, "retry");
            Assert.AreEqual(QueueItemState.Pending, item.State);
            Assert.AreEqual(0, item.FlagReason);
            Assert.AreEqual("", item.FlagCode);
            Assert.AreEqual(90000L, item.ExpiryFromMs, "to the second");
            journal.Flag(item, QueueItemState.Expired, 3, "");

            journal.Compact();
            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions(), clock);
            again.Open();
            QueueItem back = again.State.QueueItemAt(0);
            Assert.AreEqual(QueueItemState.Expired, back.State);
            Assert.AreEqual(3, back.FlagReason);
            Assert.AreEqual("", back.FlagCode);
            Assert.AreEqual(90000L, back.ExpiryFromMs);
            Assert.AreEqual(0L, back.CreatedMonoMs);
            Assert.AreEqual(1, back.CreatedBoot);
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
                    Assert.AreEqual(32, s.CurrentStan, "past the reservation of 16 and one block");
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
