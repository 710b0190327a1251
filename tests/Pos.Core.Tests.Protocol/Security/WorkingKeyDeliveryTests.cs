using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Security
{
    [TestClass]
    public class WorkingKeyDeliveryTests
    {
        private const string TestTmk = "FEDCBA98765432100123456789ABCDEF";

        // Field 62 for 60.3 = 003 under TestTmk: PIK 1111111111111111 2222222222222222, MAK 3333333333333333
        // 4444444444444444, each as 3DES-ECB ciphertext + first 4 bytes of the key's 3DES encryption of zeros.
        // Built with .NET's TripleDES (independent of the code under test) and pinned.
        private const string Field62Double =
            "C668E7DF6F606157DFE4244EFDFF4E75" + "D2B91CC5" +
            "37DF50D823FD3DD3836158367A3AD51D" + "E18DE25E";

        // Field 62 for 60.3 = 001 under TestTmk: PIK 1A2B3C4D5E6F7081, MAK 8070605040302010 (single length,
        // decrypted with 3DES because the TMK is double length). Built with .NET's TripleDES / DES and pinned.
        private const string Field62Single = "CAF94A467C0E40C3" + "A2AFCD72" + "BD34AA76196D9FA4" + "7B70192F";

        [TestMethod]
        public void Layout_003_installs_double_length_pik_and_mak()
        {
            InMemoryKeyStore store = StoreWithTmk();
            byte[] field = Hex.Decode(Field62Double);
            Assert.AreEqual(40, WorkingKeyDelivery.ExpectedLength(WorkingKeyDelivery.DoubleLength));
            Assert.AreEqual(SecurityError.None, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, field, 0, field.Length));
            Assert.AreEqual("PIK KCV D2B91CC5", store.Describe(KeySlot.Pik));
            Assert.AreEqual("MAK KCV E18DE25E", store.Describe(KeySlot.Mak));
            Assert.AreEqual(16, store.Get(KeySlot.Mak).Length, "a double-length MAK stays double length");
            Assert.IsFalse(store.Has(KeySlot.Tdk));

            // The installed PIK really is 1111…2222.
            Assert.AreEqual(
                Hex.Encode(KeyCheckValue.Compute(new DesKey(Hex.Decode("11111111111111112222222222222222")))),
                Hex.Encode(KeyCheckValue.Compute(store.Get(KeySlot.Pik))));
        }

        [TestMethod]
        public void Layout_001_installs_single_length_keys_from_an_offset()
        {
            InMemoryKeyStore store = StoreWithTmk();
            byte[] field = Hex.Decode("9999" + Field62Single + "99");
            Assert.AreEqual(SecurityError.None, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.SingleLength, field, 2, 24));
            Assert.AreEqual("PIK KCV A2AFCD72", store.Describe(KeySlot.Pik));
            Assert.AreEqual("MAK KCV 7B70192F", store.Describe(KeySlot.Mak));
            Assert.AreEqual(8, store.Get(KeySlot.Pik).Length);
        }

        [TestMethod]
        public void Layout_004_installs_pik_mak_and_tdk()
        {
            InMemoryKeyStore store = StoreWithTmk();
            DesKey tmk = new DesKey(Hex.Decode(TestTmk));
            byte[] field = new byte[60];
            Entry(tmk, "11111111111111112222222222222222", field, 0);
            Entry(tmk, "33333333333333334444444444444444", field, 20);
            Entry(tmk, "55555555555555556666666666666666", field, 40);
            Assert.AreEqual(SecurityError.None, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLengthWithTdk, field, 0, 60));
            Assert.AreEqual("PIK KCV D2B91CC5", store.Describe(KeySlot.Pik));
            Assert.AreEqual("MAK KCV E18DE25E", store.Describe(KeySlot.Mak));
            Assert.IsTrue(store.Has(KeySlot.Tdk));
            Assert.AreEqual(
                Hex.Encode(KeyCheckValue.Compute(new DesKey(Hex.Decode("55555555555555556666666666666666")))),
                Hex.Encode(KeyCheckValue.Compute(store.Get(KeySlot.Tdk))));
        }

        [TestMethod]
        public void A_wrong_check_value_installs_nothing_and_names_the_key()
        {
            InMemoryKeyStore store = StoreWithTmk();
            store.Load(KeySlot.Pik, Hex.Decode("0102030405060708"), 0, 8);
            byte[] field = Hex.Decode(Field62Double);
            field[39] ^= 0x01;
            Assert.AreEqual(SecurityError.MakCheckValue, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, field, 0, 40));
            Assert.AreEqual(8, store.Get(KeySlot.Pik).Length, "the old PIK stays although the new one checked out");
            Assert.IsFalse(store.Has(KeySlot.Mak));

            field = Hex.Decode(Field62Double);
            field[3] ^= 0x40;
            Assert.AreEqual(SecurityError.PikCheckValue, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, field, 0, 40));

            DesKey tmk = new DesKey(Hex.Decode(TestTmk));
            field = new byte[60];
            Entry(tmk, "11111111111111112222222222222222", field, 0);
            Entry(tmk, "33333333333333334444444444444444", field, 20);
            Entry(tmk, "55555555555555556666666666666666", field, 40);
            field[59] ^= 0xFF;
            Assert.AreEqual(SecurityError.TdkCheckValue, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLengthWithTdk, field, 0, 60));
            Assert.IsFalse(store.Has(KeySlot.Mak));
            Assert.IsFalse(store.Has(KeySlot.Tdk));
        }

        [TestMethod]
        public void Wrong_length_unknown_layout_and_missing_tmk_are_typed_errors()
        {
            InMemoryKeyStore store = StoreWithTmk();
            byte[] field = Hex.Decode(Field62Double);
            Assert.AreEqual(SecurityError.KeyBlockLength, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, field, 0, 39));
            Assert.AreEqual(SecurityError.KeyBlockLength, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.SingleLength, field, 0, 40));
            Assert.AreEqual(SecurityError.KeyBlockLength, WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLengthWithTdk, field, 0, 40));
            Assert.AreEqual(SecurityError.UnknownKeyLayout, WorkingKeyDelivery.Install(store, 2, field, 0, 40));
            Assert.AreEqual(-1, WorkingKeyDelivery.ExpectedLength(2));

            InMemoryKeyStore empty = new InMemoryKeyStore();
            Assert.AreEqual(SecurityError.MasterKeyMissing, WorkingKeyDelivery.Install(empty, WorkingKeyDelivery.DoubleLength, field, 0, 40));
            Assert.IsFalse(empty.Has(KeySlot.Pik));
            Assert.IsFalse(store.Has(KeySlot.Pik));
        }

        [TestMethod]
        public void Installed_keys_work_for_mac_and_pin()
        {
            InMemoryKeyStore store = StoreWithTmk();
            byte[] field = Hex.Decode(Field62Double);
            WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, field, 0, 40);

            byte[] data = new byte[] { 0x02, 0x00, 0x30, 0x20 };
            byte[] expected = new byte[8];
            byte[] actual = new byte[8];
            Mac.Compute(MacAlgorithm.CupsEcb, new DesKey(Hex.Decode("33333333333333334444444444444444")), data, 0, 4, expected, 0);
            Assert.AreEqual(SecurityError.None, Mac.Compute(MacAlgorithm.CupsEcb, store.Get(KeySlot.Mak), data, 0, 4, actual, 0));
            CollectionAssert.AreEqual(expected, actual);
        }

        private static InMemoryKeyStore StoreWithTmk()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            byte[] tmk = Hex.Decode(TestTmk);
            Assert.AreEqual(SecurityError.None, store.Load(KeySlot.Tmk, tmk, 0, tmk.Length));
            return store;
        }

        // One field-62 entry built with the managed cipher (proven against published vectors in DesTests).
        private static void Entry(DesKey tmk, string clearKey, byte[] field, int at)
        {
            byte[] key = Hex.Decode(clearKey);
            tmk.EncryptBlock(key, 0, field, at);
            tmk.EncryptBlock(key, 8, field, at + 8);
            KeyCheckValue.Compute(new DesKey(key), field, at + 16, 4);
        }
    }
}
