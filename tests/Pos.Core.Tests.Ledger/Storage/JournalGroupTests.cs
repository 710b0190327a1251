using nanoFramework.TestFramework;
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
            Assert.IsNotNull(journal.State.Reversal, "nothing applied before the commit");
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
            journal.BeginGroup();
            journal.SetSetting("a", "1");
            journal.AbandonGroup();
            Assert.IsNull(journal.State.GetSetting("a"));

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

            Assert.IsTrue(refused, "a group larger than a record is refused");
            journal.SetSetting("b", "2"); // the journal works on, outside any group
            Assert.AreEqual("2", journal.State.GetSetting("b"));
            Assert.IsNull(journal.State.GetSetting("key.0"));
            Assert.IsNull(JournalKit.Open(storage.Reboot(), JournalKit.SmallOptions()).State.GetSetting("key.0"));
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
