using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Protocol
{
    /// <summary>
    /// Each error reason from a crafted input, with its field and offset. Most start from the echo frame:
    /// length 0-1, TPDU 2-6, header 7-12, MTI 13-14, bitmap 15-22, 11 at 23, 41 at 26, 42 at 34, 60 prefix at 49,
    /// 60 data at 51-56.
    /// </summary>
    [TestClass]
    public class ProtocolErrorTests
    {
        private const string Echo = ProtocolFixtures.EchoFrame;

        [TestMethod]
        public void Valid_echo_frame_parses()
        {
            Assert.IsNull(ProtocolFixtures.ErrorOf(Echo));
        }

        [TestMethod]
        public void Truncated_frame_and_truncated_field()
        {
            // The prefix promises 55 bytes, 54 follow.
            Check(Echo.Substring(0, Echo.Length - 2), ProtocolErrorReason.Truncated, -1, 56);
            // Length fixed up to 53, so field 60 (6 bytes at 51) has only 4.
            Check("0035" + Echo.Substring(4, Echo.Length - 8), ProtocolErrorReason.Truncated, 60, 51);
            // Not even the 2-byte length, and a frame that ends inside the TPDU.
            Check("00", ProtocolErrorReason.Truncated, -1, 0);
            Check("0003600003", ProtocolErrorReason.Truncated, -1, 2);
            // Ends inside the bitmap.
            Check("000F" + Echo.Substring(4, 15 * 2), ProtocolErrorReason.Truncated, -1, 15);
        }

        [TestMethod]
        public void Length_prefix_over_the_field_maximum()
        {
            // Field 60 says 18 digits; its maximum is 17.
            Check(ProtocolFixtures.Patch(Echo, 50, "18"), ProtocolErrorReason.LengthOverMax, 60, 49);
            // LLL "0999" on field 60: rejected before anything is allocated or read.
            Check(ProtocolFixtures.Patch(ProtocolFixtures.Patch(Echo, 49, "09"), 50, "99"), ProtocolErrorReason.LengthOverMax, 60, 49);
        }

        [TestMethod]
        public void Bad_bcd_nibbles()
        {
            Check(ProtocolFixtures.Patch(Echo, 23, "0A"), ProtocolErrorReason.BadBcd, 11, 23);
            Check(ProtocolFixtures.Patch(Echo, 14, "2B"), ProtocolErrorReason.BadBcd, -1, 13);
            Check(ProtocolFixtures.Patch(Echo, 50, "1A"), ProtocolErrorReason.BadBcd, 60, 49);
            Check(ProtocolFixtures.Patch(Echo, 55, "3C"), ProtocolErrorReason.BadBcd, 60, 55);
        }

        [TestMethod]
        public void Bitmap_names_a_field_the_profile_lacks()
        {
            // Byte 15 bit 0x08 is field 5.
            Check(ProtocolFixtures.Patch(Echo, 15, "08"), ProtocolErrorReason.UnknownField, 5, 15);
            // Byte 20 holds fields 41..48: 0xC8 keeps 41 and 42 and adds 45.
            Check(ProtocolFixtures.Patch(Echo, 20, "C8"), ProtocolErrorReason.UnknownField, 45, 20);
        }

        [TestMethod]
        public void Secondary_bitmap_is_an_error()
        {
            Check(ProtocolFixtures.Patch(Echo, 15, "80"), ProtocolErrorReason.SecondaryBitmap, -1, 15);
        }

        [TestMethod]
        public void Values_that_break_their_format()
        {
            // Control byte in field 41.
            Check(ProtocolFixtures.Patch(Echo, 26, "01"), ProtocolErrorReason.BadFormat, 41, 26);
            // Field 60 has 11 digits: the last nibble is padding and must be 0 or F.
            Check(ProtocolFixtures.Patch(Echo, 56, "15"), ProtocolErrorReason.BadFormat, 60, 56);
            // Packing a non-digit into an n field.
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).EchoTest(message, 9, 1);
            message.Set(11, "00000A");
            ProtocolException error = PackError(message, new byte[200]);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.BadFormat);
            Assert.AreEqual(11, error.Field);
            Assert.AreEqual(25, error.Offset);
        }

        [TestMethod]
        public void Trailing_bytes_inside_and_after_the_frame()
        {
            // Length says 56, one extra byte after field 60.
            Check("0038" + Echo.Substring(4) + "00", ProtocolErrorReason.TrailingBytes, -1, 57);
            // Length says 55 but 56 bytes were given.
            Check(Echo + "00", ProtocolErrorReason.TrailingBytes, -1, 57);
        }

        [TestMethod]
        public void Bad_tpdu_and_bad_header()
        {
            Check(ProtocolFixtures.Patch(Echo, 2, "61"), ProtocolErrorReason.BadTpdu, -1, 2);
            Check(ProtocolFixtures.Patch(Echo, 4, "0E"), ProtocolErrorReason.BadTpdu, -1, 2);
            Check(ProtocolFixtures.Patch(Echo, 7, "6A"), ProtocolErrorReason.BadHeader, -1, 7);
        }

        [TestMethod]
        public void Pack_errors_name_field_and_offset()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).EchoTest(message, 9, 1);
            ProtocolException error = PackError(message, new byte[40]);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.BufferTooSmall);
            Assert.AreEqual(42, error.Field);
            Assert.AreEqual(34, error.Offset);

            message.Set(2, "62258812345678901234");   // 20 digits, max 19
            error = PackError(message, new byte[200]);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.LengthOverMax);
            Assert.AreEqual(2, error.Field);

            message.Remove(2);
            message.Set(5, "1");
            error = PackError(message, new byte[200]);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.UnknownField);
            Assert.AreEqual(5, error.Field);
            Assert.AreEqual("bad format", ProtocolErrorReasons.Name(ProtocolErrorReason.BadFormat));
        }

        private static void Check(string hex, ProtocolErrorReason reason, int field, int offset)
        {
            ProtocolException error = ProtocolFixtures.ErrorOf(hex);
            Assert.IsNotNull(error, "no error for " + hex);
            Assert.AreEqual(ProtocolErrorReasons.Name(reason), ProtocolErrorReasons.Name(error.Reason), error.Message);
            Assert.AreEqual(field, error.Field, error.Message);
            Assert.AreEqual(offset, error.Offset, error.Message);
        }

        private static ProtocolException PackError(IsoMessage message, byte[] buffer)
        {
            try
            {
                new IsoPackager().Pack(message, new XorFoldMac(), buffer, 0);
            }
            catch (ProtocolException error)
            {
                return error;
            }

            return null;
        }
    }
}
