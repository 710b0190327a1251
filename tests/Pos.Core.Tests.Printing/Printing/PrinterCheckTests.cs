using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Printing
{
    /// <summary>
    /// The self-test's printer check over <see cref="Pos.Core.Simulation.SimulatedPrinter"/> through the app: ready,
    /// each fault with its code's checklist, a slip printing, no answer, a stopped check and no printer at all.
    /// </summary>
    [TestClass]
    public class PrinterCheckTests
    {
        [TestMethod]
        public void A_ready_printer_passes_after_its_answer_reaches_the_runner()
        {
            PrinterWorld w = new PrinterWorld(true);
            Assert.AreEqual(w.Runner.IndexOf("card_reader") + 1, w.Index, "after the card reader");
            w.Runner.StartOne(w.Index);
            Assert.IsTrue(w.Runner.IsRunning, "the answer comes through the event queue");
            Assert.AreEqual((int)CheckStatus.Running, (int)w.Runner.ResultAt(w.Index).Status);
            w.Settle();
            Expect(w.Runner.ResultAt(w.Index), CheckStatus.Pass, "ready", CheckResult.NoChecklist);
            Assert.IsFalse(w.Runner.IsRunning);
            Assert.AreEqual(1, w.Printer.Queries);
            Assert.IsFalse(w.App.Terminal.Printer.IsBusy);
            Assert.AreEqual(0, w.Answers, "the check's answer went to the runner alone");
        }

        [TestMethod]
        public void Each_fault_fails_with_its_code_and_the_code_s_checklist()
        {
            PrinterWorld w = new PrinterWorld(true);
            w.Printer.LoadPaper(0);
            Expect(w.RunCheck(), CheckStatus.Fail, "paper out (LPP)", TextKey.LocalPrinterPaperOut);
            w.Printer.LoadPaper(-1);
            w.Printer.Fault = PrinterStatus.CoverOpen;
            Expect(w.RunCheck(), CheckStatus.Fail, "cover open (LPC)", TextKey.LocalPrinterCoverOpen);
            w.Printer.Fault = PrinterStatus.Overheated;
            Expect(w.RunCheck(), CheckStatus.Fail, "overheated (LPH)", TextKey.LocalPrinterOverheated);
            w.Printer.Fault = PrinterStatus.Offline;
            Expect(w.RunCheck(), CheckStatus.Fail, "offline (LPO)", TextKey.LocalPrinterOffline);
            w.Printer.Fault = PrinterStatus.Ready;
            Expect(w.RunCheck(), CheckStatus.Pass, "ready", CheckResult.NoChecklist);
        }

        [TestMethod]
        public void While_a_slip_prints_the_last_answer_decides_or_the_check_asks_to_try_again()
        {
            PrinterWorld w = new PrinterWorld(true);
            w.Printer.Hold = true;
            Assert.IsTrue(w.PrintSlip());
            Expect(w.RunCheck(), CheckStatus.Warn, "printing, try again", TextKey.DiagPrinter);
            Assert.AreEqual(0, w.Printer.Queries, "the slip is not interrupted");
            Assert.IsTrue(w.Printer.Release());
            w.Settle();
            Assert.AreEqual(1, w.Answers, "the slip's answer went to its owner");

            // The slip's answer told Ready: a second slip printing passes on it.
            Assert.IsTrue(w.PrintSlip());
            Expect(w.RunCheck(), CheckStatus.Pass, "printing", CheckResult.NoChecklist);
            w.Printer.Fault = PrinterStatus.CoverOpen;
            Assert.IsTrue(w.Printer.Release());
            w.Settle();

            // That slip stopped on the open cover; the next one is held again: the check names the cover.
            Assert.IsTrue(w.PrintSlip());
            Expect(w.RunCheck(), CheckStatus.Fail, "cover open (LPC)", TextKey.LocalPrinterCoverOpen);
            Assert.IsTrue(w.Printer.Release());
            w.Settle();
            Assert.AreEqual(3, w.Answers);
        }

        [TestMethod]
        public void No_answer_in_time_fails_as_not_answering_and_the_late_answer_is_ignored()
        {
            PrinterWorld w = new PrinterWorld(true);
            w.Printer.Hold = true;
            w.Runner.StartOne(w.Index);
            w.Settle();
            int limit = w.Runner.Context.Thresholds.PrinterAnswerMs;
            w.Advance(limit - 1);
            Assert.IsTrue(w.Runner.IsRunning);
            w.Advance(1);
            Expect(w.Runner.ResultAt(w.Index), CheckStatus.Fail, "no answer (LPO)", TextKey.LocalPrinterOffline);
            Assert.IsFalse(w.Runner.IsRunning);

            Assert.IsTrue(w.Printer.Release());
            w.Settle();
            Expect(w.Runner.ResultAt(w.Index), CheckStatus.Fail, "no answer (LPO)", TextKey.LocalPrinterOffline);
            Assert.IsFalse(w.App.Terminal.Printer.IsBusy, "the late answer freed the port");
            w.Printer.Hold = false;
            Expect(w.RunCheck(), CheckStatus.Pass, "ready", CheckResult.NoChecklist);
        }

        [TestMethod]
        public void A_skipped_check_disarms_its_deadline()
        {
            PrinterWorld w = new PrinterWorld(true);
            w.Printer.Hold = true;
            w.Runner.StartOne(w.Index);
            w.Settle();
            w.Runner.Skip();
            w.Advance(w.Runner.Context.Thresholds.PrinterAnswerMs * 2);
            Expect(w.Runner.ResultAt(w.Index), CheckStatus.NotRun, "skipped", CheckResult.NoChecklist);
            Assert.IsTrue(w.Printer.Release());
            w.Settle();
            Expect(w.Runner.ResultAt(w.Index), CheckStatus.NotRun, "skipped", CheckResult.NoChecklist);
        }

        [TestMethod]
        public void A_terminal_without_a_printer_does_not_run_the_check()
        {
            PrinterWorld w = new PrinterWorld(false);
            Assert.IsNull(w.Runner.Context.Printer);
            Expect(w.RunCheck(), CheckStatus.NotRun, "no seam", CheckResult.NoChecklist);
        }

        private static void Expect(CheckResult r, CheckStatus status, string value, int checklist)
        {
            Assert.AreEqual((int)status, (int)r.Status, value);
            Assert.AreEqual(value, r.Value);
            Assert.AreEqual(checklist, r.ChecklistKey, value);
        }
    }
}
