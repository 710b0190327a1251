using System;
using nanoFramework.TestFramework;
using Pos.Hal.Time;

namespace Pos.Core.Tests.Time
{
    [TestClass]
    public class SntpPacketTests
    {
        // 2026-11-22 08:00:00 UTC is 4,004,323,200 s after 1900-01-01 = 0xEEAD1F80.
        private static readonly DateTime TrueTime = new DateTime(2026, 11, 22, 8, 0, 0);

        // What a read overwrites: a date no test expects (DateTime.MinValue is another date on the device).
        private static readonly DateTime NotRead = new DateTime(2000, 1, 1, 0, 0, 0);

        [TestMethod]
        public void A_request_is_a_v4_client_message_stamped_with_the_local_time()
        {
            byte[] request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, TrueTime.AddMilliseconds(500));

            Assert.AreEqual((byte)0x23, request[0]); // LI 0, version 4, mode 3
            Assert.AreEqual((byte)0xEE, request[40]);
            Assert.AreEqual((byte)0xAD, request[41]);
            Assert.AreEqual((byte)0x1F, request[42]);
            Assert.AreEqual((byte)0x80, request[43]);
            Assert.AreEqual((byte)0x80, request[44]); // half a second = 0x80000000
            Assert.AreEqual((byte)0x00, request[45]);
            for (int i = 1; i < 40; i++)
            {
                Assert.AreEqual((byte)0, request[i], "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void A_clock_far_off_is_corrected_by_the_offset_with_the_round_trip_halved()
        {
            // The terminal believes it is 1970; the true time is TrueTime. 1 s each way, no server delay.
            DateTime sent = new DateTime(1970, 1, 1, 0, 0, 0);
            byte[] request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, sent);
            byte[] reply = Reply(request, TrueTime.AddSeconds(1), TrueTime.AddSeconds(1));

            DateTime corrected = NotRead;
            SntpError error = SntpPacket.ReadReply(reply, reply.Length, request, sent, sent.AddSeconds(2), ref corrected);

            Assert.AreEqual((int)SntpError.None, (int)error);
            Assert.AreEqual(TrueTime.AddSeconds(2).Ticks, corrected.Ticks);
        }

        [TestMethod]
        public void A_local_time_before_1900_still_matches_and_corrects()
        {
            // 1601 is the earliest DateTime nanoFramework has; NTP starts in 1900.
            DateTime sent = new DateTime(1601, 1, 1, 0, 0, 0).AddSeconds(10);
            byte[] request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, sent);
            Assert.IsFalse(AllZero(request, 40), "the transmit field is the match key, never zero");

            // The server took 2 s between receive and transmit; the reply arrived at once.
            byte[] reply = Reply(request, TrueTime, TrueTime.AddSeconds(2));
            DateTime corrected = NotRead;
            SntpError error = SntpPacket.ReadReply(reply, reply.Length, request, sent, sent, ref corrected);

            Assert.AreEqual((int)SntpError.None, (int)error);
            Assert.AreEqual(TrueTime.AddSeconds(1).Ticks, corrected.Ticks);
        }

        [TestMethod]
        public void Replies_that_must_not_set_the_clock_are_refused_and_leave_the_time_alone()
        {
            DateTime sent = TrueTime;
            byte[] request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, sent);

            AssertRefused(request, Reply(request, TrueTime, TrueTime), 47, SntpError.TooShort);

            byte[] clientEcho = Reply(request, TrueTime, TrueTime);
            clientEcho[0] = 0x23;
            AssertRefused(request, clientEcho, 48, SntpError.NotAServerReply);

            byte[] oldVersion = Reply(request, TrueTime, TrueTime);
            oldVersion[0] = (2 << 3) | 4;
            AssertRefused(request, oldVersion, 48, SntpError.NotAServerReply);

            byte[] unsynchronized = Reply(request, TrueTime, TrueTime);
            unsynchronized[0] = (byte)(0xC0 | unsynchronized[0]);
            AssertRefused(request, unsynchronized, 48, SntpError.ServerUnsynchronized);

            byte[] kissOfDeath = Reply(request, TrueTime, TrueTime);
            kissOfDeath[1] = 0;
            AssertRefused(request, kissOfDeath, 48, SntpError.BadStratum);

            byte[] stratum16 = Reply(request, TrueTime, TrueTime);
            stratum16[1] = 16;
            AssertRefused(request, stratum16, 48, SntpError.BadStratum);

            byte[] stale = Reply(request, TrueTime, TrueTime);
            stale[31] ^= 0x01;
            AssertRefused(request, stale, 48, SntpError.NotOurRequest);

            byte[] noTime = Reply(request, TrueTime, TrueTime);
            Array.Clear(noTime, 40, 8);
            AssertRefused(request, noTime, 48, SntpError.NoTransmitTime);

            AssertRefused(request, null, 0, SntpError.TooShort);
        }

        [TestMethod]
        public void A_server_that_leaves_the_receive_time_empty_is_read_by_its_transmit_time()
        {
            DateTime sent = TrueTime.AddHours(-3);
            byte[] request = new byte[SntpPacket.Length];
            SntpPacket.WriteRequest(request, sent);
            byte[] reply = Reply(request, TrueTime, TrueTime.AddSeconds(1));
            Array.Clear(reply, 32, 8);

            DateTime corrected = NotRead;
            SntpError error = SntpPacket.ReadReply(reply, 48, request, sent, sent.AddSeconds(2), ref corrected);

            Assert.AreEqual((int)SntpError.None, (int)error);
            // T2 taken as T3: offset = ((T3 - T1) + (T3 - T4)) / 2 = ((3 h + 1 s) + (3 h - 1 s)) / 2 = 3 h
            Assert.AreEqual(TrueTime.AddSeconds(2).Ticks, corrected.Ticks);
        }

        [TestMethod]
        public void Timestamps_with_the_top_bit_clear_are_in_the_era_that_starts_in_2036()
        {
            byte[] buffer = new byte[8];
            DateTime eraStart = new DateTime(2036, 2, 7, 6, 28, 16);

            buffer[3] = 0x10; // 16 s into era 1
            Assert.AreEqual(eraStart.AddSeconds(16).Ticks, SntpPacket.ReadTimestamp(buffer, 0));

            buffer[0] = 0xFF;
            buffer[1] = 0xFF;
            buffer[2] = 0xFF;
            buffer[3] = 0xFF; // the last second of era 0
            Assert.AreEqual(eraStart.AddSeconds(-1).Ticks, SntpPacket.ReadTimestamp(buffer, 0));

            DateTime year2040 = new DateTime(2040, 6, 1, 12, 0, 0);
            Assert.IsTrue(SntpPacket.WriteTimestamp(buffer, 0, year2040.Ticks));
            Assert.AreEqual(year2040.Ticks, SntpPacket.ReadTimestamp(buffer, 0));
            Assert.IsFalse(SntpPacket.WriteTimestamp(buffer, 0, new DateTime(1899, 12, 31, 0, 0, 0).Ticks));
        }

        [TestMethod]
        public void Fractions_of_a_second_survive_a_write_and_read_within_one_tick()
        {
            byte[] buffer = new byte[8];
            long ticks = TrueTime.Ticks + 1234567; // 0.1234567 s
            Assert.IsTrue(SntpPacket.WriteTimestamp(buffer, 0, ticks));
            long back = SntpPacket.ReadTimestamp(buffer, 0);
            Assert.IsTrue(back <= ticks && ticks - back <= 1, "read back " + back.ToString());
        }

        private static void AssertRefused(byte[] request, byte[] reply, int length, SntpError expected)
        {
            DateTime corrected = TrueTime.AddDays(-1);
            SntpError error = SntpPacket.ReadReply(reply, length, request, TrueTime, TrueTime, ref corrected);
            Assert.AreEqual((int)expected, (int)error);
            Assert.AreEqual(TrueTime.AddDays(-1).Ticks, corrected.Ticks);
        }

        // A v4 server reply at stratum 2 echoing the request's transmit field.
        private static byte[] Reply(byte[] request, DateTime serverReceive, DateTime serverTransmit)
        {
            byte[] reply = new byte[SntpPacket.Length];
            reply[0] = (4 << 3) | 4;
            reply[1] = 2;
            Array.Copy(request, 40, reply, 24, 8);
            Assert.IsTrue(SntpPacket.WriteTimestamp(reply, 32, serverReceive.Ticks));
            Assert.IsTrue(SntpPacket.WriteTimestamp(reply, 40, serverTransmit.Ticks));
            return reply;
        }

        private static bool AllZero(byte[] buffer, int offset)
        {
            for (int i = 0; i < 8; i++)
            {
                if (buffer[offset + i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
