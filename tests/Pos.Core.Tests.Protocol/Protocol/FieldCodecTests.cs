using nanoFramework.TestFramework;
using Pos.Core.Common;

namespace Pos.Core.Tests.Protocol
{
    /// <summary>jPOS habit: pack to exact bytes, unpack from exact bytes, round-trip — for every codec kind.</summary>
    [TestClass]
    public class FieldCodecTests
    {
        [TestMethod]
        public void Bcd_right_packs_exact_bytes()
        {
            Assert.AreEqual("000000001000", ProtocolFixtures.PackField(4, "000000001000"));
            Assert.AreEqual("000001", ProtocolFixtures.PackField(11, "1"));        // zero-padded on the left
            Assert.AreEqual("0001", ProtocolFixtures.PackField(23, "001"));        // odd n3: pad nibble first
        }

        [TestMethod]
        public void Bcd_right_unpacks_exact_bytes()
        {
            Assert.AreEqual("000000001000", (string)ProtocolFixtures.UnpackField(4, "000000001000"));
            Assert.AreEqual("001", (string)ProtocolFixtures.UnpackField(23, "0001"));
            Assert.AreEqual("001", (string)ProtocolFixtures.UnpackField(23, "F001")); // pad F read too
        }

        [TestMethod]
        public void Bcd_right_round_trips()
        {
            string[] values = new string[] { "123", "999", "000" };
            for (int i = 0; i < values.Length; i++)
            {
                Assert.AreEqual(values[i], (string)ProtocolFixtures.UnpackField(23, ProtocolFixtures.PackField(23, values[i])));
            }
        }

        [TestMethod]
        public void Bcd_left_packs_exact_bytes()
        {
            Assert.AreEqual("0210", ProtocolFixtures.PackField(22, "021"));
            // Field 2, 19 digits: LL counts digits (19), then left-aligned with the pad nibble last.
            Assert.AreEqual("19" + "62258812345678901230", ProtocolFixtures.PackField(2, "6225881234567890123"));
            // Field 60, 11 digits: LLL "0011".
            Assert.AreEqual("0011" + "220000010000", ProtocolFixtures.PackField(60, "22000001000"));
        }

        [TestMethod]
        public void Bcd_left_unpacks_exact_bytes()
        {
            Assert.AreEqual("021", (string)ProtocolFixtures.UnpackField(22, "0210"));
            Assert.AreEqual("6225881234567890123", (string)ProtocolFixtures.UnpackField(2, "1962258812345678901230"));
            Assert.AreEqual("6225881234567890123", (string)ProtocolFixtures.UnpackField(2, "196225881234567890123F"));
            Assert.AreEqual("22000001000", (string)ProtocolFixtures.UnpackField(60, "0011220000010000"));
        }

        [TestMethod]
        public void Bcd_left_round_trips()
        {
            string pan = "62258812345678";
            Assert.AreEqual(pan, (string)ProtocolFixtures.UnpackField(2, ProtocolFixtures.PackField(2, pan)));
            Assert.AreEqual("01021000", (string)ProtocolFixtures.UnpackField(32, ProtocolFixtures.PackField(32, "01021000")));
        }

        [TestMethod]
        public void Track_packs_exact_bytes()
        {
            // 23 characters: '=' is nibble D, the odd length is padded with F, the LL prefix counts 23.
            Assert.AreEqual("23" + "6225881234567890D251210F", ProtocolFixtures.PackField(35, "6225881234567890=251210"));
            Assert.AreEqual("0023" + "996225881234567890D1561F", ProtocolFixtures.PackField(36, "996225881234567890=1561"));
        }

        [TestMethod]
        public void Track_unpacks_exact_bytes()
        {
            Assert.AreEqual("6225881234567890=251210", (string)ProtocolFixtures.UnpackField(35, "236225881234567890D251210F"));
            Assert.AreEqual("996225881234567890=1561", (string)ProtocolFixtures.UnpackField(36, "0023996225881234567890D1561F"));
        }

        [TestMethod]
        public void Track_round_trips()
        {
            string track = "6225881234567890123=25121010000000000"; // 37, the maximum
            Assert.AreEqual(track, (string)ProtocolFixtures.UnpackField(35, ProtocolFixtures.PackField(35, track)));
        }

        [TestMethod]
        public void Ascii_packs_exact_bytes()
        {
            Assert.AreEqual("3132333420202020", ProtocolFixtures.PackField(41, "1234"));  // space-padded on the right
            Assert.AreEqual("0003" + "303120", ProtocolFixtures.PackField(63, "01 "));
            Assert.AreEqual("3938", ProtocolFixtures.PackField(39, "98"));
        }

        [TestMethod]
        public void Ascii_unpacks_exact_bytes()
        {
            Assert.AreEqual("12345678", (string)ProtocolFixtures.UnpackField(41, "3132333435363738"));
            Assert.AreEqual("CUP", (string)ProtocolFixtures.UnpackField(63, "0003435550"));
        }

        [TestMethod]
        public void Ascii_round_trips()
        {
            Assert.AreEqual("000000123456", (string)ProtocolFixtures.UnpackField(37, ProtocolFixtures.PackField(37, "000000123456")));
            Assert.AreEqual("A", (string)ProtocolFixtures.UnpackField(44, ProtocolFixtures.PackField(44, "A")));
        }

        [TestMethod]
        public void Binary_packs_exact_bytes()
        {
            Assert.AreEqual("0102030405060708", ProtocolFixtures.PackField(52, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
            Assert.AreEqual("0003" + "9F2701", ProtocolFixtures.PackField(55, new byte[] { 0x9F, 0x27, 0x01 }));
        }

        [TestMethod]
        public void Binary_unpacks_exact_bytes()
        {
            Assert.AreEqual("0102030405060708", Hex.Encode((byte[])ProtocolFixtures.UnpackField(64, "0102030405060708")));
            Assert.AreEqual("9F2701", Hex.Encode((byte[])ProtocolFixtures.UnpackField(55, "00039F2701")));
        }

        [TestMethod]
        public void Binary_round_trips()
        {
            byte[] keys = new byte[60];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = (byte)(i * 7);
            }

            Assert.AreEqual(Hex.Encode(keys), Hex.Encode((byte[])ProtocolFixtures.UnpackField(62, ProtocolFixtures.PackField(62, keys))));
        }

        [TestMethod]
        public void Amount_helpers_convert_fen_and_n12()
        {
            Assert.AreEqual("000000001000", Pos.Core.Protocol.Amount.ToN12(1000));
            Assert.AreEqual(999999999999L, Pos.Core.Protocol.Amount.FromN12("999999999999"));
            Assert.AreEqual(-1L, Pos.Core.Protocol.Amount.FromN12("00000000100A"));
            Assert.AreEqual(-1L, Pos.Core.Protocol.Amount.FromN12("1000"));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Pos.Core.Protocol.Amount.ToN12(-1));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Pos.Core.Protocol.Amount.ToN12(1000000000000L));
        }
    }
}
