using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Tests.Host.Security
{
    /// <summary>
    /// The MACs against straightforward reference compositions built on .NET's DES/TripleDES, over random keys and
    /// random messages of 0..300 bytes.
    /// </summary>
    [TestClass]
    public class MacOracleTests
    {
        [TestMethod]
        [DataRow(8, 101L)]
        [DataRow(16, 102L)]
        [DataRow(24, 103L)]
        public void Cups_ecb_mac_matches_a_reference_built_on_dotnet(int keyLength, long seed)
        {
            SeededRandom random = new SeededRandom(seed);
            for (int n = 0; n < 600; n++)
            {
                byte[] key = RandomKey(random, keyLength);
                byte[] message = new byte[random.Next(0, 301)];
                random.NextBytes(message);

                byte[] actual = Compute(MacAlgorithm.CupsEcb, key, message);
                CollectionAssert.AreEqual(ReferenceCupsEcb(key, message), actual, $"length {message.Length}");
                Assert.AreEqual(SecurityError.None, Mac.Verify(MacAlgorithm.CupsEcb, new DesKey(key), message, 0, message.Length, actual, 0));
            }
        }

        [TestMethod]
        [DataRow(8, 201L)]
        [DataRow(16, 202L)]
        public void X919_matches_a_composition_of_dotnet_des(int keyLength, long seed)
        {
            SeededRandom random = new SeededRandom(seed);
            for (int n = 0; n < 600; n++)
            {
                byte[] key = RandomKey(random, keyLength);
                byte[] message = new byte[random.Next(0, 301)];
                random.NextBytes(message);

                byte[] k1 = key[..8];
                byte[] k2 = keyLength == 16 ? key[8..] : k1;
                byte[] expected = DotNetOracle.CbcLastBlock(k1, DotNetOracle.ZeroPad(message));
                expected = DotNetOracle.DecryptEcb(k2, expected);
                expected = DotNetOracle.EncryptEcb(k1, expected);

                CollectionAssert.AreEqual(expected, Compute(MacAlgorithm.AnsiX919, key, message), $"length {message.Length}");
            }
        }

        [TestMethod]
        [DataRow(8, 301L)]
        [DataRow(16, 302L)]
        [DataRow(24, 303L)]
        public void X99_matches_dotnet_cbc(int keyLength, long seed)
        {
            SeededRandom random = new SeededRandom(seed);
            for (int n = 0; n < 400; n++)
            {
                byte[] key = RandomKey(random, keyLength);
                byte[] message = new byte[random.Next(0, 301)];
                random.NextBytes(message);
                byte[] expected = DotNetOracle.CbcLastBlock(key, DotNetOracle.ZeroPad(message));
                CollectionAssert.AreEqual(expected, Compute(MacAlgorithm.AnsiX99, key, message), $"length {message.Length}");
            }
        }

        [TestMethod]
        public void Mac_over_a_slice_ignores_the_bytes_around_it_and_allocates_nothing()
        {
            byte[] key = Hex.Decode("0123456789ABCDEFFEDCBA9876543210");
            DesKey mak = new DesKey(key);
            byte[] message = new byte[100];
            new SeededRandom(5).NextBytes(message);
            byte[] framed = new byte[120];
            Array.Fill(framed, (byte)0xEE);
            Array.Copy(message, 0, framed, 11, 100);
            byte[] output = new byte[10];

            Assert.AreEqual(SecurityError.None, Mac.Compute(MacAlgorithm.CupsEcb, mak, framed, 11, 100, output, 2));
            CollectionAssert.AreEqual(ReferenceCupsEcb(key, message), output[2..]);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                Mac.Compute(MacAlgorithm.CupsEcb, mak, framed, 11, 100, output, 2);
                Mac.Compute(MacAlgorithm.AnsiX919, mak, framed, 11, 100, output, 2);
                Mac.Verify(MacAlgorithm.CupsEcb, mak, framed, 11, 100, output, 2);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // The CUPS POS ECB MAC exactly as cups-pos.md §2.11 words it, with strings and .NET ciphers.
        internal static byte[] ReferenceCupsEcb(byte[] key, byte[] message)
        {
            byte[] padded = message.Length % 8 == 0 ? (byte[])message.Clone() : DotNetOracle.ZeroPad(message);
            byte[] xor = new byte[8];
            for (int i = 0; i < padded.Length; i++)
            {
                xor[i % 8] ^= padded[i];
            }

            string hex = Convert.ToHexString(xor);
            byte[] first = Encoding.ASCII.GetBytes(hex[..8]);
            byte[] last = Encoding.ASCII.GetBytes(hex[8..]);
            byte[] step = DotNetOracle.EncryptEcb(key, first);
            for (int i = 0; i < 8; i++)
            {
                step[i] ^= last[i];
            }

            step = DotNetOracle.EncryptEcb(key, step);
            return Encoding.ASCII.GetBytes(Convert.ToHexString(step)[..8]);
        }

        private static byte[] Compute(MacAlgorithm algorithm, byte[] key, byte[] message)
        {
            byte[] output = new byte[8];
            Assert.AreEqual(SecurityError.None, Mac.Compute(algorithm, new DesKey(key), message, 0, message.Length, output, 0));
            return output;
        }

        private static byte[] RandomKey(SeededRandom random, int length)
        {
            while (true)
            {
                byte[] key = new byte[length];
                random.NextBytes(key);
                if (!DotNetOracle.Rejects(key) && (length != 16 || !DotNetOracle.Rejects(key[..8])) && !DotNetOracle.Rejects(key[..8]))
                {
                    return key;
                }
            }
        }
    }
}
