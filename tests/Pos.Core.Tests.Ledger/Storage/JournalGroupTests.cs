using nanoFramework.TestFramework;
using Pos.Hal;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Storage
{
    /// <summary>Atomic groups: the changes of a group reach the flash and the state together, or none of them does.</summary>
    [TestClass]
    public class JournalGroupTests
    {
        [TestMethod]
        public void A_group_applies_every_change_and_survives_a_reboot()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetReversal(1, 1, "98", 100, JournalKit.Payload(1, 20), 0, 20);
            journal.BeginGroup();
            journal.SetSetting("txn.000001", "approved");
            journal.ClearReversal();
            journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 2, 200, JournalKit.Payload(2, 40), 0, 40);
            journal.SetSetting("txn.last", "1");
            Assert.IsNull(journal.State.Reversal, "each change is applied at once");
            Assert.AreEqual(1, journal.State.QueueCount);
            journal.CommitGroup();

            Check(journal.State, journal);
            Journal again = JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions());
            Check(again.State, again);
        }

        [TestMethod]
        public void A_cut_anywhere_in_a_groups_write_leaves_all_of_it_or_none()
        {
            for (int keep = 0; keep <= 200; keep += 8)
            {
                SimulatedStorage storage = JournalKit.NewStorage();
                Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
                journal.SetReversal(1, 1, "98", 100, JournalKit.Payload(1, 20), 0, 20);
                storage.ArmPowerCut(storage.MutationCount + 1, keep); // the group's append goes through, its flush is cut
                try
                {
                    journal.BeginGroup();
                    journal.SetSetting("txn.000001", "approved");
                    journal.ClearReversal();
                    journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 2, 200, JournalKit.Payload(2, 40), 0, 40);
                    journal.CommitGroup();
                }
                catch (PowerCutException)
                {
                }

                JournalState s = JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()).State;
                bool all = s.Reversal == null && s.GetSetting("txn.000001") == "approved" && s.QueueCount == 1;
                bool none = s.Reversal != null && s.GetSetting("txn.000001") == null && s.QueueCount == 0;
                Assert.IsTrue(all || none, "keep " + keep.ToString() + ": part of a group survived");
            }
        }

        [TestMethod]
        public void An_abandoned_group_leaves_nothing_and_a_too_long_one_is_refused()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetSetting("kept", "0");
            journal.BeginGroup();
            journal.SetSetting("a", "1");
            journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 2, 200, JournalKit.Payload(2, 40), 0, 40);
            Assert.AreEqual("1", journal.State.GetSetting("a"));
            journal.AbandonGroup();
            Assert.IsNull(journal.State.GetSetting("a"), "the state is read back from the flash");
            Assert.AreEqual(0, journal.State.QueueCount);
            Assert.AreEqual("0", journal.State.GetSetting("kept"));
            Assert.IsFalse(journal.InGroup);

            journal.BeginGroup();
            bool refused = false;
            try
            {
                for (int i = 0; i < 100; i++)
                {
                    journal.SetSetting("key." + i.ToString(), "a value long enough to fill one record quickly");
                }
            }
            catch (JournalException)
            {
                refused = true;
            }
            finally
            {
                journal.AbandonGroup();
            }

            Assert.IsTrue(refused, "a group larger than a record is refused");
            journal.SetSetting("b", "2"); // the journal works on, outside any group
            Assert.AreEqual("2", journal.State.GetSetting("b"));
            Assert.IsNull(journal.State.GetSetting("key.0"));
            Assert.IsNull(JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()).State.GetSetting("key.0"));
        }

        [TestMethod]
        public void A_group_whose_write_fails_is_undone_and_the_journal_goes_on()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetReversal(1, 1, "98", 100, JournalKit.Payload(1, 20), 0, 20);
            storage.ArmIoError(storage.MutationCount + 1);
            bool failed = false;
            try
            {
                journal.BeginGroup();
                journal.ClearReversal();
                journal.SetSetting("txn.000001", "approved");
                journal.CommitGroup();
            }
            catch (StorageException)
            {
                failed = true;
            }
            finally
            {
                journal.AbandonGroup();
            }

            Assert.IsTrue(failed);
            Assert.IsNotNull(journal.State.Reversal, "back to what the flash holds");
            Assert.IsNull(journal.State.GetSetting("txn.000001"));
            storage.Disarm();
            journal.SetSetting("after", "1");
            JournalState again = JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()).State;
            Assert.IsNotNull(again.Reversal);
            Assert.IsNull(again.GetSetting("txn.000001"));
            Assert.AreEqual("1", again.GetSetting("after"));
        }

        [TestMethod]
        public void A_queue_item_added_in_a_group_is_readable_after_the_commit_and_after_compaction()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            journal.SetSetting("before", "x");
            journal.BeginGroup();
            journal.SetSetting("with", "y");
            QueueItem item = journal.Enqueue(QueueItemKind.Advice, JournalKit.Tid, 1, 7, 200, JournalKit.Payload(7, 60), 0, 60);
            Assert.IsNotNull(item, "the item exists at once");
            journal.CommitGroup();
            byte[] buffer = new byte[60];
            Assert.AreEqual(60, journal.ReadPayload(item, buffer, 0));
            Assert.AreEqual(JournalKit.Payload(7, 60)[59], buffer[59]);
            journal.Compact();
            Assert.AreEqual(60, journal.ReadPayload(journal.State.QueueItemAt(0), buffer, 0));
            Assert.AreEqual(JournalKit.Payload(7, 60)[30], buffer[30]);
        }

        private static void Check(JournalState s, Journal journal)
        {
            Assert.IsNull(s.Reversal);
            Assert.AreEqual("approved", s.GetSetting("txn.000001"));
            Assert.AreEqual("1", s.GetSetting("txn.last"));
            Assert.AreEqual(1, s.QueueCount);
            QueueItem item = s.QueueItemAt(0);
            Assert.IsTrue(item.HasId(JournalKit.Tid, 1, 2));
            byte[] buffer = new byte[40];
            Assert.AreEqual(40, journal.ReadPayload(item, buffer, 0));
            Assert.AreEqual(JournalKit.Payload(2, 40)[39], buffer[39]);
        }
    }
}
