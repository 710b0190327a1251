using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class PinBlockTests
    {
        private const string TestPikDouble = "0123456789ABCDEFFEDCBA9876543210";
        private const string TestPikSingle = "1122334455667788";
        private const string Pan = "4000001234567899";

        [TestMethod]
        public void Format_0_known_answer()
        {
            // By hand: PIN field  0 4 1234 FFFFFFFFFF         = 041234FFFFFFFFFF
            //          PAN field  0000 + 12 digits before the check digit 9 of 4000001234567899 → 000123456789
            //                                                   = 0000000123456789
            //          clear block (XOR)                        = 041234FEDCBA9876
            // Encrypted with .NET's TripleDES / DES (pinned): 7886F2179A0694B3 and 25062B15D7EB5412.
            Assert.AreEqual("7886F2179A0694B3", Block(TestPikDouble, "1234", Pan));
            Assert.AreEqual("25062B15D7EB5412", Block(TestPikSingle, "1234", Pan));

            byte[] clear = Hex.Decode(Block(TestPikDouble, "1234", Pan));
            new DesKey(Hex.Decode(TestPikDouble)).DecryptBlock(clear, 0, clear, 0);
            Assert.AreEqual("041234FEDCBA9876", Hex.Encode(clear));
        }

        [TestMethod]
        public void Without_pan_the_block_is_the_pin_field()
        {
            // Clear block 041234FFFFFFFFFF; encrypted with .NET's TripleDES (pinned): F005B8AE32436B80.
            byte[] pin = Digits("1234");
            byte[] output = new byte[8];
            Assert.AreEqual(SecurityError.None, PinBlock.EncryptWithoutPan(new DesKey(Hex.Decode(TestPikDouble)), pin, 0, 4, output, 0));
            Assert.AreEqual("F005B8AE32436B80", Hex.Encode(output));
        }

        [TestMethod]
        public void Long_pin_and_short_pan_fill_the_fields()
        {
            // 12-digit PIN: 0C123456789012FF; 8-digit PAN 12345678 → account digits 1234567, left-padded to
            // 000001234567; PAN field 0000000001234567; XOR = 0C12345679B35798.
            byte[] clear = Hex.Decode(Block(TestPikDouble, "123456789012", "12345678"));
            new DesKey(Hex.Decode(TestPikDouble)).DecryptBlock(clear, 0, clear, 0);
            Assert.AreEqual("0C12345679B35798", Hex.Encode(clear));
        }

        [TestMethod]
        public void Bad_input_is_a_typed_error_and_the_pin_is_wiped_anyway()
        {
            DesKey pik = new DesKey(Hex.Decode(TestPikDouble));
            byte[] output = new byte[8];
            byte[] pin = Digits("123");
            Assert.AreEqual(SecurityError.PinLength, PinBlock.Encrypt(pik, pin, 0, 3, Pan, output, 0));
            AssertWiped(pin);

            pin = Digits("1234567890123");
            Assert.AreEqual(SecurityError.PinLength, PinBlock.Encrypt(pik, pin, 0, 13, Pan, output, 0));
            pin = Digits("12a4");
            Assert.AreEqual(SecurityError.PinNotDigits, PinBlock.Encrypt(pik, pin, 0, 4, Pan, output, 0));
            AssertWiped(pin);
            Assert.AreEqual(SecurityError.PanInvalid, PinBlock.Encrypt(pik, Digits("1234"), 0, 4, "40000012345678X9", output, 0));
            Assert.AreEqual(SecurityError.PanInvalid, PinBlock.Encrypt(pik, Digits("1234"), 0, 4, "1234567", output, 0));
            Assert.AreEqual(SecurityError.PanInvalid, PinBlock.Encrypt(pik, Digits("1234"), 0, 4, null, output, 0));
            Assert.AreEqual(SecurityError.KeyMissing, PinBlock.Encrypt(null, Digits("1234"), 0, 4, Pan, output, 0));
            Assert.AreEqual("0000000000000000", Hex.Encode(output));
        }

        [TestMethod]
        public void The_clear_pin_is_wiped_after_success()
        {
            byte[] buffer = Digits("xx246810yy");
            byte[] output = new byte[8];
            Assert.AreEqual(SecurityError.None, PinBlock.Encrypt(new DesKey(Hex.Decode(TestPikDouble)), buffer, 2, 6, Pan, output, 0));
            Assert.AreEqual((byte)'x', buffer[1]);
            Assert.AreEqual((byte)0, buffer[2]);
            Assert.AreEqual((byte)0, buffer[7]);
            Assert.AreEqual((byte)'y', buffer[8]);
        }

        private static string Block(string key, string pin, string pan)
        {
            byte[] digits = Digits(pin);
            byte[] output = new byte[8];
            Assert.AreEqual(SecurityError.None, PinBlock.Encrypt(new DesKey(Hex.Decode(key)), digits, 0, digits.Length, pan, output, 0));
            AssertWiped(digits);
            return Hex.Encode(output);
        }

        private static byte[] Digits(string text)
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        private static void AssertWiped(byte[] pin)
        {
            for (int i = 0; i < pin.Length; i++)
            {
                Assert.AreEqual((byte)0, pin[i], "clear PIN wiped");
            }
        }
    }
}
