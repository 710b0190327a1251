using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Tests.Host.Security
{
    /// <summary>The managed DES/3DES against .NET's over thousands of seeded random keys and blocks.</summary>
    [TestClass]
    public class DesOracleTests
    {
        [TestMethod]
        [DataRow(8, 11L)]
        [DataRow(16, 22L)]
        [DataRow(24, 33L)]
        public void Ecb_matches_dotnet_for_random_keys_and_blocks(int keyLength, long seed)
        {
            SeededRandom random = new SeededRandom(seed);
            int checkedKeys = 0;
            for (int n = 0; n < 1500; n++)
            {
                byte[] key = new byte[keyLength];
                random.NextBytes(key);
                if (DotNetOracle.Rejects(key))
                {
                    continue;
                }

                // Four blocks per key, at an odd offset, so offsets are exercised too.
                byte[] plain = new byte[32];
                random.NextBytes(plain);
                byte[] expected = DotNetOracle.EncryptEcb(key, plain);

                DesKey des = new DesKey(key);
                byte[] actual = new byte[35];
                byte[] back = new byte[32];
                for (int block = 0; block < 32; block += 8)
                {
                    des.EncryptBlock(plain, block, actual, 3 + block);
                    des.DecryptBlock(actual, 3 + block, back, block);
                }

                CollectionAssert.AreEqual(expected, actual[3..], $"key {Hex.Encode(key)}");
                CollectionAssert.AreEqual(plain, back, $"key {Hex.Encode(key)}");
                CollectionAssert.AreEqual(plain, DotNetOracle.DecryptEcb(key, actual[3..]));
                checkedKeys++;
            }

            Assert.IsGreaterThan(1400, checkedKeys);
        }

        [TestMethod]
        public void Decrypt_matches_dotnet_on_random_ciphertext()
        {
            SeededRandom random = new SeededRandom(44);
            for (int n = 0; n < 1000; n++)
            {
                byte[] key = new byte[n % 3 == 0 ? 8 : n % 3 == 1 ? 16 : 24];
                random.NextBytes(key);
                if (DotNetOracle.Rejects(key))
                {
                    continue;
                }

                byte[] cipher = new byte[8];
                random.NextBytes(cipher);
                byte[] actual = new byte[8];
                new DesKey(key).DecryptBlock(cipher, 0, actual, 0);
                CollectionAssert.AreEqual(DotNetOracle.DecryptEcb(key, cipher), actual);
            }
        }

        [TestMethod]
        public void Encrypting_a_block_allocates_nothing()
        {
            DesKey key = new DesKey(Hex.Decode("0123456789ABCDEFFEDCBA9876543210"));
            byte[] block = new byte[8];
            key.EncryptBlock(block, 0, block, 0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                key.EncryptBlock(block, 0, block, 0);
                key.DecryptBlock(block, 0, block, 0);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
