using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Slips;
using Pos.Core.Staff;
using Pos.Core.Tests.App;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Printing
{
    /// <summary>
    /// The ways to ask for a print: the merchant menu's "Print" (the last slip again, the settlement report), 1 on a
    /// record of the look-up, and the technician's reports on paper. The paper is compared with the slips rendered alone
    /// (the originals, then the reprints marked REPRINT), the books with what they held before: a reprint never touches
    /// money. Golden screens (CRC-32 through <c>CrcDisplay</c>) in both locales: re-pin only after reading the printed screen.
    /// </summary>
    [TestClass]
    public class ReprintTests
    {
        private const string Idle = "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE\n";
        private const string Swipe = "card magstripe 6222021234567890 3012 201\n";
        private const string Sale = "key 1 2 3 4 ENTER\n" + Swipe + "host reply 00\nexpect screen APPROVED 12.34\nkey CANCEL\nexpect screen IDLE\n";
        private const string Decline = "key 2 0 0 ENTER\n" + Swipe + "host reply 51\nexpect screen DECLINED\nkey CANCEL\nexpect screen IDLE\n";

        // FUNC opens the merchant menu; "Print" is the item before Exit.
        private const string OpenPrint = "ui FUNC DOWN DOWN DOWN DOWN DOWN ENTER\n";

        [TestMethod]
        public void Reprint_last_after_a_sale_prints_both_copies_again_marked_REPRINT()
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Sale + "expect printed 2\n" + OpenPrint);
            Assert.AreEqual((int)MenuState.PrintSlips, (int)r.App.Menu.State);
            Script.Run(r, "ui 1\nexpect printed 4\nexpect printed waiting 0");

            LoggedTransaction entry = r.Terminal.Machine.Log.Find(r.Terminal.Machine.Last.Stan);
            uint crc = ExpectedPaper.Add(Crc32.Start(), r, entry, null, 2, false, Operators.None);
            crc = ExpectedPaper.Add(crc, r, entry, null, 2, true, Operators.None);
            Assert.AreEqual(Crc32.Finish(crc), r.Printer.PaperCrc, "the originals, then both copies again marked REPRINT");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintQueued), r.App.Menu.Screen.ToText());
        }

        [TestMethod]
        public void Reprint_last_after_a_decline_prints_its_decline_slip_again()
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Decline + "expect printed 1\n" + OpenPrint + "ui 1\nexpect printed 2");

            LastTransaction last = SlipJob.Snapshot(r.Terminal.Machine.Last);
            Assert.AreEqual("51", last.Code);
            uint crc = ExpectedPaper.Add(Crc32.Start(), r, null, last, 1, false, Operators.None);
            crc = ExpectedPaper.Add(crc, r, null, last, 1, true, Operators.None);
            Assert.AreEqual(Crc32.Finish(crc), r.Printer.PaperCrc);
        }

        [TestMethod]
        public void A_record_found_by_voucher_no_prints_again_with_1_and_a_declined_one_its_decline_slip()
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Sale + "key 5 6 ENTER\n" + Swipe + "host reply 00\nexpect screen APPROVED 0.56\nkey CANCEL\n" + Decline
                + "expect printed 5\nkey FUNC 6 1 2 ENTER\nexpect screen RECORD_DETAIL APPROVED SALE 12.34 622202******7890 000002\nkey 1");
            Assert.AreEqual((int)PrintAnswer.Queued, (int)r.Terminal.Screen.Print);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintQueued), Drawn(r, Locale.ZhCn));
            Script.Run(r, "expect printed 7\nexpect state RecordDetail");

            LoggedTransaction first = r.Terminal.Machine.Log.Find(2);
            LoggedTransaction second = r.Terminal.Machine.Log.Find(3);
            LastTransaction declined = SlipJob.Snapshot(r.Terminal.Machine.Last);
            uint crc = ExpectedPaper.Add(Crc32.Start(), r, first, null, 2, false, Operators.None);
            crc = ExpectedPaper.Add(crc, r, second, null, 2, false, Operators.None);
            crc = ExpectedPaper.Add(crc, r, null, declined, 1, false, Operators.None);
            crc = ExpectedPaper.Add(crc, r, first, null, 2, true, Operators.None);
            Assert.AreEqual(Crc32.Finish(crc), r.Printer.PaperCrc, "sale 000002 again, not the newer one");

            // The declined sale (000004) from the failed log: its decline slip, as it printed, marked REPRINT.
            Script.Run(r, "key CANCEL CANCEL 1 4 ENTER\nexpect screen RECORD_DETAIL DECLINED SALE 2.00\nkey 1\nexpect printed 8");
            crc = ExpectedPaper.Add(crc, r, null, declined, 1, true, Operators.None);
            Assert.AreEqual(Crc32.Finish(crc), r.Printer.PaperCrc);

            // Another match clears the answer.
            Script.Run(r, "key CANCEL CANCEL 1 2 ENTER\nexpect screen RECORD_DETAIL APPROVED SALE 12.34");
            Assert.AreEqual((int)PrintAnswer.None, (int)r.Terminal.Screen.Print);
        }

        [TestMethod]
        public void Without_a_printer_every_request_says_so_and_nothing_is_queued()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, Idle + Sale + "key FUNC 6 1 2 ENTER\nexpect screen RECORD_DETAIL APPROVED\nkey 1");
            Assert.IsNull(r.App.Slips);
            Assert.AreEqual((int)PrintAnswer.NoPrinter, (int)r.Terminal.Screen.Print);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiPrintNoPrinter), Drawn(r, Locale.EnUs));

            Script.Run(r, "key CANCEL CANCEL CANCEL CANCEL\nexpect screen IDLE\n" + OpenPrint + "ui 1");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintNoPrinter), r.App.Menu.Screen.ToText());
            Script.Run(r, "ui 2");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintNoPrinter), r.App.Menu.Screen.ToText());
            Script.Run(r, "ui 3");
            Assert.AreEqual((int)MenuState.Merchant, (int)r.App.Menu.State, "3 goes back");
        }

        [TestMethod]
        public void A_reprint_never_touches_the_books()
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Sale + Decline + "expect printed 3\nexpect host sales 12.34 1");
            int writes = r.Storage.MutationCount;
            string log = Describe(r.Terminal.Machine.Log.All()) + "|" + Describe(r.Terminal.Machine.Failed.All());
            int stan = r.Terminal.Machine.Last.Stan;

            Script.Run(r, OpenPrint + "ui 1 CANCEL CANCEL\nkey FUNC 6 1 2 ENTER\nkey 1\nkey CANCEL CANCEL 1 3 ENTER\nexpect screen RECORD_DETAIL DECLINED\nkey 1\nexpect printed 7");
            Assert.AreEqual(writes, r.Storage.MutationCount, "nothing written to the journal");
            Assert.AreEqual(log, Describe(r.Terminal.Machine.Log.All()) + "|" + Describe(r.Terminal.Machine.Failed.All()));
            Assert.AreEqual(stan, r.Terminal.Machine.Last.Stan);
            Script.Run(r, "expect host sales 12.34 1");
        }

        [TestMethod]
        public void The_settlement_report_is_the_last_settlements_and_outlives_the_next_sale()
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Sale + OpenPrint + "ui 2");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintNothing), r.App.Menu.Screen.ToText(), "no settlement yet");
            Script.Run(r, "ui CANCEL CANCEL\nkey FUNC 4\nexpect screen SETTLED\nkey CANCEL\n" + OpenPrint + "ui 2");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintQueued), r.App.Menu.Screen.ToText());

            // The record stays until the next settlement: a sale in the new batch does not take the report away.
            Script.Run(r, "ui CANCEL CANCEL\nkey 5 6 ENTER\n" + Swipe + "host reply 00\nexpect screen APPROVED 0.56\nkey CANCEL\nexpect printed 6\n"
                + OpenPrint + "ui 2\nexpect printed 7");
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintQueued), r.App.Menu.Screen.ToText());
        }

        [TestMethod]
        public void A_cashier_reprints_without_the_supervisor()
        {
            Assert.AreEqual((int)OperatorRole.AnyOperator, (int)OperatorRoles.Rule(OperatorAction.Reprint).Role);
            ScenarioRunner r = OperatorTests.WithCashier(Locale.EnUs);
            Script.Run(r, "signon 02 " + OperatorTests.CashierInitial + "\nui " + OperatorTests.CashierPassword + " ENTER "
                + OperatorTests.CashierPassword + " ENTER\n" + OpenPrint);
            Assert.AreEqual((int)MenuState.PrintSlips, (int)r.App.Menu.State, "no supervisor prompt");
            Script.Run(r, "ui 1");
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiPrintNoPrinter), r.App.Menu.Screen.ToText());

        }

        [TestMethod]
        public void Golden_print_menu_zh_CN()
        {
            OperatorTests.Golden(PrintMenu(Locale.ZhCn), 0xCF9B2C0Fu);
        }

        [TestMethod]
        public void Golden_print_menu_en_US()
        {
            OperatorTests.Golden(PrintMenu(Locale.EnUs), 0xC05BDCFCu);
        }

        [TestMethod]
        public void Golden_record_printing_zh_CN()
        {
            OperatorTests.Golden(RecordPrinting(Locale.ZhCn), 0xA6B9A40Fu);
        }

        [TestMethod]
        public void Golden_record_printing_en_US()
        {
            OperatorTests.Golden(RecordPrinting(Locale.EnUs), 0xBDD7C62Au);
        }

        // The "Print" list after 1 (the last sale queued).
        private static Screen PrintMenu(int locale)
        {
            ScenarioRunner r = Printing();
            Assert.IsTrue(r.App.ChangeLocale(locale));
            Script.Run(r, Idle + Sale + OpenPrint + "ui 1");
            return r.App.Ui.CurrentScreen;
        }

        // A record's detail after 1: the answer on row 13 and the key hints.
        private static Screen RecordPrinting(int locale)
        {
            ScenarioRunner r = Printing();
            Script.Run(r, Idle + Sale + "key FUNC 6 1 2 ENTER\nkey 1");
            return Pos.Core.Simulation.ScreenSamples.Render(new TransactionScreenView(), r.Terminal.Screen, locale);
        }

        private static string Drawn(ScenarioRunner r, int locale)
        {
            return Pos.Core.Simulation.ScreenSamples.Render(new TransactionScreenView(), r.Terminal.Screen, locale).ToText();
        }

        private static string Describe(LoggedTransaction[] all)
        {
            string s = string.Empty;
            for (int i = 0; i < all.Length; i++)
            {
                s += all[i].Stan.ToString() + ":" + all[i].AmountFen.ToString() + ":" + ((int)all[i].Status).ToString() + ";";
            }

            return s;
        }

        private static ScenarioRunner Printing()
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "printer on");
            return r;
        }
    }
}
