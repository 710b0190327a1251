using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Ui.Menus;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>The menu machine: its table, navigation by keys, PIN entry, the self-test flow, the merchant locale.</summary>
    [TestClass]
    public class MenuTests
    {
        [TestMethod]
        public void Every_key_has_a_defined_meaning_in_every_state()
        {
            Assert.AreEqual((int)MenuState.Count, MenuTable.States.Length);
            for (int s = 0; s < (int)MenuState.Count; s++)
            {
                Assert.AreEqual(s, (int)MenuTable.States[s].State);
                for (int k = (int)Key.Digit0; k <= (int)Key.Down; k++)
                {
                    Assert.IsTrue(MenuTable.IsDefined((MenuState)s, (Key)k), "state " + s.ToString() + " key " + k.ToString());
                }
            }
        }

        [TestMethod]
        public void Cashier_reaches_only_the_merchant_menu_without_the_pin()
        {
            for (int i = 0; i < MenuTable.MerchantItems.Count; i++)
            {
                MenuCommand c = MenuTable.MerchantItems.Command(i);
                // Sign-off, the cashiers and the merchant settings' changes behind the supervisor's password, and the reprints: no technician item.
                Assert.IsTrue(c == MenuCommand.Language || c == MenuCommand.Transactions || c == MenuCommand.SignOff || c == MenuCommand.Operators
                    || c == MenuCommand.MerchantSettings || c == MenuCommand.PrintSlips || c == MenuCommand.Exit);
            }

            DiagRig rig = DiagRig.Create();
            Assert.IsFalse(rig.Menu.HandleKey(Key.Enter));
            Assert.IsFalse(rig.Menu.IsActive);
            rig.Press(Key.Func);
            Assert.AreEqual((int)MenuState.Merchant, (int)rig.Menu.State);
            rig.Press(new Key[] { Key.Digit9, Key.Func, Key.Down, Key.Digit9, Key.Up });
            Assert.AreEqual((int)MenuState.Merchant, (int)rig.Menu.State);
            rig.Press(Key.Cancel);
            Assert.IsFalse(rig.Menu.IsActive);
        }

        [TestMethod]
        public void A_seeded_walk_over_every_key_never_breaks_the_machine()
        {
            DiagRig rig = DiagRig.Create();
            rig.EnterAsTechnician("482916");
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);
            SeededRandom random = new SeededRandom(42);
            for (int i = 0; i < 400; i++)
            {
                if (!rig.Menu.IsActive)
                {
                    rig.EnterSequence();
                    rig.TypePin("482916");
                }

                rig.Press((Key)random.Next((int)Key.Digit0, (int)Key.Down + 1));
                Assert.IsTrue((int)rig.Menu.State >= 0 && (int)rig.Menu.State < (int)MenuState.Count);
            }
        }

        [TestMethod]
        public void Enter_wrong_pin_right_pin_run_all_open_a_fail_page_back_out_and_exit()
        {
            DiagRig rig = DiagRig.Create();
            rig.Net.Rssi = -85;
            rig.EnterSequence();
            Assert.AreEqual((int)MenuState.PinEntry, (int)rig.Menu.State);
            rig.TypePin("999999");
            Assert.AreEqual((int)MenuState.PinEntry, (int)rig.Menu.State);
            Assert.Contains("4", rig.Menu.Screen.RowText(13));
            rig.TypePin(TechnicianPin.DefaultPin);
            Assert.AreEqual((int)MenuState.NewPin, (int)rig.Menu.State);
            rig.TypePin("482916");
            rig.TypePin("482917");
            Assert.AreEqual((int)MenuState.NewPin, (int)rig.Menu.State);
            rig.TypePin("482916");
            rig.TypePin("482916");
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);

            rig.Press(Key.Enter); // run all
            Assert.AreEqual((int)MenuState.DisplayTest, (int)rig.Menu.State);
            // Every pattern must be seen and confirmed: ENTER shows the next one until all are.
            for (int p = 1; p < InteractiveTests.PatternCount; p++)
            {
                Assert.Contains(p.ToString() + "/" + InteractiveTests.PatternCount.ToString(), rig.Menu.Screen.RowText(MenuLayouts.NoteRow));
                rig.Press(Key.Enter);
                Assert.AreEqual((int)MenuState.DisplayTest, (int)rig.Menu.State, "pattern " + p.ToString() + " confirmed, more to see");
            }

            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeypadTest, (int)rig.Menu.State);
            Assert.AreEqual("confirmed", rig.Runner.ResultAt(rig.Runner.IndexOf("display")).Value);
            rig.Press(InteractiveTests.KeypadOrder);
            Assert.AreEqual((int)MenuState.CardTest, (int)rig.Menu.State);
            rig.PresentCard(new CardData("6222020000001234", "2812", "201", string.Empty, EntryMode.Contactless, null, string.Empty), CardReadError.None);
            Assert.AreEqual((int)MenuState.Summary, (int)rig.Menu.State);

            int wifi = rig.Runner.IndexOf("wifi");
            Assert.AreEqual((int)CheckStatus.Fail, (int)rig.Runner.ResultAt(wifi).Status);
            for (int i = 0; i < wifi; i++)
            {
                rig.Press(Key.Down);
            }

            Assert.AreEqual(wifi, rig.Menu.Selection);
            Assert.AreEqual("-85 dBm", rig.Menu.Screen.RowText(13).Trim());
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.Checklist, (int)rig.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.DiagWifi), rig.Menu.Screen.RowText(2));
            rig.Press(Key.Down);
            Assert.AreEqual(rig.Menu.PageCount > 1 ? 1 : 0, rig.Menu.Page);
            rig.Press(Key.Up);
            Assert.AreEqual(0, rig.Menu.Page);
            rig.Press(Key.Cancel);
            Assert.AreEqual((int)MenuState.Summary, (int)rig.Menu.State);
            Assert.AreEqual(wifi, rig.Menu.Selection);
            rig.Press(Key.Cancel);
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);
            rig.Press(Key.Cancel);
            Assert.IsFalse(rig.Menu.IsActive);
            Assert.AreEqual(TechnicianPinGate.AuditExit, AuditTexts.At(rig.Audit, rig.Audit.Count - 1));
            Assert.AreEqual("all P16 W0 F1 N1", AuditTexts.At(rig.Audit, rig.Audit.Count - 2));
        }

        [TestMethod]
        public void A_wrong_key_fails_the_keypad_test()
        {
            DiagRig rig = DiagRig.Create();
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit2); // run one
            int keypad = rig.Runner.IndexOf("keypad");
            for (int i = 0; i < keypad; i++)
            {
                rig.Press(Key.Down);
            }

            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.KeypadTest, (int)rig.Menu.State);
            rig.Press(new Key[] { Key.Digit1, Key.Digit2, Key.Digit4 });
            Assert.AreEqual((int)MenuState.Summary, (int)rig.Menu.State);
            Assert.AreEqual("expected 3, got 4", rig.Runner.ResultAt(keypad).Value);
            Assert.AreEqual((int)CheckStatus.Fail, (int)rig.Runner.ResultAt(keypad).Status);
        }

        [TestMethod]
        public void Five_wrong_pins_show_the_lockout_and_the_sequence_then_shows_it_again()
        {
            DiagRig rig = DiagRig.Create();
            rig.EnterSequence();
            for (int i = 0; i < 5; i++)
            {
                rig.TypePin("111111");
            }

            Assert.AreEqual((int)MenuState.Locked, (int)rig.Menu.State);
            Assert.Contains("15", rig.Menu.Screen.RowText(5));
            rig.Press(Key.Digit5);
            Assert.IsFalse(rig.Menu.IsActive);
            rig.EnterSequence();
            Assert.AreEqual((int)MenuState.Locked, (int)rig.Menu.State);
            Assert.AreEqual("refused: locked", AuditTexts.Newest(rig.Audit));
        }

        [TestMethod]
        public void Transactions_in_the_merchant_menu_closes_it()
        {
            // Without a transaction machine (this rig has none) there is nothing to open: the menu only closes. With
            // one, the machine opens its function menu (TerminalUiTests).
            DiagRig rig = DiagRig.Create();
            rig.Press(Key.Func);
            rig.Press(Key.Down);
            Assert.AreEqual((int)MenuCommand.Transactions, (int)MenuTable.MerchantItems.Command(rig.Menu.Selection));
            rig.Press(Key.Enter);
            Assert.IsFalse(rig.Menu.IsActive);
            Assert.AreEqual((int)MenuState.Closed, (int)rig.Menu.State);
        }

        [TestMethod]
        public void Locale_set_in_the_merchant_menu_survives_a_reboot()
        {
            DiagRig rig = DiagRig.Create();
            Assert.AreEqual(Locale.ZhCn, rig.Menu.Locale);
            rig.Press(Key.Func);
            rig.Press(Key.Enter); // language
            Assert.AreEqual((int)MenuState.Language, (int)rig.Menu.State);
            rig.Press(Key.Down);
            rig.Press(Key.Enter);
            Assert.AreEqual(Locale.EnUs, rig.Menu.Locale);
            Assert.AreEqual((int)MenuState.Merchant, (int)rig.Menu.State);
            DiagRig after = rig.Reboot();
            Assert.AreEqual(Locale.EnUs, after.Menu.Locale);
            after.Press(Key.Func);
            Assert.AreEqual("Merchant menu", after.Menu.Screen.RowText(2).Trim());
        }

        [TestMethod]
        public void Printed_report_has_masked_pans_and_no_keys()
        {
            DiagRig rig = DiagRig.Create();
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit1); // run all
            rig.ConfirmDisplayPatterns();
            rig.Press(InteractiveTests.KeypadOrder);
            rig.PresentCard(new CardData("6222020000001234", "2812", "201", "6222020000001234=2812201", EntryMode.Magstripe, null, string.Empty), CardReadError.None);
            rig.Press(Key.Cancel); // summary -> main
            rig.Press(Key.Digit4); // print
            Assert.IsTrue(rig.Log.Contains("diag: SELFTEST 2025-03-01T"));
            Assert.IsTrue(rig.Log.Contains("diag: card_reader PASS swipe 622202******1234"));
            Assert.IsTrue(rig.Log.Contains("diag: keys PASS TMK "));
            Assert.IsFalse(rig.Log.Contains("6222020000001234"));
            Assert.IsFalse(rig.Log.Contains("0123456789ABCDEF"));
            Assert.IsFalse(rig.Log.Contains("FEDCBA9876543210"));
            Assert.IsFalse(rig.Log.Contains("482916"));
            Assert.Contains("diag: TOTAL ", (string)rig.Log.Lines[rig.Log.Lines.Count - 1]);
        }

        [TestMethod]
        public void Reports_and_settings_views_page_and_back()
        {
            DiagRig rig = DiagRig.Create();
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit2);
            rig.Press(Key.Enter); // run firmware
            rig.Press(Key.Cancel);
            rig.Press(Key.Digit3); // reports
            Assert.AreEqual((int)MenuState.Reports, (int)rig.Menu.State);
            Assert.Contains("P1 W0 F0 N0", rig.Menu.Screen.RowText(3));
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.ReportView, (int)rig.Menu.State);
            Assert.AreEqual("firmware PASS 0.1.0", rig.Menu.Screen.RowText(4).Trim());
            rig.Press(Key.Cancel);
            rig.Press(Key.Cancel);
            rig.Press(Key.Digit6); // settings
            Assert.AreEqual((int)MenuState.Settings, (int)rig.Menu.State);
            string text = rig.Menu.Screen.ToText();
            Assert.Contains("acq.example:5000", text);
            Assert.Contains("MAK KCV ", text);
            Assert.AreEqual(-1, text.IndexOf("0123456789ABCDEF"));
            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.Main, (int)rig.Menu.State);
        }
    }
}
