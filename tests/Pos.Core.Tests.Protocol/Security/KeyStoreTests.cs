using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class KeyStoreTests
    {
        private const string TestTmk = "0123456789ABCDEFFEDCBA9876543210";

        [TestMethod]
        public void Load_has_get_clear_and_check_value()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            Assert.IsFalse(store.Has(KeySlot.Tmk));
            Assert.IsNull(store.Get(KeySlot.Tmk));
            Assert.IsFalse(store.GetCheckValue(KeySlot.Tmk, new byte[4], 0));

            byte[] testKey = Hex.Decode("AA" + TestTmk);
            Assert.AreEqual(SecurityError.None, store.Load(KeySlot.Tmk, testKey, 1, 16));
            Assert.IsTrue(store.Has(KeySlot.Tmk));
            Assert.AreEqual(16, store.Get(KeySlot.Tmk).Length);
            byte[] kcv = new byte[5];
            Assert.IsTrue(store.GetCheckValue(KeySlot.Tmk, kcv, 1));
            Assert.AreEqual("0008D7B4FB", Hex.Encode(kcv));

            DesKey held = store.Get(KeySlot.Tmk);
            store.Clear(KeySlot.Tmk);
            Assert.IsFalse(store.Has(KeySlot.Tmk));
            Assert.AreNotEqual("08D7B4FB", Hex.Encode(KeyCheckValue.Compute(held)), "a cleared key is wiped");
        }

        [TestMethod]
        public void Bad_slots_and_lengths_change_nothing()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            Assert.AreEqual(SecurityError.BadKeySlot, store.Load(KeySlot.Count, new byte[8], 0, 8));
            Assert.AreEqual(SecurityError.BadKeyLength, store.Load(KeySlot.Pik, new byte[12], 0, 12));
            Assert.AreEqual(SecurityError.BadKeyLength, store.Load(KeySlot.Pik, new byte[8], 1, 8));
            Assert.IsFalse(store.Has(KeySlot.Pik));

            store.Load(KeySlot.Pik, Hex.Decode("1122334455667788"), 0, 8);
            KeySlot[] slots = new KeySlot[] { KeySlot.Pik, KeySlot.Mak };
            byte[][] keys = new byte[][] { Hex.Decode(TestTmk), new byte[9] };
            Assert.AreEqual(SecurityError.BadKeyLength, store.LoadSet(slots, keys));
            Assert.AreEqual(8, store.Get(KeySlot.Pik).Length, "the old PIK stays");
            Assert.IsFalse(store.Has(KeySlot.Mak));
        }

        [TestMethod]
        public void Descriptions_show_slot_and_kcv_only()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            store.Load(KeySlot.Mak, Hex.Decode(TestTmk), 0, 16);
            Assert.AreEqual("MAK KCV 08D7B4FB", store.Describe(KeySlot.Mak));
            Assert.AreEqual("PIK empty", store.Describe(KeySlot.Pik));
            string all = store.ToString();
            Assert.AreEqual("KeyStore(TMK empty, PIK empty, MAK KCV 08D7B4FB, TDK empty)", all);
            Assert.IsFalse(all.IndexOf("0123456789") >= 0);

            store.ClearAll();
            Assert.AreEqual("MAK empty", store.Describe(KeySlot.Mak));
        }

        [TestMethod]
        public void Every_slot_and_error_has_a_name()
        {
            Assert.AreEqual("TMK", KeySlotNames.Of(KeySlot.Tmk));
            Assert.AreEqual("PIK", KeySlotNames.Of(KeySlot.Pik));
            Assert.AreEqual("MAK", KeySlotNames.Of(KeySlot.Mak));
            Assert.AreEqual("TDK", KeySlotNames.Of(KeySlot.Tdk));
            Assert.AreEqual("[4]", KeySlotNames.Of(KeySlot.Count));

            SecurityError[] all = new SecurityError[]
            {
                SecurityError.None, SecurityError.KeyMissing, SecurityError.BadKeyLength, SecurityError.BadKeySlot,
                SecurityError.MasterKeyMissing, SecurityError.UnknownKeyLayout, SecurityError.KeyBlockLength,
                SecurityError.PikCheckValue, SecurityError.MakCheckValue, SecurityError.TdkCheckValue,
                SecurityError.MacAlgorithmUnsupported, SecurityError.MacMismatch, SecurityError.PinLength,
                SecurityError.PinNotDigits, SecurityError.PanInvalid,
            };
            int named = 0;
            for (int i = 0; i < (int)SecurityError.Count; i++)
            {
                if (SecurityErrorNames.IsDefined((SecurityError)i))
                {
                    named++;
                }
            }

            Assert.AreEqual(all.Length, named, "one name per code, no stray names");
            for (int i = 0; i < all.Length; i++)
            {
                Assert.IsTrue(SecurityErrorNames.IsDefined(all[i]));
                Assert.IsFalse(SecurityErrorNames.Of(all[i]).StartsWith("["));
            }

            Assert.AreEqual("MakCheckValue", SecurityErrorNames.Of(SecurityError.MakCheckValue));
            Assert.AreEqual("[5]", SecurityErrorNames.Of((SecurityError)5));
        }
    }
}
