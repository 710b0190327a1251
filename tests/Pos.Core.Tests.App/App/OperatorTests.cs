using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Staff;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// Operators through the app's face, as on the device (sign-on required): the sign-on after power-on, the
    /// supervisor's forced change of the factory password, cashier 02 added, signing on and selling, a void refused
    /// without the supervisor password and done with it, the lockout across a reboot, the technician's reset of the
    /// supervisor password; each step in the audit trail.
    /// </summary>
    [TestClass]
    public class OperatorTests
    {
        internal const string SupervisorPassword = "135790";
        internal const string CashierInitial = "111111";
        internal const string CashierPassword = "222222";

        [TestMethod]
        public void After_power_on_the_sign_on_prompt_is_in_front_and_a_sale_key_brings_it_back()
        {
            ScenarioRunner r = Booted();
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State);
            Assert.AreEqual(Operators.None, r.Terminal.Machine.CurrentOperator);
            Script.Run(r, "ui CANCEL\nexpect state Idle\nui 5");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State, "no sale without an operator");
            Script.Run(r, "ui 0 7 ENTER");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State, "cashier 07 does not exist");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiOpUnknown), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL FUNC DOWN ENTER");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State, "no function menu without an operator");
            Script.Run(r, "expect state Idle");
        }

        [TestMethod]
        public void The_supervisor_changes_the_factory_password_adds_cashier_02_who_sells_and_a_void_needs_the_supervisor()
        {
            ScenarioRunner r = WithCashier();

            // Cashier 02: the initial password works once and must be changed.
            Script.Run(r, "signon 02 " + CashierInitial);
            Assert.AreEqual((int)MenuState.OperatorNewPassword, (int)r.App.Menu.State);
            Script.Run(r, "ui " + CashierPassword + " ENTER " + CashierPassword + " ENTER");
            Assert.AreEqual((int)MenuState.Closed, (int)r.App.Menu.State);
            Assert.AreEqual(2, r.Terminal.Machine.CurrentOperator);
            Assert.AreEqual(2, r.App.Operators.SignedOn);

            Script.Run(r, "ui 1 2 3 4 ENTER\nexpect screen PRESENT_CARD PURCHASE 12.34 * CTS\ncard magstripe 6222021234567890 3012 201\n"
                + "host reply 00\nexpect screen APPROVED 12.34 622202******7890 * * PURCHASE * * SWIPE\nui ENTER\nexpect state Idle");
            int stan = r.Terminal.Journal.State.CurrentStan;

            // The void: the supervisor prompt; a wrong password is refused (tries left), CANCEL refuses the void.
            Script.Run(r, "ui FUNC DOWN ENTER\nexpect state Menu\nui 1");
            Assert.AreEqual((int)MenuState.SupervisorPassword, (int)r.App.Menu.State);
            string prompt = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(prompt);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiOpActVoid), prompt);
            Script.Run(r, "ui 999999 ENTER");
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiOpWrong), "4"), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL\nexpect state Menu");
            Assert.AreEqual((int)MenuState.Closed, (int)r.App.Menu.State);
            Assert.IsTrue(HasAudit(r, 2, "void: refused, supervisor password not given"));
            Assert.IsTrue(HasAudit(r, 2, "void: refused, supervisor prompt cancelled"));

            // With the supervisor's password the void goes on, as cashier 02's.
            Script.Run(r, "ui 1 " + SupervisorPassword + " ENTER\nexpect state OriginalStanEntry");
            Assert.IsTrue(HasAudit(r, 2, "void: supervisor approved"));
            Script.Run(r, "ui " + Numeric(stan) + " ENTER\nexpect state VoidConfirm\nui ENTER\nhost reply 00\nexpect screen APPROVED\nui ENTER\nexpect state Idle");
            Assert.AreEqual(2, r.Terminal.Machine.CurrentOperator);

            // The trail tells it in order: cashier 02's sign-on, the sale, the refused voids, the approved one.
            string dump = AuditTexts.Dump(r.Terminal.Audit);
            OutputHelper.WriteLine(dump);
            int at = 0;
            string[] steps = new string[]
            {
                " 02 SIGN ON sign-on|", " 02 TRANSACTION sale 12.34 #" + Numeric(stan) + " *7890 approved auth ",
                " 02 ROLE ACTION void: refused, supervisor password not given|", " 02 ROLE ACTION void: refused, supervisor prompt cancelled|",
                " 02 ROLE ACTION void: supervisor approved|", " 02 TRANSACTION void 12.34 #" + Numeric(stan + 1) + " *7890 of #" + Numeric(stan) + " approved auth ",
            };
            for (int i = 0; i < steps.Length; i++)
            {
                int next = dump.IndexOf(steps[i], at);
                Assert.IsTrue(next >= 0, steps[i]);
                at = next + steps[i].Length;
            }

            // Balance needs no supervisor; sign-off brings the prompt back.
            Script.Run(r, "ui FUNC DOWN ENTER 3\nexpect state PresentCard\nui CANCEL\nexpect state Idle\nui FUNC DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State);
            Assert.AreEqual(Operators.None, r.Terminal.Machine.CurrentOperator);
            Assert.IsTrue(HasAudit(r, 2, "sign-on"));
            Assert.IsTrue(HasAudit(r, 2, "sign-off"));
            Assert.IsTrue(HasAudit(r, 0, "added cashier 02"));
        }

        [TestMethod]
        public void The_sign_in_request_carries_the_signed_on_operator_in_field_63()
        {
            ScenarioRunner r = WithCashier();
            Script.Run(r, "signon 02 " + CashierInitial + "\nui " + CashierPassword + " ENTER " + CashierPassword + " ENTER");
            Script.Run(r, "ui FUNC DOWN ENTER 5\nexpect sent 0800");
            Assert.AreEqual("02 ", r.Options.Terminal.OperatorCode);
        }

        [TestMethod]
        public void Five_wrong_passwords_lock_the_operator_for_15_minutes_across_a_reboot()
        {
            ScenarioRunner r = WithCashier();
            for (int i = 0; i < SecretGuard.MaxFailures; i++)
            {
                Script.Run(r, "signon 02 999999");
                if (i < SecretGuard.MaxFailures - 1)
                {
                    Script.Run(r, "ui CANCEL");
                }
            }

            Assert.IsTrue(r.App.Operators.Guard(2).IsLocked);
            Script.Run(r, "power cut\nwait online\nadvance 1s");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State, "nobody is signed on after a power-on");
            Script.Run(r, "ui 0 2 ENTER");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State, "still locked after the reboot");
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiOpLocked), "15"), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "advance 15m\nsignon 02 " + CashierInitial);
            Assert.AreEqual((int)MenuState.OperatorNewPassword, (int)r.App.Menu.State, "a lockout runs out");
        }

        [TestMethod]
        public void The_supervisor_removes_a_cashier_who_can_no_longer_sign_on()
        {
            ScenarioRunner r = WithCashier();
            Script.Run(r, "signon 00 " + SupervisorPassword + "\nui FUNC DOWN DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.Cashiers, (int)r.App.Menu.State, "the signed-on supervisor is not asked again");
            Script.Run(r, "ui DOWN ENTER 0 2 ENTER");
            Assert.AreEqual((int)MenuState.Cashiers, (int)r.App.Menu.State);
            Assert.IsFalse(r.App.Operators.Exists(2));
            Assert.IsTrue(HasAudit(r, 0, "removed cashier 02"));
        }

        [TestMethod]
        public void The_technician_resets_the_supervisor_password_after_two_confirmations_and_it_is_audited()
        {
            ScenarioRunner r = WithCashier();
            TechnicianPinFor(r);
            Script.Run(r, "ui FUNC FUNC 9 246810 ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Script.Run(r, "ui DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.SupervisorResetInfo, (int)r.App.Menu.State);
            Script.Run(r, "ui CANCEL");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State, "CANCEL changes nothing");
            Assert.IsFalse(r.App.Operators.Guard(Operators.Supervisor).IsDefault);
            Script.Run(r, "ui DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN ENTER ENTER");
            Assert.AreEqual((int)MenuState.SupervisorResetConfirm, (int)r.App.Menu.State, "one ENTER is not enough");
            Assert.IsFalse(r.App.Operators.Guard(Operators.Supervisor).IsDefault);
            Script.Run(r, "ui ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
            Assert.IsTrue(r.App.Operators.Guard(Operators.Supervisor).IsDefault);
            Assert.IsTrue(HasAudit(r, 98, "reset the supervisor password (dual confirmation)"));
            Script.Run(r, "ui CANCEL\nsignon 00 " + OperatorStore.SupervisorDefault);
            Assert.AreEqual((int)MenuState.OperatorNewPassword, (int)r.App.Menu.State, "the factory password, to be changed");
        }

        [TestMethod]
        public void Every_key_has_a_meaning_on_every_operator_screen()
        {
            for (int s = (int)MenuState.SignOnNumber; s < (int)MenuState.Count; s++)
            {
                for (int k = (int)Pos.Hal.Key.Digit0; k <= (int)Pos.Hal.Key.Down; k++)
                {
                    Assert.IsTrue(MenuTable.IsDefined((MenuState)s, (Pos.Hal.Key)k), "state " + s.ToString() + " key " + k.ToString());
                }
            }

            Assert.AreEqual((int)OperatorRole.Supervisor, (int)OperatorRoles.Rule(OperatorAction.Void).Role);
            Assert.AreEqual((int)OperatorRole.AnyOperator, (int)OperatorRoles.Rule(OperatorAction.Sale).Role);
            for (int i = 0; i < OperatorRoles.Table.Length; i++)
            {
                Assert.AreEqual(i, (int)OperatorRoles.Table[i].Action, "the table is in the order of the actions");
            }
        }

        [TestMethod]
        public void Golden_sign_on_zh_CN()
        {
            Golden(SignOnScreen(Locale.ZhCn), 0x3873544Fu);
        }

        [TestMethod]
        public void Golden_sign_on_en_US()
        {
            Golden(SignOnScreen(Locale.EnUs), 0x417FFA6Au);
        }

        [TestMethod]
        public void Golden_supervisor_prompt_zh_CN()
        {
            Golden(SupervisorScreen(Locale.ZhCn), 0x9D88C156u);
        }

        [TestMethod]
        public void Golden_supervisor_prompt_en_US()
        {
            Golden(SupervisorScreen(Locale.EnUs), 0x53E4E6ACu);
        }

        // The sign-on prompt after power-on, the operator number typed.
        private static Screen SignOnScreen(int locale)
        {
            ScenarioRunner r = Booted(locale);
            Script.Run(r, "ui 0 2");
            return r.App.Ui.CurrentScreen;
        }

        // Cashier 02 asks for a void: the supervisor prompt, three digits typed.
        private static Screen SupervisorScreen(int locale)
        {
            ScenarioRunner r = WithCashier(locale);
            Script.Run(r, "signon 02 " + CashierInitial + "\nui " + CashierPassword + " ENTER " + CashierPassword + " ENTER");
            Script.Run(r, "ui FUNC DOWN ENTER 1 1 2 3");
            Assert.AreEqual((int)MenuState.SupervisorPassword, (int)r.App.Menu.State);
            return r.App.Ui.CurrentScreen;
        }

        internal static void Golden(Screen screen, uint expected)
        {
            OutputHelper.WriteLine(screen.ToText());
            CrcDisplay display = new CrcDisplay();
            new ScreenRenderer().Render(screen, display);
            OutputHelper.WriteLine("CRC " + display.Crc.ToString("X8"));
            Assert.AreEqual(240, display.RowsWritten);
            Assert.AreEqual(expected, display.Crc);
        }

        private static ScenarioRunner Booted()
        {
            return Booted(Locale.ZhCn);
        }

        private static ScenarioRunner WithCashier()
        {
            return WithCashier(Locale.ZhCn);
        }

        // Booted with sign-on required in <paramref name="locale"/>.
        internal static ScenarioRunner Booted(int locale)
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.InitialLocale = locale;
            ScenarioRunner r = new ScenarioRunner(options);
            Script.Run(r, "operators on\nwait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect state Idle");
            return r;
        }

        // The supervisor's first sign-on (factory password changed), cashier 02 added with an initial password, sign-off.
        internal static ScenarioRunner WithCashier(int locale)
        {
            ScenarioRunner r = Booted(locale);
            Script.Run(r, "signon 00 " + OperatorStore.SupervisorDefault);
            Assert.AreEqual((int)MenuState.OperatorNewPassword, (int)r.App.Menu.State);
            Script.Run(r, "ui " + SupervisorPassword + " ENTER " + SupervisorPassword + " ENTER");
            Assert.AreEqual(Operators.Supervisor, r.App.Operators.SignedOn);
            Script.Run(r, "ui FUNC DOWN DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.Cashiers, (int)r.App.Menu.State);
            Script.Run(r, "ui ENTER 0 2 ENTER " + CashierInitial + " ENTER");
            Assert.IsTrue(r.App.Operators.Exists(2));
            Script.Run(r, "ui CANCEL DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.SignOnNumber, (int)r.App.Menu.State);
            return r;
        }

        private static void TechnicianPinFor(ScenarioRunner r)
        {
            byte[] pin = new byte[] { (byte)'2', (byte)'4', (byte)'6', (byte)'8', (byte)'1', (byte)'0' };
            Assert.IsTrue(r.App.Pin.Change(pin, pin.Length));
            Script.Run(r, "ui CANCEL");
        }

        private static bool HasAudit(ScenarioRunner r, int operatorNumber, string text)
        {
            return AuditTexts.Has(r.Terminal.Audit, operatorNumber, text);
        }

        private static string Numeric(int stan)
        {
            return Pos.Core.Protocol.Numeric.Format(stan, 6);
        }
    }
}
