using Pos.Core.Common;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Storage
{
    [TestClass]
    public class RecordLogTests
    {
        [TestMethod]
        public void Frame_layout_and_crc_round_trip()
        {
            byte[] frame = JournalKit.Frame(RecordTypes.Setting, 0x01020304, JournalKit.SettingPayload("k", "v"));
            Assert.AreEqual(RecordFormat.Overhead + 4, frame.Length);
            Assert.AreEqual((byte)'P', frame[0]);
            Assert.AreEqual((byte)'J', frame[1]);
            Assert.AreEqual(RecordFormat.Version, frame[2]);
            Assert.AreEqual(RecordTypes.Setting, frame[3]);
            Assert.AreEqual(0x01020304u, RecordFormat.ReadUInt32(frame, 4));
            Assert.AreEqual(4, RecordFormat.ReadUInt16(frame, 8));
            Assert.AreEqual(Crc32.Compute(frame, 0, frame.Length - 4), RecordFormat.ReadUInt32(frame, frame.Length - 4));

            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, new byte[][] { frame });
            // Sequence 0x01020304 after 2 is a gap: one record, nothing after it, so it is a dropped tail.
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            RecoveryReport report = journal.Open();
            Assert.AreEqual((int)RecoveryStatus.TailTruncated, (int)report.Status);
            Assert.AreEqual((int)CorruptionReason.BadSequence, (int)report.Reason);
        }

        [TestMethod]
        public void Valid_records_replay_clean()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, JournalKit.ThreeSettings());
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            RecoveryReport report = journal.Open();
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)report.Status);
            Assert.AreEqual(5, report.RecordsReplayed);
            Assert.AreEqual("3", journal.State.GetSetting("c"));
            journal.SetSetting("d", "4");
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)new Journal(storage.Reboot(), JournalKit.SmallOptions()).Open().Status);
        }

        [TestMethod]
        public void Torn_tail_is_dropped()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            byte[][] frames = JournalKit.ThreeSettings();
            byte[] last = frames[2];
            frames[2] = new byte[last.Length - 3];
            System.Array.Copy(last, frames[2], frames[2].Length);
            JournalKit.WriteGeneration1(storage, frames);
            long before = storage.Length("journal.1");

            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            RecoveryReport report = journal.Open();
            Assert.AreEqual((int)RecoveryStatus.TailTruncated, (int)report.Status);
            Assert.AreEqual((int)CorruptionReason.Incomplete, (int)report.Reason);
            Assert.AreEqual((long)frames[2].Length, report.BytesDropped);
            // Cut, then the STAN skip after a detected loss is written at once (one counters record of 16 bytes).
            Assert.AreEqual(1000, report.StansSkipped);
            Assert.AreEqual(before - frames[2].Length + RecordFormat.Overhead + 16, storage.Length("journal.1"));
            Assert.AreEqual("2", journal.State.GetSetting("b"));
            Assert.IsNull(journal.State.GetSetting("c"));
            journal.SetSetting("c", "again");
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)new Journal(storage.Reboot(), JournalKit.SmallOptions()).Open().Status);
        }

        [TestMethod]
        public void Garbage_tail_is_dropped()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, JournalKit.ThreeSettings());
            byte[] garbage = JournalKit.Payload(9, 40);
            storage.Append("journal.1", garbage, 0, garbage.Length);
            storage.Flush("journal.1");
            RecoveryReport report = new Journal(storage, JournalKit.SmallOptions()).Open();
            Assert.AreEqual((int)RecoveryStatus.TailTruncated, (int)report.Status);
            Assert.AreEqual(40L, report.BytesDropped);
        }

        [TestMethod]
        public void Flipped_payload_bit_in_the_middle_is_corruption()
        {
            AssertCorrupt(FlipAt(RecordFormat.HeaderSize + 1), CorruptionReason.BadCrc);
        }

        [TestMethod]
        public void Wrong_crc_in_the_middle_is_corruption()
        {
            AssertCorrupt(FlipAt(RecordFormat.Overhead + 4 - 1), CorruptionReason.BadCrc);
        }

        [TestMethod]
        public void Bad_magic_in_the_middle_is_corruption()
        {
            AssertCorrupt(FlipAt(0), CorruptionReason.BadMagic);
        }

        [TestMethod]
        public void Right_crc_with_absurd_length_is_corruption()
        {
            byte[][] frames = JournalKit.ThreeSettings();
            frames[1] = JournalKit.Frame(RecordTypes.Setting, 4, new byte[1500]);
            AssertCorrupt(frames, CorruptionReason.BadLength);
        }

        [TestMethod]
        public void Right_crc_with_sequence_going_backward_is_corruption()
        {
            byte[][] frames = new byte[][]
            {
                JournalKit.Frame(RecordTypes.Setting, 3, JournalKit.SettingPayload("a", "1")),
                JournalKit.Frame(RecordTypes.Setting, 4, JournalKit.SettingPayload("b", "2")),
                JournalKit.Frame(RecordTypes.Setting, 3, JournalKit.SettingPayload("x", "9")),
                JournalKit.Frame(RecordTypes.Setting, 5, JournalKit.SettingPayload("c", "3")),
            };
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, frames);
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            RecoveryReport report = journal.Open();
            Assert.AreEqual((int)RecoveryStatus.Corrupt, (int)report.Status);
            Assert.AreEqual((int)CorruptionReason.BadSequence, (int)report.Reason);
            Assert.IsNull(journal.State.GetSetting("x"));
        }

        [TestMethod]
        public void Right_crc_with_nonsense_content_is_corruption()
        {
            byte[][] frames = JournalKit.ThreeSettings();
            // A counters record that goes backward after a forward one.
            frames[0] = JournalKit.Frame(RecordTypes.Counters, 3, JournalKit.CountersPayload(5, 1, 0));
            frames[1] = JournalKit.Frame(RecordTypes.Counters, 4, JournalKit.CountersPayload(4, 1, 0));
            AssertCorrupt(frames, CorruptionReason.BadContent);
        }

        [TestMethod]
        public void Corrupt_journal_is_read_only_until_salvaged()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, FlipAt(RecordFormat.HeaderSize + 1));
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            journal.Open();
            Assert.IsTrue(journal.IsReadOnly);
            Assert.ThrowsException(typeof(JournalException), () => journal.SetSetting("z", "1"));
            Assert.AreEqual("1", journal.State.GetSetting("a"));
            journal.Salvage();
            journal.SetSetting("z", "1");
            Journal again = new Journal(storage.Reboot(), JournalKit.SmallOptions());
            Assert.AreEqual((int)RecoveryStatus.Clean, (int)again.Open().Status);
            Assert.AreEqual("1", again.State.GetSetting("a"));
            Assert.AreEqual("1", again.State.GetSetting("z"));
            Assert.IsNull(again.State.GetSetting("c"));
        }

        private static byte[][] FlipAt(int offsetInSecondFrame)
        {
            byte[][] frames = JournalKit.ThreeSettings();
            frames[1][offsetInSecondFrame] ^= 0x10;
            return frames;
        }

        private static void AssertCorrupt(byte[][] frames, CorruptionReason reason)
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            JournalKit.WriteGeneration1(storage, frames);
            long length = storage.Length("journal.1");
            Journal journal = new Journal(storage, JournalKit.SmallOptions());
            RecoveryReport report = journal.Open();
            Assert.AreEqual((int)RecoveryStatus.Corrupt, (int)report.Status);
            Assert.AreEqual((int)reason, (int)report.Reason);
            Assert.IsTrue(report.ProblemOffset > 0);
            Assert.AreEqual(length, storage.Length("journal.1"), "corruption is reported, never cut off");
            Assert.IsTrue(journal.IsReadOnly);
        }
    }
}
