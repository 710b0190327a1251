using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Diagnostics.Checks;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Tests.Security
{
    /// <summary>
    /// What people see of a key set erased at boot: the self-test's keys check fails with the reason and the
    /// local.keys_lost checklist, and the idle screen says so in place of "not signed in".
    /// </summary>
    [TestClass]
    public class KeysLostNoticeTests
    {
        [TestMethod]
        public void The_keys_check_fails_with_the_reason_and_the_keys_lost_checklist()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            PersistentKeyStore store = new PersistentKeyStore(flash, new FixedBoardSecret(0x80), new SeededRandom(1), null);
            byte[] tmk = Hex.Decode("0123456789ABCDEFFEDCBA9876543210");
            store.Load(KeySlot.Tmk, tmk, 0, tmk.Length);

            DiagnosticContext ctx = Context(flash.Reboot());
            ctx.Keys = new PersistentKeyStore(flash, new FixedBoardSecret(0x10), new SeededRandom(1), null);
            CheckResult lost = new KeysCheck().Run(ctx);
            Assert.AreEqual((int)CheckStatus.Fail, (int)lost.Status);
            Assert.AreEqual("keys lost: MacMismatch", lost.Value);
            Assert.AreEqual(TextKey.LocalKeysLost, lost.ChecklistKey);
            Assert.IsTrue(Catalog.Get(Locale.EnUs, TextKey.LocalKeysLost).Length > 0);

            ctx.Keys = new InMemoryKeyStore();
            Assert.AreEqual("TMK missing", new KeysCheck().Run(ctx).Value, "an empty store is only missing keys");
        }

        [TestMethod]
        public void The_idle_screen_says_keys_erased_instead_of_not_signed_in()
        {
            int[] locales = new int[] { Locale.ZhCn, Locale.EnUs };
            for (int l = 0; l < locales.Length; l++)
            {
                ScreenModel model = ScreenSamples.Model(ScreenIds.Idle);
                model.SignedIn = false;
                model.KeysLost = true;
                string text = ScreenSamples.Render(ScreenSamples.View(), model, locales[l]).ToText();
                Assert.Contains(Catalog.Get(locales[l], TextKey.UiIdleKeysLost), text);
                Assert.AreEqual(-1, text.IndexOf(Catalog.Get(locales[l], TextKey.UiIdleNotSignedIn)));
                Assert.AreEqual("KEYS_LOST", ScreenText.Format(model, ScreenField.SignInNote));
            }
        }

        private static DiagnosticContext Context(SimulatedStorage flash)
        {
            SimulatedClock clock = new SimulatedClock(new System.DateTime(2026, 1, 5, 8, 0, 0));
            Journal journal = new Journal(flash, new JournalOptions(), clock);
            journal.Open();
            Pos.Core.Audit.AuditTrail audit = new Pos.Core.Audit.AuditTrail(flash);
            audit.Open(clock.UtcNow.Ticks, false);
            return new DiagnosticContext(clock, journal, audit);
        }
    }
}
