using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Receipts;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Printing
{
    /// <summary>
    /// The print queue in the assembled terminal: each transaction's slip prints as it ends, and a printer fault never
    /// holds up, loses or doubles a payment. What reached the paper is compared with the slips rendered alone (CRC of
    /// every raster line), the payment with the host's ledger.
    /// </summary>
    [TestClass]
    public class PrintQueueTests
    {
        private const string Idle = "wait online\nadvance 1s\nkey CANCEL\nexpect screen IDLE\n";
        private const string Sale = "key 1 2 3 4 ENTER\ncard magstripe 6222021234567890 3012 201\nhost reply 00\nexpect screen APPROVED 12.34\n";

        private const string SecondSale = "key 5 6 ENTER\ncard magstripe 6222021234567890 3012 201\nhost reply 00\nexpect screen APPROVED 0.56\n";

        [TestMethod]
        public void An_approved_sale_prints_the_merchant_then_the_cardholder_copy()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + Sale + "expect printed 2\nexpect printed waiting 0");

            LoggedTransaction entry = r.Terminal.Machine.Log.Find(r.Terminal.Machine.Last.Stan);
            Assert.AreEqual(Expected(r, entry, null, 2), r.Printer.PaperCrc, "the paper holds both copies, line for line");
            Assert.AreEqual(2, r.App.Slips.Printed);
        }

        [TestMethod]
        public void Paper_out_mid_slip_completes_the_sale_and_prints_the_rest_when_paper_is_back()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + "printer paper 300\n" + Sale + "expect printed 0\nexpect printed waiting 1\nexpect host sales 12.34 1");
            Assert.AreEqual((int)PrinterStatus.PaperOut, (int)r.App.Slips.Fault);
            Assert.IsTrue(r.App.Slips.NoticePending, "the cashier is told");
            Assert.AreEqual(300, r.Printer.LinesOnPaper, "stopped where the roll ended");

            // Nothing retries the sale while the paper is out, however long it takes.
            Run(r, "advance 60s\nkey CANCEL\nexpect screen IDLE\nexpect host sales 12.34 1\nexpect printed 0");

            Run(r, "printer ready\nadvance 2s\nexpect printed 2\nexpect printed waiting 0\nexpect host sales 12.34 1");
            Assert.IsFalse(r.App.Slips.NoticePending);
            Assert.AreEqual((int)PrinterStatus.Ready, (int)r.App.Slips.Fault);
            LoggedTransaction entry = r.Terminal.Machine.Log.Find(r.Terminal.Machine.Last.Stan);
            Assert.AreEqual(Expected(r, entry, null, 2), r.Printer.PaperCrc, "no line twice, none lost");
            Assert.AreEqual(1, r.Terminal.Machine.Log.All().Length, "one sale in the batch");
        }

        [TestMethod]
        public void A_decline_prints_one_slip_with_its_reason()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + "key 2 0 0 ENTER\ncard magstripe 6222021234567891 3012 201\nhost reply 51\nexpect screen DECLINED\nexpect printed 1");
            LastTransaction last = SnapshotOf(r.Terminal.Machine.Last);
            Assert.AreEqual("51", last.Code);
            Assert.AreEqual(Expected(r, null, last, 1), r.Printer.PaperCrc);
        }

        [TestMethod]
        public void A_cover_open_before_the_sale_holds_the_slips_not_the_sale()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + "printer cover-open\n" + Sale + "expect printed 0\nexpect printed waiting 1\nexpect host sales 12.34 1");
            Assert.AreEqual((int)PrinterStatus.CoverOpen, (int)r.App.Slips.Fault);
            Assert.AreEqual(0, r.Printer.LinesOnPaper);
            r.App.Slips.DismissNotice();
            Run(r, "advance 2s\nexpect printed 0\nprinter ready\nadvance 2s\nexpect printed 2");
        }

        [TestMethod]
        public void The_status_is_asked_again_while_the_fault_lasts_and_never_while_printing_is_fine()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + Sale + "expect printed 2");
            Assert.AreEqual(0, r.Printer.Queries, "no polling when nothing is wrong");
            Run(r, "printer offline\nkey CANCEL\n" + SecondSale + "expect printed 2\nexpect printed waiting 1\nadvance 2s\nadvance 2s");
            Assert.IsTrue(r.Printer.Queries >= 2, "asked every " + Pos.Core.Slips.SlipSpooler.PollMs.ToString() + " ms while offline");
            Run(r, "printer ready\nadvance 2s\nexpect printed 4\nexpect host sales 12.90 2");
        }

        [TestMethod]
        public void The_idle_screen_shows_the_printers_checklist_until_a_key_and_that_key_starts_nothing()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + "printer paper-out\n" + Sale + "key CANCEL\nexpect screen IDLE");
            string zh = Notice(r, 0xE06F6E32u);
            Assert.Contains("LPP", zh);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalPrinterPaperOut), zh);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiPrintWaiting), "1"), zh);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiPrintBanner), zh);
            Assert.IsTrue(r.App.ChangeLocale(Locale.EnUs));
            string en = Notice(r, 0x28175A69u);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalPrinterPaperOut), en);

            Run(r, "ui DOWN");
            string second = Notice(r, 0x27B1529Au);
            Assert.Contains("2/3", second, "UP/DOWN page the steps, the notice stays");
            Run(r, "ui 5\nexpect screen IDLE\nexpect state Idle");
            Assert.IsFalse(r.App.Ui.PrinterNoticeShown, "a key puts it away");
            Assert.IsFalse(r.App.Ui.CurrentScreen.ToText().IndexOf("LPP") >= 0);
            Run(r, "ui 5\nexpect screen AMOUNT");
            Run(r, "key CANCEL\nexpect screen IDLE");

            // Another slip waiting for the same fault brings the notice back; paper back puts it away for good.
            Run(r, SecondSale + "key CANCEL\nexpect printed waiting 2");
            Assert.IsTrue(r.App.Ui.PrinterNoticeShown);
            Run(r, "printer ready\nadvance 2s\nexpect printed 4");
            Assert.IsFalse(r.App.Ui.PrinterNoticeShown);
        }

        [TestMethod]
        public void A_settlement_prints_its_report_with_the_totals_the_host_settled()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle + Sale + "key CANCEL\n" + SecondSale + "key CANCEL\nexpect printed 4\nexpect host sales 12.90 2");
            uint sales = r.Printer.PaperCrc;
            LoggedTransaction first = r.Terminal.Machine.Log.Find(r.Terminal.Machine.Last.Stan - 1);
            LoggedTransaction second = r.Terminal.Machine.Log.Find(r.Terminal.Machine.Last.Stan);
            Run(r, "key FUNC 4\nexpect screen SETTLED\nexpect printed 5\nexpect printed waiting 0");

            SettlementSummary report = r.Terminal.Machine.LastSettlement;
            Assert.IsNotNull(report);
            Assert.AreEqual(r.Host.SalesFen, report.FenOf(SettlementKind.Sale), "the report's sales are the host's");
            Assert.AreEqual(r.Host.SalesCount, report.CountOf(SettlementKind.Sale));
            Slip slip = new Slip();
            int locale = LocaleSetting.Load(r.Terminal.Journal.State);
            SettlementSlips.Build(slip, report, Who(r), locale, false);
            string text = new SlipLayout(slip, SlipPaper.Columns58).ToText();
            OutputHelper.WriteLine(text);
            Assert.Contains(Money.Format(r.Host.SalesFen, locale), text, "the host's total on paper");
            Assert.Contains(Catalog.Get(locale, TextKey.UiSlipBalanced), text);

            uint crc = ExpectedPaper.Add(Crc32.Start(), r, first, null, 2, false, Pos.Core.Common.Operators.None);
            crc = ExpectedPaper.Add(crc, r, second, null, 2, false, Pos.Core.Common.Operators.None);
            crc = ExpectedPaper.AddSlip(crc, slip, new SlipRaster(SlipPaper.Columns58));
            Assert.AreEqual(Crc32.Finish(crc), r.Printer.PaperCrc, "the sales' slips, then the report, line for line");
            Assert.AreNotEqual(sales, r.Printer.PaperCrc);
        }

        [TestMethod]
        public void A_printer_that_stops_answering_counts_as_offline_and_the_slips_go_on_once_it_answers()
        {
            ScenarioRunner r = Printing();
            Run(r, Idle);
            r.Printer.Hold = true; // the next request is never answered until Release
            Run(r, Sale + "expect printed waiting 1\nadvance 14s\nexpect host sales 12.34 1");
            Assert.AreEqual((int)PrinterStatus.Ready, (int)r.App.Slips.Fault, "still waiting for the answer");
            Run(r, "advance 2s");
            Assert.AreEqual((int)PrinterStatus.Offline, (int)r.App.Slips.Fault, "no answer in 15 s: offline");
            Assert.IsTrue(r.App.Slips.NoticePending);
            Assert.IsFalse(r.Terminal.Printer.IsBusy, "the request given up: the port is free");

            r.Printer.Hold = false;
            Assert.IsTrue(r.Printer.Release(), "the late answer comes, and is ignored");
            Run(r, "advance 2s\nexpect printed 2\nexpect printed waiting 0\nexpect host sales 12.34 1");
            Assert.AreEqual((int)PrinterStatus.Ready, (int)r.App.Slips.Fault);
        }

        private static SlipTerminal Who(ScenarioRunner r)
        {
            return new SlipTerminal(r.Options.MerchantName, r.Options.Terminal.MerchantId, r.Options.Terminal.TerminalId,
                r.Options.Transactions.UtcOffsetMinutes);
        }

        // Draws the face and returns its text; pins the pixels when a CRC is given (0: print it only).
        private static string Notice(ScenarioRunner r, uint crc)
        {
            CrcDisplay display = new CrcDisplay();
            r.App.Ui.Render(new StatusSnapshot(), display);
            Assert.IsTrue(r.App.Ui.PrinterNoticeShown);
            string text = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(text);
            OutputHelper.WriteLine("crc 0x" + display.Crc.ToString("X8"));
            if (crc != 0)
            {
                Assert.AreEqual(crc, display.Crc, "the notice's pixels");
            }

            return text;
        }

        private static void Run(ScenarioRunner r, string script)
        {
            string failure = r.RunExplained(script);
            Assert.IsNull(failure, failure);
        }

        private static ScenarioRunner Printing()
        {
            ScenarioRunner r = new ScenarioRunner();
            Run(r, "printer on");
            return r;
        }

        private static LastTransaction SnapshotOf(LastTransaction t)
        {
            return Pos.Core.Slips.SlipJob.Snapshot(t);
        }

        private static uint Expected(ScenarioRunner r, LoggedTransaction entry, LastTransaction declined, int copies)
        {
            return ExpectedPaper.Crc(r, entry, declined, copies, false, r.Terminal.Machine.CurrentOperator);
        }
    }
}
