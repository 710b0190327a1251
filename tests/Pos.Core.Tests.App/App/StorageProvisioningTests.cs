using Pos.Core.App;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Ui.Screens;
using Pos.Core.Ui.Menus;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// A drive that starts empty is never silent: the idle screen says so, the technician lands on the confirmation with
    /// what an empty drive means, the confirmation is audited and survives reboots, and a later reformat (every file
    /// gone, as the ESP32 firmware does to a LittleFS it cannot mount) raises the alarm again.
    /// </summary>
    [TestClass]
    public class StorageProvisioningTests
    {
        [TestMethod]
        public void An_empty_drive_is_shown_until_a_technician_confirms_it_and_a_reformat_shows_it_again()
        {
            ScenarioRunner r = new ScenarioRunner(new TerminalOptions("12345678", "123456789012345"), false);
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE");
            Assert.IsTrue(r.Terminal.Screen.StorageNew);
            string idle = Idle(r);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiIdleStorageNew), idle);
            Assert.IsTrue(r.Log.Contains("storage: the journal started empty and is not confirmed"));

            // A sale still goes through: the new journal keeps everything from now on.
            Script.Run(r, "key 1 0 0 ENTER\ncard magstripe 6222021234567890 3012 201\nhost reply 00\nexpect screen APPROVED 1.00\nkey CANCEL");

            // The first technician PIN on an empty drive is the default one, changed at once; then the confirmation.
            Script.Run(r, "ui FUNC FUNC 9 0 0 0 0 0 0 ENTER 1 3 5 7 9 2 ENTER 1 3 5 7 9 2 ENTER");
            Assert.AreEqual((int)MenuState.ConfirmStorage, (int)r.App.Menu.State);
            string confirm = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(confirm);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalStorageNew), confirm);

            // CANCEL: not now. The alarm stays, and the next PIN entry lands here again.
            Script.Run(r, "ui CANCEL");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Script.Run(r, "ui CANCEL");
            Assert.IsTrue(r.Terminal.Screen.StorageNew);
            Script.Run(r, "ui FUNC FUNC 9 1 3 5 7 9 2 ENTER");
            Assert.AreEqual((int)MenuState.ConfirmStorage, (int)r.App.Menu.State);

            int audits = r.Terminal.Audit.Count;
            Script.Run(r, "ui ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiStorageConfirmed), r.App.Ui.CurrentScreen.ToText());
            Assert.AreEqual(audits + 1, r.Terminal.Audit.Count);
            Assert.AreEqual("storage started empty; confirmed by technician", AuditTexts.Newest(r.Terminal.Audit));
            Script.Run(r, "ui CANCEL");
            Assert.IsFalse(r.Terminal.Screen.StorageNew);
            Assert.AreEqual(-1, Idle(r).IndexOf(Catalog.Get(Locale.ZhCn, TextKey.UiIdleStorageNew)));

            // A power cut keeps the confirmation: no alarm after the reboot, and the technician goes straight to the menu.
            r.PowerCut();
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE");
            Assert.IsFalse(r.Terminal.Screen.StorageNew);
            Assert.IsTrue(r.Terminal.Provisioning.IsConfirmed);
            Script.Run(r, "ui FUNC FUNC 9 1 3 5 7 9 2 ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Script.Run(r, "ui CANCEL");

            // The drive is reformatted under the terminal (every file gone): the alarm is back at the next boot.
            string[] files = r.Storage.List();
            for (int i = 0; i < files.Length; i++)
            {
                r.Storage.Delete(files[i]);
            }

            r.PowerCut();
            Assert.AreEqual((int)RecoveryStatus.Fresh, (int)r.Terminal.Recovery.Status);
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE");
            Assert.IsTrue(r.Terminal.Screen.StorageNew);
            Assert.IsFalse(r.Terminal.Provisioning.IsConfirmed);
        }

        [TestMethod]
        public void A_factory_rig_confirms_an_empty_drive_at_first_start_and_audits_it()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE");
            Assert.IsFalse(r.Terminal.Screen.StorageNew);
            Assert.IsTrue(r.Terminal.Provisioning.IsConfirmed);
            Assert.IsTrue(AuditTexts.Has(r.Terminal.Audit, "storage started empty; confirmed by first start"));
        }

        // The idle screen as the cashier sees it: rendered through the app's face.
        private static string Idle(ScenarioRunner r)
        {
            r.App.Ui.Render(new StatusSnapshot(), new CrcDisplay());
            return r.App.Ui.CurrentScreen.ToText();
        }
    }
}
