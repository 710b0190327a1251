using nanoFramework.TestFramework;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Staff;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// "Merchant settings" in the merchant menu, as on the device (sign-on required): anyone sees the values; the
    /// offline switch and the limits need the supervisor (prompt for a cashier, refused and audited when cancelled);
    /// every change is audited old → new, effective on the next sale, and the switch outlives a reboot; an amount above
    /// the largest is refused with nothing changed. Without sign-on, no prompt (as void and refund in that mode).
    /// </summary>
    [TestClass]
    public class MerchantSettingsTests
    {
        // FUNC, then "Merchant settings" (the fifth merchant item).
        private const string OpenSettings = "ui FUNC DOWN DOWN DOWN DOWN ENTER";

        // FUNC, then "Operator sign-off" (the sign-on prompt follows).
        private const string SignOff = "ui FUNC DOWN DOWN ENTER";

        [TestMethod]
        public void A_cashier_sees_the_settings_but_the_offline_switch_needs_the_supervisor_and_outlives_a_reboot()
        {
            ScenarioRunner r = CashierSignedOn();
            Assert.IsFalse(r.Terminal.Machine.OfflineSales);
            Script.Run(r, OpenSettings);
            Assert.AreEqual((int)MenuState.MerchantSettings, (int)r.App.Menu.State);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiSetOffline), Catalog.Get(Locale.ZhCn, TextKey.UiSetOff)),
                r.App.Ui.CurrentScreen.ToText());

            Script.Run(r, "ui ENTER");
            Assert.AreEqual((int)MenuState.SupervisorPassword, (int)r.App.Menu.State, "cashier 02 may not switch it");
            Script.Run(r, "ui CANCEL");
            Assert.IsFalse(r.App.Menu.IsActive);
            Assert.IsTrue(Has(r, 2, "offline sales on/off: refused, supervisor prompt cancelled"));

            Script.Run(r, OpenSettings + " ENTER " + OperatorTests.SupervisorPassword + " ENTER");
            Assert.AreEqual((int)MenuState.OfflineConfirm, (int)r.App.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSetTurnOn), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL");
            Assert.AreEqual((int)MenuState.MerchantSettings, (int)r.App.Menu.State, "CANCEL changes nothing");
            Assert.IsFalse(r.Terminal.Machine.OfflineSales);
            Script.Run(r, "ui ENTER " + OperatorTests.SupervisorPassword + " ENTER ENTER");
            Assert.IsTrue(r.Terminal.Machine.OfflineSales, "on at once");
            Assert.AreEqual((int)MenuState.MerchantSettings, (int)r.App.Menu.State);
            Assert.IsTrue(Has(r, Operators.Supervisor, "offline sales: off -> on"));

            // A reboot keeps it, and a sale while the host is down is stored.
            Script.Run(r, "power cut\nwait online\nadvance 1s\nsignon 02 " + OperatorTests.CashierPassword);
            Assert.IsTrue(r.Terminal.Machine.OfflineSales, "kept across the reboot");
            Script.Run(r, "link down\nexpect offline\nui 5 0 0 ENTER\ncard contactless 6222021234567890\nexpect screen OFFLINE_APPROVED 5.00\nui ENTER");

            // Off again: no new offline sale; the one stored is still queued for the host.
            Script.Run(r, SignOff + "\nsignon 00 " + OperatorTests.SupervisorPassword);
            Script.Run(r, OpenSettings + " ENTER");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSetTurnOff), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui ENTER");
            Assert.IsFalse(r.Terminal.Machine.OfflineSales);
            Assert.IsTrue(Has(r, Operators.Supervisor, "offline sales: on -> off"));
            Assert.AreEqual(1, r.Terminal.OfflineCount);
        }

        [TestMethod]
        public void The_supervisor_sets_a_limit_that_holds_from_the_next_sale_and_removes_it_and_too_large_is_refused()
        {
            ScenarioRunner r = CashierSignedOn();
            Script.Run(r, SignOff + "\nsignon 00 " + OperatorTests.SupervisorPassword);
            Script.Run(r, OpenSettings + " DOWN ENTER");
            Assert.AreEqual((int)MenuState.LimitEntry, (int)r.App.Menu.State, "the signed-on supervisor is not asked again");
            Script.Run(r, "ui 5 0 0 0 0 1 CLEAR ENTER");
            Assert.AreEqual(50000L, r.Terminal.Machine.Limits.SaleFen);
            Assert.AreEqual((int)MenuState.MerchantSettings, (int)r.App.Menu.State);
            Assert.AreEqual(1, r.App.Menu.Selection, "back on the item changed");
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiLimitSale), "¥500.00"), r.App.Ui.CurrentScreen.ToText());
            Assert.IsTrue(Has(r, Operators.Supervisor, "sale limit: none -> 500.00"));

            Script.Run(r, "ui CANCEL CANCEL 8 0 0 0 0 ENTER\nexpect screen OVER_LIMIT LLM PURCHASE 800.00 500.00\nui CANCEL CANCEL\nexpect state Idle");

            // Too large: refused, nothing changed, nothing audited.
            Script.Run(r, OpenSettings + " DOWN DOWN ENTER 9 9 9 9 9 9 9 9 9 9 9 ENTER");
            Assert.AreEqual((int)MenuState.LimitEntry, (int)r.App.Menu.State);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiSetTooLarge), "¥999,999.99"), r.App.Ui.CurrentScreen.ToText());
            Assert.AreEqual(0L, r.Terminal.Machine.Limits.DailyFen);
            Script.Run(r, "ui 1 0 0 0 0 0 0 ENTER");
            Assert.AreEqual(1000000L, r.Terminal.Machine.Limits.DailyFen);
            Assert.IsTrue(Has(r, Operators.Supervisor, "daily limit: none -> 10,000.00"));

            // Nothing typed (or 0) and ENTER: no limit.
            Script.Run(r, "ui UP ENTER ENTER");
            Assert.AreEqual(0L, r.Terminal.Machine.Limits.SaleFen);
            Assert.IsTrue(Has(r, Operators.Supervisor, "sale limit: 500.00 -> none"));
            Script.Run(r, "ui CANCEL CANCEL 8 0 0 0 0 ENTER\nexpect state PresentCard");
        }

        [TestMethod]
        public void A_cashier_needs_the_supervisor_password_for_a_limit_and_without_sign_on_nobody_is_asked()
        {
            ScenarioRunner r = CashierSignedOn();
            Script.Run(r, OpenSettings + " DOWN DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.SupervisorPassword, (int)r.App.Menu.State);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiOpNeededFor), Catalog.Get(Locale.ZhCn, TextKey.UiOpActLimits)),
                r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui " + OperatorTests.SupervisorPassword + " ENTER 3 0 0 0 0 ENTER");
            Assert.AreEqual(30000L, r.Terminal.Machine.Limits.RefundFen);
            Assert.IsTrue(Has(r, 2, "merchant limits: supervisor approved"));
            Assert.IsTrue(Has(r, Operators.Supervisor, "refund limit: none -> 300.00"));

            Script.Run(r, "operators off\nwait online\nadvance 1s\nkey CANCEL");
            Script.Run(r, OpenSettings + " DOWN DOWN DOWN ENTER");
            Assert.AreEqual((int)MenuState.LimitEntry, (int)r.App.Menu.State, "no role table without sign-on");
            Script.Run(r, "ui 0 ENTER");
            Assert.AreEqual(0L, r.Terminal.Machine.Limits.RefundFen);
            Assert.IsTrue(Has(r, Operators.None, "refund limit: 300.00 -> none"));
        }

        [TestMethod]
        public void The_roles_of_the_settings()
        {
            Assert.AreEqual((int)OperatorRole.Supervisor, (int)OperatorRoles.Rule(OperatorAction.OfflineSwitch).Role);
            Assert.AreEqual((int)OperatorRole.Supervisor, (int)OperatorRoles.Rule(OperatorAction.MerchantLimits).Role);
            Assert.IsTrue(OperatorRoles.NeedsSupervisor(OperatorAction.OfflineSwitch, 2));
            Assert.IsFalse(OperatorRoles.NeedsSupervisor(OperatorAction.MerchantLimits, Operators.Supervisor));
        }

        [TestMethod]
        public void Golden_settings_list_zh_CN()
        {
            OperatorTests.Golden(ListScreen(Locale.ZhCn), 0xE7921F86u);
        }

        [TestMethod]
        public void Golden_settings_list_en_US()
        {
            OperatorTests.Golden(ListScreen(Locale.EnUs), 0x2F1D5DE6u);
        }

        [TestMethod]
        public void Golden_offline_confirm_zh_CN()
        {
            OperatorTests.Golden(OfflineScreen(Locale.ZhCn), 0x8E4E4C5Eu);
        }

        [TestMethod]
        public void Golden_offline_confirm_en_US()
        {
            OperatorTests.Golden(OfflineScreen(Locale.EnUs), 0x64797E9Au);
        }

        [TestMethod]
        public void Golden_limit_entry_zh_CN()
        {
            OperatorTests.Golden(LimitScreen(Locale.ZhCn), 0x8B0FC1D9u);
        }

        [TestMethod]
        public void Golden_limit_entry_en_US()
        {
            OperatorTests.Golden(LimitScreen(Locale.EnUs), 0x6F5BF48Du);
        }

        // The supervisor signed on, a sale limit of 500.00 set: the list on that item.
        private static ScenarioRunner SupervisorWithLimit(int locale)
        {
            ScenarioRunner r = OperatorTests.Booted(locale);
            Script.Run(r, "limits sale 50000\nsignon 00 " + OperatorStore.SupervisorDefault + "\nui " + OperatorTests.SupervisorPassword + " ENTER "
                + OperatorTests.SupervisorPassword + " ENTER");
            Script.Run(r, OpenSettings);
            return r;
        }

        private static Screen ListScreen(int locale)
        {
            return SupervisorWithLimit(locale).App.Ui.CurrentScreen;
        }

        private static Screen OfflineScreen(int locale)
        {
            ScenarioRunner r = SupervisorWithLimit(locale);
            Script.Run(r, "ui ENTER");
            Assert.AreEqual((int)MenuState.OfflineConfirm, (int)r.App.Menu.State);
            return r.App.Ui.CurrentScreen;
        }

        // The sale limit's entry with 1,234.56 typed.
        private static Screen LimitScreen(int locale)
        {
            ScenarioRunner r = SupervisorWithLimit(locale);
            Script.Run(r, "ui DOWN ENTER 1 2 3 4 5 6");
            Assert.AreEqual((int)MenuState.LimitEntry, (int)r.App.Menu.State);
            return r.App.Ui.CurrentScreen;
        }

        // Cashier 02 signed on (initial password changed), the supervisor's password changed.
        private static ScenarioRunner CashierSignedOn()
        {
            ScenarioRunner r = OperatorTests.WithCashier(Locale.ZhCn);
            Script.Run(r, "signon 02 " + OperatorTests.CashierInitial + "\nui " + OperatorTests.CashierPassword + " ENTER "
                + OperatorTests.CashierPassword + " ENTER");
            Assert.AreEqual(2, r.App.Operators.SignedOn);
            return r;
        }

        private static bool Has(ScenarioRunner r, int operatorNumber, string text)
        {
            return AuditTexts.Has(r.Terminal.Audit, operatorNumber, text);
        }
    }
}
