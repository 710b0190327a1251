using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Tests.Ui.Screens
{
    /// <summary>
    /// A sale refused for a missing key says which: no master key (LMK: load it under dual control), keys erased at boot
    /// (LKL: local.keys_lost), or only the working keys missing (LNK: sign in). Each code has its checklist.
    /// </summary>
    [TestClass]
    public class NoKeysCodeTests
    {
        [TestMethod]
        public void The_code_says_which_key_is_missing_and_each_has_its_checklist()
        {
            InMemoryKeyStore keys = new InMemoryKeyStore();
            Assert.AreEqual(TxnLocalCodes.CodeNoMasterKey, TxnLocalCodes.NoKeys(keys));
            byte[] test = new byte[16];
            test[0] = 0x31;
            keys.LoadMaster(test, 0, test.Length, KeyOrigin.DualControl);
            Assert.AreEqual(TxnLocalCodes.CodeNoKeys, TxnLocalCodes.NoKeys(keys));

            Assert.AreEqual(TextKey.LocalNoMasterKey, ScreenCodeKeys.ForLocalCode(TxnLocalCodes.CodeNoMasterKey));
            Assert.AreEqual(TextKey.LocalKeysLost, ScreenCodeKeys.ForLocalCode(TxnLocalCodes.CodeKeysLost));
            Assert.AreEqual(TextKey.LocalNotSignedIn, ScreenCodeKeys.ForLocalCode(TxnLocalCodes.CodeNoKeys));
        }
    }
}
