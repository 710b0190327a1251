using nanoFramework.TestFramework;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Storage
{
    /// <summary>
    /// Keyed entries (<see cref="Journal.SetEntry"/>): values that stay in the flash, found through the state's index,
    /// carried by compaction, atomic with a group, and old-or-new after a power cut anywhere.
    /// </summary>
    [TestClass]
    public class JournalEntryTests
    {
        [TestMethod]
        public void Entries_are_set_replaced_removed_and_cleared_and_read_back_after_compaction_and_reboot()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalOptions options = Options();
            Journal journal = JournalKit.Open(storage, options);
            for (int key = 1; key <= 10; key++)
            {
                journal.SetEntry(0, key, Value(key));
            }

            journal.SetEntry(0, 3, "again 元");
            journal.SetEntry(0, 5, null);
            journal.SetEntry(1, 3, "failed");
            journal.SetEntry(1, 999999, string.Empty);
            journal.SetSetting("k", "v");
            Check(journal, "set");
            journal.Compact();
            Check(journal, "compacted");
            journal = JournalKit.Open(storage.Reboot(), options);
            Check(journal, "rebooted");

            journal.ClearEntries(0);
            Assert.AreEqual(0, journal.State.EntryKeys(0).Length);
            Assert.IsNull(journal.GetEntry(0, 1));
            Assert.AreEqual("failed", journal.GetEntry(1, 3));
            journal = JournalKit.Open(storage.Reboot(), options);
            Assert.AreEqual(0, journal.State.EntryKeys(0).Length);
            Assert.AreEqual(2, journal.State.EntryKeys(1).Length);
            Assert.AreEqual("v", journal.State.GetSetting("k"));
        }

        [TestMethod]
        public void An_entry_of_a_group_is_read_from_the_group_before_its_commit_and_from_the_flash_after()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, Options());
            journal.SetEntry(0, 1, "before");
            journal.BeginGroup();
            journal.SetSetting("with", "y");
            journal.SetEntry(0, 2, "in the group");
            journal.SetEntry(0, 1, "replaced");
            Assert.AreEqual("in the group", journal.GetEntry(0, 2));
            Assert.AreEqual("replaced", journal.GetEntry(0, 1));
            journal.CommitGroup();
            Assert.AreEqual("in the group", journal.GetEntry(0, 2));
            Assert.AreEqual("replaced", journal.GetEntry(0, 1));

            journal.BeginGroup();
            journal.SetEntry(0, 1, null);
            journal.SetEntry(0, 3, "dropped");
            journal.AbandonGroup();
            Assert.AreEqual("replaced", journal.GetEntry(0, 1));
            Assert.IsNull(journal.GetEntry(0, 3));

            journal = JournalKit.Open(storage.Reboot(), Options());
            Assert.AreEqual("replaced", journal.GetEntry(0, 1));
            Assert.AreEqual("in the group", journal.GetEntry(0, 2));
            Assert.IsNull(journal.GetEntry(0, 3));
        }

        [TestMethod]
        public void A_power_cut_at_any_write_of_entries_or_their_compaction_leaves_the_old_or_the_new_state()
        {
            // The signatures after each step, without cuts; then a cut at every mutation, dropping or keeping what
            // was not flushed: the state recovered is the one before the interrupted step or after it.
            SimulatedStorage probe = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(probe, Options());
            int start = probe.MutationCount;
            string[] expected = new string[Steps + 1];
            expected[0] = Signature(journal);
            for (int step = 0; step < Steps; step++)
            {
                Run(journal, step);
                expected[step + 1] = Signature(journal);
            }

            int total = probe.MutationCount;
            Assert.IsTrue(journal.Compactions >= 2, "the steps compact");
            for (int keep = 0; keep < 2; keep++)
            {
                for (int cut = start; cut < total; cut++)
                {
                    SimulatedStorage storage = JournalKit.NewStorage();
                    journal = JournalKit.Open(storage, Options());
                    storage.ArmPowerCut(cut, keep == 0 ? 0 : SimulatedStorage.KeepAllUnflushed);
                    int step = 0;
                    try
                    {
                        for (; step < Steps; step++)
                        {
                            Run(journal, step);
                        }
                    }
                    catch (PowerCutException)
                    {
                    }

                    journal = new Journal(storage.Reboot(), Options());
                    Assert.AreNotEqual((int)RecoveryStatus.Corrupt, (int)journal.Open().Status);
                    string got = Signature(journal);
                    bool oldOrNew = got == expected[step] || (step < Steps && got == expected[step + 1]);
                    Assert.IsTrue(oldOrNew, "cut " + cut.ToString() + " step " + step.ToString() + ": " + got);
                }
            }
        }

        [TestMethod]
        public void Out_of_range_entries_are_refused_and_a_nonsense_entry_record_is_corruption()
        {
            Journal journal = JournalKit.Open(JournalKit.NewStorage(), Options());
            Assert.ThrowsException(typeof(JournalException), () => journal.SetEntry(4, 1, "x"));
            Assert.ThrowsException(typeof(JournalException), () => journal.SetEntry(0, 1 << 20, "x"));
            Assert.ThrowsException(typeof(JournalException), () => journal.SetEntry(0, 1, new string('x', 2048)));
            journal.SetEntry(0, 1, new string('x', 1000));
            Assert.AreEqual(1000, journal.GetEntry(0, 1).Length);
            Assert.AreEqual(1, journal.State.EntryKeys(0).Length);

            // Present byte 2, under a valid CRC, with a valid record after it.
            byte[] nonsense = new byte[] { 0, 1, 0, 0, 0, 2, (byte)'x' };
            byte[][] frames = JournalKit.ThreeSettings();
            frames[1] = JournalKit.Frame(RecordTypes.Entry, 4, nonsense);
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, frames);
            RecoveryReport report = new Journal(storage, Options()).Open();
            Assert.AreEqual((int)RecoveryStatus.Corrupt, (int)report.Status);
            Assert.AreEqual((int)CorruptionReason.BadContent, (int)report.Reason);
        }

        private const int Steps = 24;

        // Small bound and index, so the steps compact on their own and the index grows.
        private static JournalOptions Options()
        {
            JournalOptions options = JournalKit.SmallOptions();
            options.CompactThresholdBytes = 1024;
            options.EntryCapacity = 4;
            return options;
        }

        private static string Value(int key)
        {
            return "entry " + key.ToString() + " " + new string((char)('a' + (key % 26)), 20 + (key * 7 % 90));
        }

        private static void Run(Journal journal, int step)
        {
            int key = 1 + (step * 5 % 9);
            if (step % 8 == 7)
            {
                journal.BeginGroup();
                journal.SetEntry(1, key, Value(step));
                journal.SetEntry(0, key, null);
                journal.SetSetting("step", step.ToString());
                journal.CommitGroup();
            }
            else if (step == 12)
            {
                journal.ClearEntries(0);
            }
            else if (step == 18)
            {
                journal.Compact();
            }
            else
            {
                journal.SetEntry(step % 3 == 0 ? 1 : 0, key, step % 5 == 4 ? null : Value(step));
            }
        }

        // Every entry of both logs with its value read from the flash, and the setting the groups write.
        private static string Signature(Journal journal)
        {
            string text = journal.State.GetSetting("step") + ";";
            for (int log = 0; log < 2; log++)
            {
                int[] keys = journal.State.EntryKeys(log);
                for (int i = 0; i < keys.Length; i++)
                {
                    text += log.ToString() + "/" + keys[i].ToString() + "=" + journal.GetEntry(log, keys[i]) + ";";
                }
            }

            return text;
        }

        private static void Check(Journal journal, string when)
        {
            int[] keys = journal.State.EntryKeys(0);
            Assert.AreEqual(9, keys.Length, when);
            Assert.AreEqual(1, keys[0], when + ": order as first set");
            Assert.AreEqual(10, keys[8], when);
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.AreEqual(keys[i] == 3 ? "again 元" : Value(keys[i]), journal.GetEntry(0, keys[i]), when);
            }

            Assert.IsFalse(journal.State.HasEntry(0, 5), when);
            Assert.IsNull(journal.GetEntry(0, 5), when);
            Assert.AreEqual("failed", journal.GetEntry(1, 3), when);
            Assert.AreEqual(string.Empty, journal.GetEntry(1, 999999), when);
            Assert.IsNull(journal.GetEntry(1, 4), when);
            Assert.AreEqual("v", journal.State.GetSetting("k"), when);
        }
    }
}
