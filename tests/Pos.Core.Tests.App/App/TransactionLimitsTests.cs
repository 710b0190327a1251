using nanoFramework.TestFramework;
using Pos.Core.App;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Core.Ui.Menus;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// 交易限额: the merchant's limits per sale, per local day and per refund, checked when the amount is confirmed,
    /// before the card is read; the over-limit screen and the split that follows; how the limits are set, refused and
    /// read back when damaged.
    /// </summary>
    [TestClass]
    public class TransactionLimitsTests
    {
        private const string Swipe = "card magstripe 6222021234567890 3012 201";
        private const string Tap = "card contactless 6222021234567890";

        [TestMethod]
        public void An_amount_over_the_limit_per_sale_stops_before_the_card_and_a_split_in_two_is_approved()
        {
            ScenarioRunner r = Booted();
            int sent = r.Host.Received.Count;
            Script.Run(r, "limits sale 50000 daily 200000\nkey 8 0 0 0 0 ENTER\nexpect screen OVER_LIMIT LLM PURCHASE 800.00 500.00\n"
                + "expect state OverLimit");
            Assert.AreEqual("card <mode> <pan> [yymm] [service]", r.Execute("card"), "the runner still parses cards");
            Assert.AreEqual("the reader is not reading", r.Execute(Swipe), "no card is read over the limit");
            Assert.AreEqual(sent, r.Host.Received.Count, "nothing sent");

            Script.Run(r, "key 7 UP DOWN FUNC CLEAR\nexpect screen OVER_LIMIT LLM\nkey ENTER\nexpect screen AMOUNT PURCHASE 0.00\n"
                + "key 5 0 0 0 0 ENTER\nexpect screen PRESENT_CARD PURCHASE 500.00\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 500.00\nkey ENTER\n"
                + "key 3 0 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 300.00\nexpect host sales 800.00 2");
            Assert.AreEqual(80000L, r.Terminal.Machine.SoldToday);
        }

        [TestMethod]
        public void CANCEL_goes_back_to_an_empty_amount_entry_and_the_timeout_to_idle()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "limits sale 100\nkey 2 0 0 ENTER\nexpect screen OVER_LIMIT LLM PURCHASE 2.00 1.00\nkey CANCEL\n"
                + "expect screen AMOUNT PURCHASE 0.00\nkey 1 0 0 ENTER\nexpect screen PRESENT_CARD PURCHASE 1.00\nkey CANCEL\n"
                + "key 2 0 0 ENTER\nexpect state OverLimit\nadvance 61s\nexpect state Idle\nlimits sale 0\nkey 2 0 0 ENTER\nexpect state PresentCard");
        }

        [TestMethod]
        public void The_daily_limit_counts_online_and_offline_sales_less_voids_of_the_local_day()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Script.Run(r, "wait online\nadvance 1s\nkey CANCEL\nlimits daily 100000\n"
                + "key 6 0 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 600.00\nkey ENTER\n"
                + "key 5 0 0 0 0 ENTER\nexpect screen OVER_LIMIT LDL PURCHASE 500.00 1000.00 600.00\nkey ENTER\n"
                + "key 4 0 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 400.00\nkey ENTER\n"
                + "key 1 ENTER\nexpect screen OVER_LIMIT LDL PURCHASE 0.01 1000.00 1000.00\nkey CANCEL CANCEL");
            string stan = ScreenStanOfLastApproval(r);

            // A void of today's sale gives its amount back; an offline sale counts like an online one.
            Script.Run(r, "key FUNC 1 " + stan + " ENTER\nexpect screen VOID_CONFIRM 400.00\nkey ENTER\nhost reply 00\nexpect screen APPROVED 400.00\n"
                + "key ENTER\nlink down\nexpect offline\nkey 2 5 0 0 0 ENTER\n" + Tap + "\nexpect screen OFFLINE_APPROVED 250.00\nkey ENTER\n"
                + "key 1 5 0 0 1 ENTER\nexpect screen OVER_LIMIT LDL PURCHASE 150.01 1000.00 850.00\nkey ENTER\n"
                + "key 1 5 0 0 0 ENTER\n" + Tap + "\nexpect screen OFFLINE_APPROVED 150.00\nkey ENTER\n"
                + "key 1 ENTER\nexpect screen OVER_LIMIT LDL PURCHASE 0.01 1000.00 1000.00\nkey CANCEL CANCEL");
            Assert.AreEqual(100000L, r.Terminal.Machine.SoldToday);

            // 08:00 UTC is 16:00 in Beijing: the merchant's next day starts 8 hours later, and its total with it.
            Script.Run(r, "advance 8h\nkey 1 ENTER\nexpect state PresentCard");
            Assert.AreEqual(0L, r.Terminal.Machine.SoldToday);
        }

        [TestMethod]
        public void The_day_total_outlives_a_settlement_and_a_power_cut()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "limits daily 100000\nkey 6 0 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nkey ENTER\n"
                + "key FUNC 4\nexpect screen SETTLED\nkey ENTER\npower cut\nwait online\nadvance 1s\nkey CANCEL\n"
                + "key 5 0 0 0 0 ENTER\nexpect screen OVER_LIMIT LDL PURCHASE 500.00 1000.00 600.00");
        }

        [TestMethod]
        public void A_refund_over_the_refund_limit_stops_and_the_sale_limit_does_not_apply_to_refunds()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "key 3 0 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 300.00");
            string stan = ScreenStanOfLastApproval(r);
            Script.Run(r, "key ENTER\nlimits sale 10000 refund 20000\nkey FUNC 2 " + stan + " ENTER\nexpect screen AMOUNT REFUND\n"
                + "key 2 5 0 0 0 ENTER\nexpect screen OVER_LIMIT LRL REFUND 250.00 200.00\nkey ENTER\nexpect screen AMOUNT REFUND 0.00\n"
                + "key 1 5 0 0 0 ENTER\nexpect screen PRESENT_CARD REFUND 150.00");
        }

        [TestMethod]
        public void Absurd_limits_are_refused_where_they_are_set_and_nothing_is_written()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "limits sale 50000");
            TransactionMachine m = r.Terminal.Machine;
            string[] bad = new string[] { "sale -1", "sale 12x", "sale 100000000", "daily 999999999999", "weekly 10", "sale" };
            for (int i = 0; i < bad.Length; i++)
            {
                string failure = r.Execute("limits " + bad[i]);
                Assert.IsNotNull(failure, bad[i]);
                OutputHelper.WriteLine(bad[i] + ": " + failure);
            }

            Assert.AreEqual(50000L, m.Limits.SaleFen, "unchanged");
            Assert.AreEqual(0L, m.Limits.DailyFen);

            bool refused = false;
            try
            {
                m.SaveLimits(new TransactionLimits(0, -5, 0));
            }
            catch (TransactionLimitsException e)
            {
                refused = e.Setting == TransactionLimits.Daily;
            }

            Assert.IsTrue(refused, "a negative daily limit is refused by name");
            Assert.AreEqual(m.MaxAmountFen, new TransactionLimits(0, 0, 0).With(TransactionLimits.Refund, m.MaxAmountFen.ToString(), m.MaxAmountFen).RefundFen,
                "the largest amount itself is a limit");
        }

        [TestMethod]
        public void A_damaged_limit_or_day_total_counts_as_none_and_is_logged()
        {
            ScenarioRunner r = Booted();
            Script.Run(r, "limits sale 100 daily 200");
            r.Terminal.Journal.SetSetting(TransactionLimits.SaleKey, "-12");
            r.Terminal.Journal.SetSetting(TransactionLimits.DailyKey, "99999999999999");
            r.Terminal.Journal.SetSetting(DailySales.Key, "2026x105,100");
            Script.Run(r, "key 5 0 0 ENTER\nexpect state PresentCard");
            Assert.AreEqual(0L, r.Terminal.Machine.Limits.SaleFen);
            Assert.IsTrue(r.Log.Contains("limits: setting limit.sale damaged"), "the damaged setting is logged");
            Assert.IsTrue(r.Log.Contains("limits: setting limit.daily damaged"));

            Script.Run(r, "key CANCEL\nlimits sale 0 daily 1000\nkey 5 0 0 ENTER\nexpect state PresentCard");
            Assert.AreEqual(0L, r.Terminal.Machine.SoldToday);
            Assert.IsTrue(r.Log.Contains("limits: setting limit.day damaged"));
        }

        [TestMethod]
        public void The_technician_settings_view_shows_the_limits()
        {
            ScenarioRunner r = Booted();
            byte[] pin = new byte[] { (byte)'2', (byte)'4', (byte)'6', (byte)'8', (byte)'1', (byte)'0' };
            Assert.IsTrue(r.App.Pin.Change(pin, pin.Length));
            Script.Run(r, "limits sale 50000 daily 200000\nui FUNC FUNC 9 246810 ENTER");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State, "signed in as the technician");
            Script.Run(r, "ui 6 DOWN");
            Assert.AreEqual((int)MenuState.Settings, (int)r.App.Menu.State);
            string text = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(text);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiLimitSale), "¥500.00"), text);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiLimitDaily), "¥2,000.00"), text);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiLimitRefund), Catalog.Get(Locale.ZhCn, TextKey.UiLimitNone)), text);
        }

        private static ScenarioRunner Booted()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            return r;
        }

        // The STAN of the last approval, as the void and refund entries take it.
        private static string ScreenStanOfLastApproval(ScenarioRunner r)
        {
            Assert.IsNotNull(r.Terminal.Machine.Last, "a transaction on record");
            return Pos.Core.Protocol.Numeric.Format(r.Terminal.Machine.Last.Stan, 6);
        }
    }
}
