using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Core.Ui.Menus;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// Clearing a pending reversal by hand: only in the technician menu after the technician PIN, on a screen that says
    /// the host may keep the charge and what to check, after a confirmation; audited with the STAN, amount and masked
    /// card. Driven through the app's face (TerminalUi) as on the device.
    /// </summary>
    [TestClass]
    public class ReversalClearTests
    {
        private const string TechPin = "246810";

        [TestMethod]
        public void A_technician_clears_a_pending_reversal_after_the_pin_a_warning_and_a_confirmation_and_it_is_audited()
        {
            ScenarioRunner r = WithPendingReversal();
            int audits = r.Terminal.Audit.Count;

            Script.Run(r, "ui FUNC FUNC 9 " + TechPin + " ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Script.Run(r, "ui 7");
            Assert.AreEqual((int)MenuState.ClearReversal, (int)r.App.Menu.State);
            string text = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(text);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalReversalClear), text, "the host may keep the charge");
            Assert.Contains("622202******7890", text);
            Assert.Contains("3.00", text);
            Assert.Contains(Pos.Core.Protocol.Numeric.Format(r.Terminal.Journal.State.Reversal.Stan, 6), text);
            Assert.AreEqual(-1, text.IndexOf("6222021234567890"), "never the full PAN on screen");
            Assert.IsTrue(r.App.Menu.PageCount >= 1);

            // CANCEL leaves it alone.
            Script.Run(r, "ui DOWN");
            OutputHelper.WriteLine(r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL\nexpect reversal pending 98");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);

            int stan = r.Terminal.Journal.State.Reversal.Stan;
            Script.Run(r, "ui 7 DOWN ENTER\nexpect reversal none");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiReversalCleared), r.App.Ui.CurrentScreen.ToText());
            AuditEntry audit = new AuditEntry();
            Assert.IsTrue(r.Terminal.Audit.ReadNewest(audit));
            Assert.AreEqual((int)AuditEvent.ReversalCleared, (int)audit.Event);
            Assert.AreEqual(Operators.Technician, audit.Operator);
            Assert.AreEqual("host may keep the charge: STAN " + Pos.Core.Protocol.Numeric.Format(stan, 6)
                + " batch 000001 amount 3.00 card 622202******7890 reason 98 attempts 0", audit.Text);
            Assert.IsTrue(r.Terminal.Audit.Count > audits);
            Assert.IsTrue(r.Log.Contains("txn: reversal cleared by technician"));
            Assert.IsFalse(r.Log.Contains("6222021234567890"), "never the full PAN in the log");

            Script.Run(r, "ui CANCEL\nexpect screen IDLE OFFLINE 0");
            Assert.AreEqual(string.Empty, r.Terminal.Screen.ReversalReason, "no reversal on the idle screen");
        }

        [TestMethod]
        public void The_merchant_menu_offers_no_clearing_and_the_pin_gates_the_technician_menu()
        {
            ScenarioRunner r = WithPendingReversal();
            Script.Run(r, "ui FUNC");
            Assert.AreEqual((int)MenuState.Merchant, (int)r.App.Menu.State);
            for (int i = 0; i < MenuTable.MerchantItems.Count; i++)
            {
                Assert.AreNotEqual((int)MenuCommand.ClearReversal, (int)MenuTable.MerchantItems.Command(i));
            }

            Script.Run(r, "ui FUNC 9 1 1 1 1 1 1 ENTER");
            Assert.AreEqual((int)MenuState.PinEntry, (int)r.App.Menu.State, "a wrong PIN opens nothing");
            Script.Run(r, "ui CANCEL CANCEL\nexpect reversal pending 98");
        }

        [TestMethod]
        public void Nothing_to_clear_and_an_attempt_in_flight_are_refused_with_a_note()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "ui FUNC FUNC 9 " + TechPin + " ENTER 7");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiReversalNone), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL");

            // The reversal goes out from idle while the technician looks at it: clearing waits for the attempt.
            r = WithPendingReversal();
            Script.Run(r, "ui FUNC FUNC 9 " + TechPin + " ENTER 7");
            Assert.AreEqual((int)MenuState.ClearReversal, (int)r.App.Menu.State);
            Script.Run(r, "link up\nwait online\nexpect state Reversing\nexpect sent 0400:98\nui ENTER\nexpect reversal pending 98");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiReversalBusy), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "host reply 00\nexpect reversal none\nexpect state Idle");
        }

        // Signed in, technician PIN set, a sale timed out (reversal 98 pending), then the link went down: nothing is sent.
        private static ScenarioRunner WithPendingReversal()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "key 3 0 0 ENTER\ncard magstripe 6222021234567890 3012 201\nhost fault timeout\nlink down\nexpect offline\nkey CANCEL\n"
                + "expect screen IDLE OFFLINE 0 REVERSAL:98");
            return r;
        }

        private static ScenarioRunner Booted()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            byte[] pin = new byte[TechPin.Length];
            for (int i = 0; i < pin.Length; i++)
            {
                pin[i] = (byte)TechPin[i];
            }

            Assert.IsTrue(r.App.Pin.Change(pin, pin.Length));
            return r;
        }
    }
}
