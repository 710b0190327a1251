using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class MacTests
    {
        // An 87-byte purchase-like body (MTI 0200 through field 60), the MAC input the protocol layer will pass.
        private const string Message =
            "0200 3020048020C09811 000000 000000000100 000123 0210 00 12 37 6222020200112233445D4912101000012345 " +
            "3132333435363738 313233343536373839303132333435 313536 2600000000000000 0013220000010000";

        private const string TestMakSingle = "1122334455667788";
        private const string TestMakDouble = "0123456789ABCDEFFEDCBA9876543210";

        [TestMethod]
        public void Cups_ecb_mac_known_answers()
        {
            // Expected values from an independent implementation of cups-pos.md §2.11 (zero pad, XOR, hex, E, XOR, E,
            // hex, first 8 characters) on .NET's DES/TripleDES, pinned here; the host test MacOracleTests compares the
            // two over thousands of random messages.
            Assert.AreEqual("BD9CB3FD", MacText(MacAlgorithm.CupsEcb, TestMakSingle, Hex.Decode(Message)));
            Assert.AreEqual("92FE68EE", MacText(MacAlgorithm.CupsEcb, TestMakDouble, Hex.Decode(Message)));
            Assert.AreEqual("423EADC4", MacText(MacAlgorithm.CupsEcb, TestMakDouble, new byte[0]));
        }

        [TestMethod]
        public void Cups_ecb_mac_is_eight_upper_case_hex_characters()
        {
            byte[] mac = Compute(MacAlgorithm.CupsEcb, TestMakDouble, Hex.Decode(Message));
            for (int i = 0; i < mac.Length; i++)
            {
                bool digit = mac[i] >= (byte)'0' && mac[i] <= (byte)'9';
                bool letter = mac[i] >= (byte)'A' && mac[i] <= (byte)'F';
                Assert.IsTrue(digit || letter, "hex character");
            }

            // Trailing zero bytes vanish in the zero padding: a property of the algorithm, not a bug.
            byte[] padded = new byte[] { 1, 2, 3, 0, 0 };
            Assert.AreEqual(MacText(MacAlgorithm.CupsEcb, TestMakSingle, new byte[] { 1, 2, 3 }), MacText(MacAlgorithm.CupsEcb, TestMakSingle, padded));
        }

        [TestMethod]
        public void X919_matches_the_published_example()
        {
            // ANSI X9.19 example (quoted widely, e.g. in HSM manuals): key 0123456789ABCDEF FEDCBA9876543210,
            // text "Now is the time for all " → A1C72E74EA3FA9B6. Confirmed by a .NET DES composition.
            Assert.AreEqual("A1C72E74EA3FA9B6", Hex.Encode(Compute(MacAlgorithm.AnsiX919, TestMakDouble, System.Text.Encoding.UTF8.GetBytes("Now is the time for all "))));
            Assert.AreEqual("7DC71244CE579D29", Hex.Encode(Compute(MacAlgorithm.AnsiX919, TestMakDouble, Hex.Decode(Message))));
        }

        [TestMethod]
        public void X99_matches_the_fips_113_example()
        {
            // FIPS 113 (= ANSI X9.9) example: key 0123456789ABCDEF, text "7654321 Now is the time for " zero padded →
            // F1D30F6849312CA4 (the standard publishes the leading 32 bits F1D30F68).
            Assert.AreEqual("F1D30F6849312CA4", Hex.Encode(Compute(MacAlgorithm.AnsiX99, "0123456789ABCDEF", System.Text.Encoding.UTF8.GetBytes("7654321 Now is the time for "))));

            // With a single-length key X9.19 is the same CBC-MAC.
            Assert.AreEqual("F1D30F6849312CA4", Hex.Encode(Compute(MacAlgorithm.AnsiX919, "0123456789ABCDEF", System.Text.Encoding.UTF8.GetBytes("7654321 Now is the time for "))));

            // 3DES on every block (value from .NET's TripleDES in CBC mode).
            Assert.AreEqual("ACDD00650FED7962", Hex.Encode(Compute(MacAlgorithm.AnsiX99, TestMakDouble, Hex.Decode(Message))));
        }

        [TestMethod]
        public void Verify_accepts_the_right_mac_and_rejects_any_changed_byte()
        {
            DesKey mak = new DesKey(Hex.Decode(TestMakDouble));
            byte[] data = Hex.Decode(Message);
            byte[] received = new byte[12];
            Assert.AreEqual(SecurityError.None, Mac.Compute(MacAlgorithm.CupsEcb, mak, data, 0, data.Length, received, 4));
            Assert.AreEqual(SecurityError.None, Mac.Verify(MacAlgorithm.CupsEcb, mak, data, 0, data.Length, received, 4));

            received[11] ^= 0x01;
            Assert.AreEqual(SecurityError.MacMismatch, Mac.Verify(MacAlgorithm.CupsEcb, mak, data, 0, data.Length, received, 4));
            received[11] ^= 0x01;
            data[40] ^= 0x80;
            Assert.AreEqual(SecurityError.MacMismatch, Mac.Verify(MacAlgorithm.CupsEcb, mak, data, 0, data.Length, received, 4));
            Assert.AreEqual(SecurityError.MacMismatch, Mac.Verify(MacAlgorithm.CupsEcb, mak, data, 0, data.Length, received, 6));
        }

        [TestMethod]
        public void Missing_key_and_unsupported_choices_are_typed_errors()
        {
            byte[] output = new byte[8];
            byte[] data = new byte[3];
            Assert.AreEqual(SecurityError.KeyMissing, Mac.Compute(MacAlgorithm.CupsEcb, null, data, 0, 3, output, 0));
            DesKey triple = new DesKey(new byte[24]);
            Assert.AreEqual(SecurityError.MacAlgorithmUnsupported, Mac.Compute(MacAlgorithm.AnsiX919, triple, data, 0, 3, output, 0));
            Assert.AreEqual(SecurityError.MacAlgorithmUnsupported, Mac.Compute(MacAlgorithm.Count, triple, data, 0, 3, output, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Mac.Compute(MacAlgorithm.CupsEcb, triple, data, 1, 3, output, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Mac.Compute(MacAlgorithm.CupsEcb, triple, data, 0, 3, output, 1));
        }

        [TestMethod]
        public void Every_algorithm_has_a_name()
        {
            Assert.AreEqual("CUPS-ECB", MacAlgorithmNames.Of(MacAlgorithm.CupsEcb));
            Assert.AreEqual("X9.19", MacAlgorithmNames.Of(MacAlgorithm.AnsiX919));
            Assert.AreEqual("X9.9", MacAlgorithmNames.Of(MacAlgorithm.AnsiX99));
            Assert.AreEqual("[3]", MacAlgorithmNames.Of(MacAlgorithm.Count));
        }

        [TestMethod]
        public void Secure_compare_compares_ranges()
        {
            byte[] a = new byte[] { 1, 2, 3, 4 };
            byte[] b = new byte[] { 9, 2, 3, 4 };
            Assert.IsTrue(SecureCompare.Equal(a, 1, b, 1, 3));
            Assert.IsFalse(SecureCompare.Equal(a, 0, b, 0, 4));
            Assert.IsFalse(SecureCompare.Equal(a, 2, b, 2, 3));
            Assert.IsFalse(SecureCompare.Equal(null, 0, b, 0, 1));
        }

        private static byte[] Compute(MacAlgorithm algorithm, string key, byte[] data)
        {
            byte[] output = new byte[8];
            Assert.AreEqual(SecurityError.None, Mac.Compute(algorithm, new DesKey(Hex.Decode(key)), data, 0, data.Length, output, 0));
            return output;
        }

        private static string MacText(MacAlgorithm algorithm, string key, byte[] data)
        {
            byte[] mac = Compute(algorithm, key, data);
            return new string(System.Text.Encoding.UTF8.GetChars(mac));
        }
    }
}
