using Pos.Core.Common;
using Pos.Core.Security;

namespace Pos.Core.Tests.Offline
{
    /// <summary>Test MAKs (not real keys) and key stores holding them.</summary>
    public static class OfflineTestKeys
    {
        /// <summary>The MAK from the first sign-in. Test key.</summary>
        public const string TestMakFirst = "0123456789ABCDEFFEDCBA9876543210";

        /// <summary>The MAK from a later sign-in. Test key.</summary>
        public const string TestMakSecond = "1122334455667788AABBCCDDEEFF0011";

        /// <summary>A TMK the data-at-rest key is derived from. Test key.</summary>
        public const string TestTmk = "89ABCDEF0123456776543210FEDCBA98";

        /// <summary>A card data cipher under the key derived from <see cref="TestTmk"/> (a fresh store each call).</summary>
        public static CardDataCipher Cipher()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            byte[] key = Hex.Decode(TestTmk);
            store.Load(KeySlot.Tmk, key, 0, key.Length);
            return new CardDataCipher(new TmkDataKey(store));
        }

        /// <summary>A key store with <paramref name="testMakHex"/> in the MAK slot.</summary>
        public static InMemoryKeyStore StoreWith(string testMakHex)
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            Load(store, testMakHex);
            return store;
        }

        /// <summary>Loads a test MAK (a re-sign-in).</summary>
        public static void Load(InMemoryKeyStore store, string testMakHex)
        {
            byte[] key = Hex.Decode(testMakHex);
            store.Load(KeySlot.Mak, key, 0, key.Length);
        }
    }
}
