using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class DesTests
    {
        [TestMethod]
        public void Des_matches_the_fips_81_now_is_the_time_example()
        {
            // FIPS 81 (DES modes of operation), Appendix B, ECB example: key 0123456789ABCDEF,
            // plaintext "Now is the time for all " → 3FA40E8A984D4815 6A271787AB8883F9 893D51EC4B563B53.
            DesKey key = new DesKey(Hex.Decode("0123456789ABCDEF"));
            byte[] plain = System.Text.Encoding.UTF8.GetBytes("Now is the time for all ");
            byte[] cipher = new byte[24];
            for (int at = 0; at < 24; at += 8)
            {
                key.EncryptBlock(plain, at, cipher, at);
            }

            Assert.AreEqual("3FA40E8A984D48156A271787AB8883F9893D51EC4B563B53", Hex.Encode(cipher));

            byte[] back = new byte[24];
            for (int at = 0; at < 24; at += 8)
            {
                key.DecryptBlock(cipher, at, back, at);
            }

            CollectionAssert.AreEqual(plain, back);
        }

        [TestMethod]
        public void Des_matches_the_classic_worked_example()
        {
            // J. Orlin Grabbe, "The DES Algorithm Illustrated": key 133457799BBCDFF1, M 0123456789ABCDEF → 85E813540F0AB405.
            Assert.AreEqual("85E813540F0AB405", EncryptHex("133457799BBCDFF1", "0123456789ABCDEF"));
            Assert.AreEqual("0123456789ABCDEF", DecryptHex("133457799BBCDFF1", "85E813540F0AB405"));
        }

        [TestMethod]
        public void Des_matches_nist_sp_800_20_known_answers()
        {
            // NIST SP 800-20, Table A.1 (variable plaintext, key 0101010101010101): 8000000000000000 → 95F8A5E5DD31D900,
            // 0000000000000001 → 166B40B44ABA4BD6; Table A.2 (variable key, plaintext 0): key 8001010101010101 → 95A8D72813DAA94D.
            Assert.AreEqual("95F8A5E5DD31D900", EncryptHex("0101010101010101", "8000000000000000"));
            Assert.AreEqual("166B40B44ABA4BD6", EncryptHex("0101010101010101", "0000000000000001"));
            Assert.AreEqual("95A8D72813DAA94D", EncryptHex("8001010101010101", "0000000000000000"));

            // The same keys as a degenerate 3DES (K1 = K2 = K3) are single DES.
            Assert.AreEqual("95F8A5E5DD31D900", EncryptHex("010101010101010101010101010101010101010101010101", "8000000000000000"));
        }

        [TestMethod]
        public void Triple_des_matches_the_nist_sp_800_67_example()
        {
            // NIST SP 800-67 Rev. 1, Appendix B: keys 0123456789ABCDEF 23456789ABCDEF01 456789ABCDEF0123,
            // plaintext "The qufck brown fox jump" → A826FD8CE53B855F CCE21C8112256FE6 68D5C05DD9B6B900.
            DesKey key = new DesKey(Hex.Decode("0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123"));
            byte[] data = System.Text.Encoding.UTF8.GetBytes("The qufck brown fox jump");
            byte[] original = System.Text.Encoding.UTF8.GetBytes("The qufck brown fox jump");
            for (int at = 0; at < 24; at += 8)
            {
                key.EncryptBlock(data, at, data, at);
            }

            Assert.AreEqual("A826FD8CE53B855FCCE21C8112256FE668D5C05DD9B6B900", Hex.Encode(data));
            for (int at = 0; at < 24; at += 8)
            {
                key.DecryptBlock(data, at, data, at);
            }

            CollectionAssert.AreEqual(original, data);
        }

        [TestMethod]
        public void Two_key_triple_des_is_k1_k2_k1()
        {
            // A widely published check: 0123456789ABCDEF FEDCBA9876543210 encrypts zeros to 08D7B4FB629D0885
            // (also what .NET's TripleDES gives, see the host oracle tests).
            Assert.AreEqual("08D7B4FB629D0885", EncryptHex("0123456789ABCDEFFEDCBA9876543210", "0000000000000000"));
            Assert.AreEqual(
                EncryptHex("0123456789ABCDEFFEDCBA98765432100123456789ABCDEF", "1122334455667788"),
                EncryptHex("0123456789ABCDEFFEDCBA9876543210", "1122334455667788"));

            // K1 = K2 collapses to single DES with K3.
            Assert.AreEqual(EncryptHex("133457799BBCDFF1", "0123456789ABCDEF"), EncryptHex("133457799BBCDFF1133457799BBCDFF1", "0123456789ABCDEF"));
        }

        [TestMethod]
        public void Decrypt_inverts_encrypt_for_seeded_keys_of_every_length()
        {
            SeededRandom random = new SeededRandom(46);
            byte[] block = new byte[8];
            byte[] cipher = new byte[8];
            byte[] back = new byte[8];
            for (int n = 0; n < 12; n++)
            {
                byte[] testKey = new byte[8 * ((n % 3) + 1)];
                random.NextBytes(testKey);
                random.NextBytes(block);
                DesKey key = new DesKey(testKey);
                key.EncryptBlock(block, 0, cipher, 0);
                key.DecryptBlock(cipher, 0, back, 0);
                CollectionAssert.AreEqual(block, back);
                Assert.AreEqual(testKey.Length, key.Length);
            }
        }

        [TestMethod]
        public void Components_are_single_des_with_each_half()
        {
            DesKey pair = new DesKey(Hex.Decode("133457799BBCDFF10123456789ABCDEF"));
            uint left = 0x01234567;
            uint right = 0x89ABCDEF;
            pair.EncryptWithComponent(0, ref left, ref right);
            Assert.AreEqual(0x85E81354u, left);
            Assert.AreEqual(0x0F0AB405u, right);
            pair.DecryptWithComponent(0, ref left, ref right);
            Assert.AreEqual(0x01234567u, left);

            left = 0;
            right = 0;
            pair.EncryptWithComponent(1, ref left, ref right);
            Assert.AreEqual("D5D44FF720683D0D", EncryptHex("0123456789ABCDEF", "0000000000000000"));
            Assert.AreEqual(0xD5D44FF7u, left);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => pair.EncryptWithComponent(2, ref left, ref right));
        }

        [TestMethod]
        public void Bad_lengths_and_ranges_are_rejected_and_the_key_never_prints()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DesKey(new byte[7]));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new DesKey(new byte[32]));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new DesKey(new byte[16], 4, 16));
            DesKey key = new DesKey(Hex.Decode("0123456789ABCDEF"));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => key.EncryptBlock(new byte[10], 3, new byte[8], 0));
            Assert.AreEqual("DesKey(8 bytes)", key.ToString());
            Assert.IsFalse(DesKey.IsValidLength(0));
            Assert.IsTrue(DesKey.IsValidLength(24));
        }

        [TestMethod]
        public void A_wiped_key_no_longer_encrypts_like_the_original()
        {
            DesKey key = new DesKey(Hex.Decode("133457799BBCDFF1"));
            key.Wipe();
            Assert.AreNotEqual("85E813540F0AB405", Encrypt(key, "0123456789ABCDEF"));
        }

        private static string EncryptHex(string key, string block)
        {
            return Encrypt(new DesKey(Hex.Decode(key)), block);
        }

        private static string Encrypt(DesKey key, string block)
        {
            byte[] data = Hex.Decode(block);
            key.EncryptBlock(data, 0, data, 0);
            return Hex.Encode(data);
        }

        private static string DecryptHex(string key, string block)
        {
            byte[] data = Hex.Decode(block);
            new DesKey(Hex.Decode(key)).DecryptBlock(data, 0, data, 0);
            return Hex.Encode(data);
        }
    }
}
