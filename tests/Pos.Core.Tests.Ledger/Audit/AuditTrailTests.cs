using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Simulation;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Audit
{
    [TestClass]
    public class AuditTrailTests
    {
        [TestMethod]
        public void Entries_are_read_back_after_a_reboot_with_every_field()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditTrail trail = AuditKit.Open(storage, new AuditTrailOptions());
            Assert.AreEqual((int)AuditStatus.Intact, (int)trail.Status);
            Assert.AreEqual(0, trail.Count);
            Assert.IsTrue(trail.Append(AuditKit.Ticks(1), Operators.Technician, AuditEvent.TechnicianPin, "ok"));
            Assert.IsTrue(trail.Append(AuditKit.Ticks(2), 7, AuditEvent.Decline, "DECLINE 51 STAN 000012"));
            Assert.IsTrue(trail.Append(0, Operators.None, AuditEvent.Fault, string.Empty));

            AuditTrail again = new AuditTrail(storage.Reboot());
            Assert.AreEqual((int)AuditStatus.Intact, (int)again.Open(AuditKit.Ticks(3), true));
            Assert.AreEqual(3, again.Count);
            Assert.AreEqual(3L, again.LastSequence);
            Assert.AreEqual(AuditKit.Ticks(2), again.LatestTicks);
            Assert.AreEqual("#1 98 TECHNICIAN PIN ok|#2 07 DECLINE DECLINE 51 STAN 000012|#3 99 FAULT |", AuditTexts.Dump(again));
            AuditEntry newest = new AuditEntry();
            Assert.IsTrue(again.ReadNewest(newest));
            Assert.AreEqual(3L, newest.Sequence);
            Assert.AreEqual(0L, newest.UtcTicks);
            AuditEntry second = new AuditEntry();
            Assert.IsTrue(again.Read(1).Next(second));
            Assert.AreEqual(AuditKit.Ticks(2), second.UtcTicks);
            Assert.AreEqual(7, second.Operator);
            Assert.AreEqual((int)AuditEvent.Decline, (int)second.Event);
            Assert.IsTrue(again.Append(AuditKit.Ticks(4), Operators.Technician, AuditEvent.SignOff, "menu exit"));
            Assert.AreEqual((int)AuditStatus.Intact, (int)new AuditTrail(storage.Reboot()).Open(0, true));
        }

        [TestMethod]
        public void A_text_is_one_line_without_a_clear_PAN_and_bounded_at_a_character()
        {
            AuditTrail trail = AuditKit.Open(AuditKit.NewStorage(), new AuditTrailOptions());
            trail.Append(1, Operators.None, AuditEvent.Other, "card 6222021234567890123\nSTAN 000123");
            string longText = string.Empty;
            for (int i = 0; i < 50; i++)
            {
                longText = longText + "审计";
            }

            trail.Append(2, Operators.None, AuditEvent.Other, longText);
            AuditEntry e = new AuditEntry();
            AuditCursor cursor = trail.Read(0);
            Assert.IsTrue(cursor.Next(e));
            Assert.AreEqual("card ################### STAN 000123", e.Text);
            Assert.IsTrue(cursor.Next(e));
            // 120 bytes at most, three per character: 40 characters, none cut in half.
            Assert.AreEqual(40, e.Text.Length);
            Assert.StartsWith("审计审计", e.Text);
        }

        [TestMethod]
        public void Two_thousand_and_more_entries_rotate_whole_segments_and_the_chain_stays_intact()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditTrailOptions options = new AuditTrailOptions();
            AuditTrail trail = AuditKit.Open(storage, options);
            AuditKit.Fill(trail, 1, 2400);
            Assert.AreEqual(options.Segments, trail.Segments);
            Assert.IsTrue(trail.Count >= 2000, trail.Count.ToString());
            Assert.IsTrue(trail.Bytes <= (long)options.Segments * options.SegmentBytes);

            AuditTrail again = new AuditTrail(storage.Reboot(), options);
            Assert.AreEqual((int)AuditStatus.Intact, (int)again.Open(0, true));
            Assert.AreEqual(trail.Count, again.Count);
            Assert.AreEqual(2400L, again.LastSequence);
            AuditEntry oldest = new AuditEntry();
            Assert.IsTrue(again.Read(0).Next(oldest));
            Assert.AreEqual(2400L - again.Count + 1, oldest.Sequence);
            Assert.AreEqual("entry " + oldest.Sequence.ToString(), oldest.Text);
        }

        [TestMethod]
        public void Every_single_byte_edit_of_any_kept_entry_or_header_is_detected()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditTrail trail = AuditKit.Open(storage, AuditKit.Small());
            AuditKit.Fill(trail, 1, 14); // rotated: segments 2-4 keep entries 5-14
            string[] names = new string[] { "audit.2", "audit.3", "audit.4" };
            byte[] masks = new byte[] { 0x01, 0xFF };
            int edits = 0;
            for (int f = 0; f < names.Length; f++)
            {
                int length = (int)storage.Length(names[f]);
                for (int at = 0; at < length; at++)
                {
                    for (int m = 0; m < masks.Length; m++)
                    {
                        SimulatedStorage copy = storage.Copy();
                        copy.CorruptByte(names[f], at, masks[m]);
                        AuditTrail edited = new AuditTrail(copy, AuditKit.Small());
                        Assert.AreEqual((int)AuditStatus.Broken, (int)edited.Open(0, true), names[f] + " byte " + at.ToString());
                        edits++;
                    }
                }
            }

            Assert.IsTrue(edits > 800, edits.ToString());
            Assert.AreEqual((int)AuditStatus.Intact, (int)new AuditTrail(storage.Copy(), AuditKit.Small()).Open(0, true));
        }

        [TestMethod]
        public void An_edit_with_its_CRC_recomputed_breaks_the_link_of_the_next_entry()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 6);
            byte[] segment = storage.Contents("audit.1");
            int[] frames = AuditKit.Frames(segment);
            segment[frames[2] + AuditFrame.TextOffset] = (byte)'E'; // "entry 3" -> "Entry 3"
            AuditKit.Reseal(segment, frames[2]);
            AuditKit.Rewrite(storage, "audit.1", segment);
            AuditTrail trail = new AuditTrail(storage);
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Hash, (int)trail.Break);
            Assert.AreEqual(3L, trail.BreakAt);
        }

        [TestMethod]
        public void The_newest_entry_rewritten_with_a_valid_CRC_is_not_detected_without_a_key()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 3);
            byte[] segment = storage.Contents("audit.1");
            int[] frames = AuditKit.Frames(segment);
            segment[frames[2] + AuditFrame.TextOffset] = (byte)'E';
            AuditKit.Reseal(segment, frames[2]);
            AuditKit.Rewrite(storage, "audit.1", segment);
            // The limit docs/STORAGE.md states: nothing after it holds its hash (and removing it is not seen either).
            Assert.AreEqual((int)AuditStatus.Intact, (int)new AuditTrail(storage).Open(0, true));
        }

        [TestMethod]
        public void A_removed_middle_entry_is_a_gap()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 10);
            byte[] segment = storage.Contents("audit.2");
            int[] frames = AuditKit.Frames(segment);
            AuditKit.Rewrite(storage, "audit.2", AuditKit.Without(segment, frames[1], segment[frames[1]]));
            AuditTrail trail = new AuditTrail(storage, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Gap, (int)trail.Break);
            Assert.AreEqual(6L, trail.BreakAt);
        }

        [TestMethod]
        public void The_last_entry_of_a_middle_segment_removed_is_a_gap()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 10);
            byte[] segment = storage.Contents("audit.1");
            int[] frames = AuditKit.Frames(segment);
            AuditKit.Rewrite(storage, "audit.1", AuditKit.Without(segment, frames[3], segment[frames[3]]));
            AuditTrail trail = new AuditTrail(storage, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Gap, (int)trail.Break);
            Assert.AreEqual(4L, trail.BreakAt);
        }

        [TestMethod]
        public void Two_entries_swapped_are_out_of_order()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 8);
            byte[] segment = storage.Contents("audit.2");
            int[] frames = AuditKit.Frames(segment);
            int a = frames[1];
            int b = frames[2];
            int la = segment[a];
            int lb = segment[b];
            byte[] swapped = new byte[segment.Length];
            System.Array.Copy(segment, swapped, a);
            System.Array.Copy(segment, b, swapped, a, lb);
            System.Array.Copy(segment, a, swapped, a + lb, la);
            System.Array.Copy(segment, b + lb, swapped, a + lb + la, segment.Length - b - lb);
            AuditKit.Rewrite(storage, "audit.2", swapped);
            AuditTrail trail = new AuditTrail(storage, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Order, (int)trail.Break);
            Assert.AreEqual(6L, trail.BreakAt);
        }

        [TestMethod]
        public void A_segment_deleted_from_the_middle_or_the_oldest_out_of_turn_is_a_gap_but_rotation_is_not()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 14);
            Assert.IsFalse(storage.Exists("audit.1"), "rotated out");
            Assert.AreEqual((int)AuditStatus.Intact, (int)new AuditTrail(storage.Copy(), AuditKit.Small()).Open(0, true));

            SimulatedStorage middle = storage.Copy();
            middle.Delete("audit.3");
            AuditTrail trail = new AuditTrail(middle, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Gap, (int)trail.Break);
            Assert.AreEqual(9L, trail.BreakAt);

            SimulatedStorage oldest = storage.Copy();
            oldest.Delete("audit.2");
            trail = new AuditTrail(oldest, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(0, true));
            Assert.AreEqual((int)AuditBreak.Gap, (int)trail.Break);
            Assert.AreEqual(5L, trail.BreakAt, "the anchor says the ring keeps #5 on");

            // With the ring full, the segment before the newest holds an older anchor: the newest deleted shows too.
            SimulatedStorage newest = storage.Copy();
            newest.Delete("audit.4");
            Assert.AreEqual((int)AuditStatus.Broken, (int)new AuditTrail(newest, AuditKit.Small()).Open(0, true));
        }

        [TestMethod]
        public void Every_file_deleted_is_a_break_when_the_caller_knows_there_were_entries()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 5);
            storage.Delete("audit.1");
            storage.Delete("audit.2");
            AuditTrail trail = new AuditTrail(storage, AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(AuditKit.Ticks(9), true));
            Assert.AreEqual((int)AuditBreak.Gap, (int)trail.Break);
            Assert.AreEqual("#1 99 TRAIL BREAK #1 Gap|", AuditTexts.Dump(trail));
            AuditTrail again = new AuditTrail(storage.Reboot(), AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Intact, (int)again.Open(0, true));
            Assert.AreEqual(1L, again.MarkedBreak, "the break stays on record");
        }

        [TestMethod]
        public void A_break_is_found_at_every_boot_marked_once_and_remembered_after_it_rotates_out()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditKit.Fill(AuditKit.Open(storage, AuditKit.Small()), 1, 6);
            int at = AuditKit.Frames(storage.Contents("audit.1"))[1];
            storage.CorruptByte("audit.1", at + AuditFrame.TextOffset, 0x20);
            AuditTrail trail = new AuditTrail(storage.Reboot(), AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)trail.Open(AuditKit.Ticks(7), true));
            Assert.AreEqual((int)AuditBreak.Crc, (int)trail.Break);
            Assert.AreEqual(2L, trail.BreakAt);
            Assert.AreEqual(7L, trail.LastSequence, "the break's marker, after the last valid entry");
            Assert.AreEqual(6, trail.Count, "the damaged entry is not read");

            AuditTrail again = new AuditTrail(storage.Reboot(), AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Broken, (int)again.Open(AuditKit.Ticks(8), true));
            Assert.AreEqual(2L, again.BreakAt);
            Assert.AreEqual(2L, again.MarkedBreak);
            Assert.AreEqual(7L, again.LastSequence, "marked once");
            Assert.IsTrue(again.Append(AuditKit.Ticks(9), Operators.Technician, AuditEvent.SelfTest, "after the break"));

            AuditKit.Fill(again, 100, 8); // audit.1 rotates out with its damage
            AuditTrail later = new AuditTrail(storage.Reboot(), AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Intact, (int)later.Open(0, true));
            Assert.AreEqual(2L, later.MarkedBreak);
        }

        [TestMethod]
        public void A_storage_error_refuses_one_entry_and_the_next_append_repairs()
        {
            SimulatedStorage storage = AuditKit.NewStorage();
            AuditTrail trail = AuditKit.Open(storage, AuditKit.Small());
            AuditKit.Fill(trail, 1, 2);
            storage.ArmIoError(storage.MutationCount + 1); // the flush of the next append
            Assert.IsFalse(trail.Append(1, Operators.None, AuditEvent.Other, "refused"));
            Assert.AreEqual(1, trail.Failures);
            Assert.IsTrue(trail.Append(2, Operators.None, AuditEvent.Other, "third"));
            AuditTrail again = new AuditTrail(storage.Reboot(), AuditKit.Small());
            Assert.AreEqual((int)AuditStatus.Intact, (int)again.Open(0, true));
            Assert.AreEqual("#1 99 SIGN ON entry 1|#2 99 SIGN OFF entry 2|#3 99 OTHER third|", AuditTexts.Dump(again));
        }

        [TestMethod]
        public void A_power_cut_at_every_write_leaves_a_valid_chain_never_reported_as_tampering()
        {
            int runs = 0;
            int torn = 0;
            for (int cut = 0; cut < 40; cut++)
            {
                for (int tear = 0; tear < 3; tear++)
                {
                    SimulatedStorage storage = AuditKit.NewStorage();
                    if (tear == 2)
                    {
                        storage.ArmPowerCut(cut, new SeededTear(cut).Pick);
                    }
                    else
                    {
                        storage.ArmPowerCut(cut, tear == 0 ? 0 : SimulatedStorage.KeepAllUnflushed);
                    }

                    int acknowledged = RunUntilCut(storage, 0);
                    storage.Reboot();
                    runs++;
                    // Cut again at each of the first writes of the next boot (the tail cut, the appends after it).
                    for (int second = 0; second < 3; second++)
                    {
                        SimulatedStorage twice = storage.Copy();
                        twice.ArmPowerCut(twice.MutationCount + second, 3);
                        int more = RunUntilCut(twice, acknowledged);
                        AuditTrail after = new AuditTrail(twice.Reboot(), AuditKit.Small());
                        Assert.AreEqual((int)AuditStatus.Intact, (int)after.Open(0, more > 0), "cut " + cut.ToString() + "/" + tear.ToString() + "/" + second.ToString());
                        Assert.IsTrue(after.LastSequence >= more, "every acknowledged entry is kept");
                        torn += after.TailDropped > 0 ? 1 : 0;
                        runs++;
                    }
                }
            }

            Assert.AreEqual(480, runs);
            Assert.IsTrue(torn > 100, "torn tails dropped: " + torn.ToString());
        }

        // Opens the trail on the powered volume and appends 16 entries unless the power goes first; returns the highest
        // sequence an append acknowledged.
        private static int RunUntilCut(SimulatedStorage storage, int acknowledged)
        {
            try
            {
                AuditTrail trail = new AuditTrail(storage, AuditKit.Small());
                Assert.AreEqual((int)AuditStatus.Intact, (int)trail.Open(0, acknowledged > 0));
                Assert.IsTrue(trail.LastSequence >= acknowledged, "every acknowledged entry is kept");
                for (int i = 0; i < 16; i++)
                {
                    Assert.IsTrue(trail.Append(i, Operators.None, AuditEvent.Other, "cut run " + i.ToString()));
                    acknowledged = (int)trail.LastSequence;
                }
            }
            catch (PowerCutException)
            {
                // The power went: what the flash holds is checked at the next boot.
            }

            return acknowledged;
        }
    }
}
