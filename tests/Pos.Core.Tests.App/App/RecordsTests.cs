using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The transaction records (FUNC, Transactions, 6) and today's summary (7) on the product's whole application:
    /// every outcome is findable with what it came to (declined and never sent too), offline sales through their life,
    /// refunds, the operator of each entry, the failed log's bound and the settlement that clears it. The scenario file
    /// records-lookup.txt plays the sale, void and reversed sale.
    /// </summary>
    [TestClass]
    public class RecordsTests
    {
        private const string Swipe = "card magstripe 6222021234567890 3012 201";

        [TestMethod]
        public void A_declined_sale_and_one_never_sent_are_found_and_the_guide_says_this_terminal_did_not_charge()
        {
            ScenarioRunner r = Booted(null);
            Script.Run(r, "key 2 0 0 ENTER\n" + Swipe + "\nhost reply 51\nexpect screen DECLINED 51\nkey CANCEL\n"
                + "key 3 0 0 ENTER\n" + Swipe + "\nhost fault connect\nexpect screen NO_CONNECTION\nkey CANCEL\n"
                + "key FUNC 6 3 2 0 0 ENTER\nexpect screen RECORD_DETAIL DECLINED SALE 2.00 622202******7890 000002\nkey ENTER\n"
                + "expect screen RECORD_GUIDE DECLINED SALE 2.00");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalGuideNotCharged), Drawn(r));
            Assert.AreEqual("51", r.Terminal.Screen.Record.Code);
            Script.Run(r, "key CANCEL CANCEL CANCEL 1 3 ENTER\nexpect screen RECORD_DETAIL NOT_SENT SALE 3.00\nkey ENTER\nexpect screen RECORD_GUIDE NOT_SENT");
            Assert.AreEqual(TxnLocalCodes.CodeNoConnection, r.Terminal.Screen.Record.Code);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalGuideNotCharged), Drawn(r));
        }

        [TestMethod]
        public void An_offline_sale_is_stored_then_delivered_and_keeps_its_operator()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = Booted(options);
            r.Terminal.Machine.CurrentOperator = 7;
            Script.Run(r, "link down\nexpect offline\nkey 5 0 0 ENTER\ncard contactless 6222021234567890\nexpect screen OFFLINE_APPROVED 5.00\nkey CANCEL\n"
                + "key FUNC 6 1 2 ENTER\nexpect screen RECORD_DETAIL STORED_OFFLINE OFFLINE_SALE 5.00 622202******7890 000002 * * 07\n"
                + "key ENTER\nexpect screen RECORD_GUIDE STORED_OFFLINE\nkey CANCEL CANCEL CANCEL CANCEL CANCEL\nexpect screen IDLE\n"
                + "link up\nwait online\nadvance 5s\nexpect offline count 0\n"
                + "key FUNC 6 1 2 ENTER\nexpect screen RECORD_DETAIL DELIVERED OFFLINE_SALE 5.00 622202******7890 000002 * * 07");
            LoggedTransaction t = r.Terminal.Machine.Log.Find(2);
            Assert.IsTrue(t.Offline);
            Assert.AreEqual(7, t.Operator);
            Script.Run(r, "key CANCEL CANCEL CANCEL 7\nexpect screen DAY_SUMMARY 20260105 SALES:0:0.00 VOIDS:0:0.00 REFUNDS:0:0.00 OFFLINE:1:5.00 FAILED:0 OP07:1:5.00");
        }

        [TestMethod]
        public void A_partly_refunded_sale_says_how_much_and_the_summary_nets_it_per_operator()
        {
            ScenarioRunner r = Booted(null);
            r.Terminal.Machine.CurrentOperator = 1;
            Script.Run(r, "key 1 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 10.00\nkey CANCEL");
            r.Terminal.Machine.CurrentOperator = 2;
            Script.Run(r, "key FUNC 2 2 ENTER\nkey 4 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 4.00 * * * REFUND\nkey CANCEL\n"
                + "key FUNC 6 1 2 ENTER\nexpect screen RECORD_DETAIL REFUNDED SALE 10.00 * 000002 * * 01 * 4.00\n"
                + "key CANCEL CANCEL 5 ENTER\nexpect screen RECORD_LIST DATE * 1/1 000003:REFUND:4.00:APPROVED 000002:SALE:10.00:REFUNDED\n"
                + "key CANCEL CANCEL CANCEL 7\nexpect screen DAY_SUMMARY 20260105 SALES:1:10.00 VOIDS:0:0.00 REFUNDS:1:4.00 OFFLINE:0:0.00 FAILED:0 "
                + "OP01:1:10.00 OP02:1:-4.00");
        }

        [TestMethod]
        public void The_operator_goes_into_each_entry_and_older_entries_read_as_nobody()
        {
            ScenarioRunner r = Booted(null);
            Assert.AreEqual(Operators.None, r.Terminal.Machine.CurrentOperator);
            r.Terminal.Machine.CurrentOperator = 3;
            Script.Run(r, "key 1 0 0 ENTER\n" + Swipe + "\nhost reply 00\nkey CANCEL\nkey 2 0 0 ENTER\n" + Swipe + "\nhost reply 05\nkey CANCEL");
            LoggedTransaction sale = r.Terminal.Machine.Log.Find(2);
            Assert.AreEqual(3, sale.Operator);
            Assert.AreEqual("7890", sale.Last4);
            Assert.AreEqual("20260105T080004", sale.Stamp);
            LoggedTransaction declined = r.Terminal.Machine.Failed.Find(3);
            Assert.AreEqual(3, declined.Operator);
            Assert.AreEqual((int)LogStatus.Declined, (int)declined.Status);
            Assert.AreEqual("622202******7890", declined.Pan, "the failed log keeps the card masked");

            // An entry as written before the look-up (eleven values): no time, nobody signed on, its local date.
            r.Terminal.Journal.SetSetting(TransactionLog.KeyOf(90), "1|1|700|622202******1111|3012|021|000000000090|000090|0105|A|0");
            LoggedTransaction old = r.Terminal.Machine.Log.Find(90);
            Assert.AreEqual(Operators.None, old.Operator);
            Assert.IsNull(old.Stamp);
            Assert.AreEqual("1111", old.Last4);
            Script.Run(r, "key FUNC 6 1 9 0 ENTER\nexpect screen RECORD_DETAIL APPROVED SALE 7.00 622202******1111 000090 000000000090 * 99");
            Assert.IsFalse(r.Terminal.Screen.Record.HasTime);
            Assert.AreEqual("0105", r.Terminal.Screen.Record.LocalDate);
        }

        [TestMethod]
        public void The_failed_log_keeps_the_newest_twenty_and_settlement_clears_it()
        {
            ScenarioRunner r = Booted(null);
            string script = string.Empty;
            for (int i = 1; i <= TransactionLog.FailedKept + 2; i++)
            {
                script += "key " + i.ToString() + " 0 0 ENTER\n" + Swipe + "\nhost reply 51\nkey CANCEL\n";
            }

            Script.Run(r, script);
            int[] kept = r.Terminal.Machine.Failed.Stans();
            Assert.AreEqual(TransactionLog.FailedKept, kept.Length);
            Assert.IsNull(r.Terminal.Machine.Failed.Find(2), "the oldest went first");
            Assert.IsNull(r.Terminal.Machine.Failed.Find(3));
            Assert.IsNotNull(r.Terminal.Machine.Failed.Find(TransactionLog.FailedKept + 3));
            Script.Run(r, "key FUNC 6 5 ENTER\nexpect screen RECORD_LIST DATE * 1/4 000023:SALE:22.00:DECLINED\nkey DOWN DOWN DOWN\n"
                + "expect screen RECORD_LIST DATE * 4/4 000008:SALE:7.00:DECLINED * * * 000004:SALE:3.00:DECLINED\nkey DOWN\nexpect screen RECORD_LIST DATE * 4/4\n"
                + "key 5\nexpect screen RECORD_DETAIL DECLINED SALE 3.00 * 000004\nkey UP\nexpect screen RECORD_DETAIL DECLINED SALE 4.00 * 000005\n"
                + "key CANCEL\nexpect screen RECORD_LIST DATE * 4/4\nkey 9\nexpect screen RECORD_LIST DATE * 4/4\n"
                + "key CANCEL CANCEL CANCEL CANCEL\nexpect screen IDLE\nkey FUNC 4\nexpect screen SETTLED");
            Assert.AreEqual(0, r.Terminal.Machine.Failed.Stans().Length);
            Script.Run(r, "key CANCEL\nkey FUNC 6 5 ENTER\nexpect screen RECORD_QUERY DATE * NOT_FOUND\nkey CLEAR 1\nkey ENTER\nexpect screen RECORD_QUERY DATE 1 INCOMPLETE");
        }

        [TestMethod]
        public void The_look_up_screens_render_in_both_locales_without_a_clip()
        {
            ScenarioRunner r = Booted(null);
            Script.Run(r, "key 5 0 0 ENTER\n" + Swipe + "\nhost reply 00\nkey CANCEL\nkey FUNC 6 5 ENTER\nexpect screen RECORD_DETAIL");
            TransactionScreenView view = new TransactionScreenView();
            int[] locales = new int[] { Locale.ZhCn, Locale.EnUs };
            string[] keys = new string[] { "ENTER", "CANCEL CANCEL CANCEL CANCEL 7" };
            for (int k = 0; k < keys.Length; k++)
            {
                for (int l = 0; l < locales.Length; l++)
                {
                    Pos.Core.Ui.Screen screen = Pos.Core.Simulation.ScreenSamples.Render(view, r.Terminal.Screen, locales[l]);
                    OutputHelper.WriteLine(screen.ToText());
                    Assert.AreEqual(0, view.ClippedWrites, r.Terminal.Screen.Id);
                }

                Script.Run(r, "key " + keys[k]);
            }

            Assert.AreEqual(ScreenIds.DaySummary, r.Terminal.Screen.Id);
        }

        // The screen in front as the device draws it (zh-CN).
        private static string Drawn(ScenarioRunner r)
        {
            return Pos.Core.Simulation.ScreenSamples.Render(new TransactionScreenView(), r.Terminal.Screen, Locale.ZhCn).ToText();
        }

        // Booted, online, signed in (STAN 1), on the idle screen.
        private static ScenarioRunner Booted(TerminalOptions options)
        {
            ScenarioRunner r = options == null ? new ScenarioRunner() : new ScenarioRunner(options);
            Script.Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            return r;
        }
    }
}
