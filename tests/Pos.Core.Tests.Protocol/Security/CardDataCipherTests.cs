using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class CardDataCipherTests
    {
        private const string TestTmk = "89ABCDEF0123456776543210FEDCBA98";
        private const string Pan = "6217001234567891234";

        private static InMemoryKeyStore Store()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            byte[] key = Hex.Decode(TestTmk);
            store.Load(KeySlot.Tmk, key, 0, key.Length);
            return store;
        }

        private static byte[] Ascii(string text)
        {
            byte[] b = new byte[text.Length];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)text[i];
            }

            return b;
        }

        [TestMethod]
        public void Sealed_bytes_open_with_the_same_key_nonce_and_purpose_only()
        {
            InMemoryKeyStore store = Store();
            CardDataCipher cipher = new CardDataCipher(new TmkDataKey(store));
            Assert.IsTrue(cipher.HasKey);
            byte[] clear = Ascii(Pan + "=2912201");
            byte[] sealedBytes = new byte[CardDataCipher.SealedLength(clear.Length)];
            Assert.AreEqual(40, sealedBytes.Length, "check block, 27 bytes, padding");
            Assert.AreEqual(40, cipher.Seal(clear, 0, clear.Length, 42, 7, 1, sealedBytes, 0));
            Assert.AreEqual(-1, Hex.Encode(sealedBytes).IndexOf(Hex.Encode(clear).Substring(0, 8)), "no clear run");

            byte[] back = new byte[40];
            Assert.AreEqual(clear.Length, cipher.Open(sealedBytes, 0, 40, 42, 7, 1, back, 0));
            Assert.AreEqual(Hex.Encode(clear), Hex.Encode(back, 0, clear.Length));

            // The same data under another STAN or purpose: other bytes, which do not open as the first.
            byte[] other = new byte[40];
            cipher.Seal(clear, 0, clear.Length, 43, 7, 1, other, 0);
            Assert.AreNotEqual(Hex.Encode(sealedBytes), Hex.Encode(other));
            Assert.AreEqual(-1, cipher.Open(sealedBytes, 0, 40, 42, 7, 2, back, 0), "another purpose");
            Assert.AreEqual(-1, cipher.Open(sealedBytes, 0, 40, 42, 8, 1, back, 0), "another batch");

            // A new TMK: another data key; no TMK: nothing sealed or opened.
            byte[] tmk2 = Hex.Decode("0123456789ABCDEFFEDCBA9876543210");
            store.Load(KeySlot.Tmk, tmk2, 0, tmk2.Length);
            Assert.AreEqual(-1, cipher.Open(sealedBytes, 0, 40, 42, 7, 1, back, 0), "another key");
            store.Clear(KeySlot.Tmk);
            Assert.IsFalse(cipher.HasKey);
            Assert.AreEqual(-1, cipher.Seal(clear, 0, clear.Length, 42, 7, 1, other, 0));
            Assert.AreEqual(-1, cipher.Open(sealedBytes, 0, 40, 42, 7, 1, back, 0));
        }

        [TestMethod]
        public void A_sealed_pan_is_marked_hex_and_reads_back_masked_without_the_key()
        {
            CardDataCipher cipher = new CardDataCipher(new TmkDataKey(Store()));
            string kept = SealedPan.Keep(cipher, Pan, true, 42, 7, SealedPan.LogPurpose);
            Assert.IsTrue(SealedPan.IsSealed(kept));
            Assert.AreEqual(-1, kept.IndexOf("1234567"));
            Assert.AreEqual(Pan, SealedPan.Read(cipher, kept, 42, 7, SealedPan.LogPurpose));
            Assert.IsNull(SealedPan.Read(null, kept, 42, 7, SealedPan.LogPurpose), "no key: no number");
            Assert.AreEqual("621700*********1234", SealedPan.Keep(cipher, Pan, false, 42, 7, SealedPan.LogPurpose));
            Assert.AreEqual("621700*********1234", SealedPan.Keep(null, Pan, true, 42, 7, SealedPan.LogPurpose));
            Assert.AreEqual(Pan, SealedPan.Read(cipher, Pan, 42, 7, SealedPan.LogPurpose), "an older clear record still reads");
            Assert.IsNull(SealedPan.Keep(cipher, null, true, 42, 7, SealedPan.LogPurpose));
        }
    }
}
