using Pos.Core.App;
using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The terminal opens its audit trail at every boot: a damaged entry is reported (serial log, status) at every boot
    /// and marked once; audit files deleted while the journal says the trail had begun are a break; the audit ring of a
    /// journal written before the trail is carried into a new trail.
    /// </summary>
    [TestClass]
    public class AuditTrailAppTests
    {
        [TestMethod]
        public void A_damaged_entry_is_reported_at_every_boot_and_marked_once()
        {
            ScenarioRunner r = new ScenarioRunner();
            Assert.AreEqual((int)AuditStatus.Intact, (int)r.Terminal.Audit.Status);
            CheckResult intact = AuditCheck(r);
            Assert.AreEqual((int)CheckStatus.Pass, (int)intact.Status);
            Assert.AreEqual("intact, 1 entries", intact.Value);
            r.Restart();
            Assert.AreEqual("1", r.Terminal.Journal.State.GetSetting(Terminal.AuditBegunSetting));
            r.Storage.CorruptByte("audit.1", AuditFrame.HeaderSize + AuditFrame.TextOffset, 0x20);
            r.Restart();
            AuditTrail audit = r.Terminal.Audit;
            Assert.AreEqual((int)AuditStatus.Broken, (int)audit.Status);
            Assert.AreEqual((int)AuditBreak.Crc, (int)audit.Break);
            Assert.AreEqual(1L, audit.BreakAt);
            // #2 is the self-test's entry of the check above, #3 the break's marker.
            Assert.IsTrue(r.Log.Contains("audit: chain BROKEN at #1 (Crc), 2 entries"));
            Assert.AreEqual("#1 Crc", AuditTexts.Newest(audit));
            CheckResult broken = AuditCheck(r);
            Assert.AreEqual((int)CheckStatus.Fail, (int)broken.Status);
            Assert.AreEqual("broken at #1 (damaged), 2 entries", broken.Value);
            Assert.AreEqual(TextKey.LocalAuditBroken, broken.ChecklistKey, "do not clear it, send for inspection");
            long marked = audit.LastSequence;

            r.Restart();
            Assert.AreEqual((int)AuditStatus.Broken, (int)r.Terminal.Audit.Status, "found again");
            Assert.AreEqual(marked, r.Terminal.Audit.LastSequence, "marked once");
        }

        [TestMethod]
        public void Audit_files_deleted_under_a_journal_that_had_them_are_a_break()
        {
            ScenarioRunner r = new ScenarioRunner();
            r.Restart();
            r.Storage.Delete("audit.1");
            r.Restart();
            Assert.AreEqual((int)AuditStatus.Broken, (int)r.Terminal.Audit.Status);
            Assert.AreEqual((int)AuditBreak.Gap, (int)r.Terminal.Audit.Break);
            r.Restart();
            Assert.AreEqual((int)AuditStatus.Intact, (int)r.Terminal.Audit.Status, "a new trail, its first entry the break's marker");
            Assert.AreEqual(1L, r.Terminal.Audit.MarkedBreak);
            CheckResult earlier = AuditCheck(r);
            Assert.AreEqual((int)CheckStatus.Warn, (int)earlier.Status);
            Assert.StartsWith("intact, ", earlier.Value);
            Assert.EndsWith(", earlier break #1", earlier.Value);
            Assert.AreEqual(TextKey.LocalAuditBroken, earlier.ChecklistKey);
        }

        [TestMethod]
        public void The_audit_ring_of_a_journal_written_before_the_trail_is_carried_into_it()
        {
            ScenarioRunner r = new ScenarioRunner(new TerminalOptions("12345678", "123456789012345"), false);
            string[] files = r.Storage.List();
            for (int i = 0; i < files.Length; i++)
            {
                r.Storage.Delete(files[i]);
            }

            Append(r.Storage, RecordTypes.GenerationHeader, 1, new byte[] { 1, 0, 0, 0 });
            Append(r.Storage, RecordTypes.SnapshotEnd, 2, new byte[4]);
            byte[] text = System.Text.Encoding.UTF8.GetBytes("TECH PIN ok");
            byte[] entry = new byte[8 + text.Length];
            entry[0] = 42;
            System.Array.Copy(text, 0, entry, 8, text.Length);
            Append(r.Storage, RecordTypes.Audit, 3, entry);
            r.Restart();
            Assert.AreEqual("#1 99 OTHER TECH PIN ok|", AuditTexts.Dump(r.Terminal.Audit));
            AuditEntry carried = new AuditEntry();
            Assert.IsTrue(r.Terminal.Audit.ReadNewest(carried));
            Assert.AreEqual(42L, carried.UtcTicks, "with its own time");
        }

        private static CheckResult AuditCheck(ScenarioRunner r)
        {
            int index = r.App.Diagnostics.IndexOf("audit");
            r.App.Diagnostics.StartOne(index);
            return r.App.Diagnostics.ResultAt(index);
        }

        private static void Append(SimulatedStorage storage, byte type, uint sequence, byte[] payload)
        {
            byte[] frame = new byte[RecordFormat.Overhead + payload.Length];
            System.Array.Copy(payload, 0, frame, RecordFormat.HeaderSize, payload.Length);
            RecordFormat.Seal(frame, type, sequence, payload.Length);
            storage.Append("journal.1", frame, 0, frame.Length);
            storage.Flush("journal.1");
        }
    }
}
