using nanoFramework.TestFramework;
using Pos.Hal;
using Pos.Hal.Printing;

namespace Pos.Core.Tests.Hal.Printing
{
    /// <summary>A job's line cursor across a fault: every line once, in order, whatever band a fault cuts short.</summary>
    [TestClass]
    public class PrintCursorTests
    {
        private const int Width = 384;
        private const int WidthBytes = Width / 8;

        [TestMethod]
        public void A_paper_out_mid_band_resumes_at_the_first_line_not_printed()
        {
            var printer = new ScriptedPrinter(Width, 100);
            var pump = new BandPump(printer, 16);
            printer.LoadPaper(21);
            var job = new PrintCursor(50, 16);

            pump.Run(job);
            Assert.AreEqual((int)PrinterStatus.PaperOut, (int)pump.Status);
            Assert.AreEqual(21, job.Next, "16 lines of the first band, 5 of the second");
            Assert.IsFalse(job.IsDone);
            Assert.AreEqual(21, printer.LinesOnPaper);

            printer.LoadPaper(1000);
            pump.Run(job);
            Assert.AreEqual((int)PrinterStatus.Ready, (int)pump.Status);
            Assert.IsTrue(job.IsDone);
            Assert.AreEqual(50, printer.LinesOnPaper, "no line twice, none lost");
            for (int line = 0; line < 50; line++)
            {
                Assert.AreEqual(line, printer.At(line, 0), "line " + line + " in its place");
                Assert.AreEqual(BandPump.Pattern(line, WidthBytes - 1), printer.At(line, WidthBytes - 1), "line " + line + " whole");
            }
        }

        [TestMethod]
        public void A_fault_before_a_band_prints_nothing_and_moves_nothing()
        {
            var printer = new ScriptedPrinter(Width, 100);
            var pump = new BandPump(printer, 16);
            printer.LoadPaper(1000);
            var job = new PrintCursor(40, 16);
            printer.Fault = PrinterStatus.CoverOpen;

            pump.Run(job);
            Assert.AreEqual((int)PrinterStatus.CoverOpen, (int)pump.Status);
            Assert.AreEqual(0, job.Next);
            Assert.AreEqual(0, printer.LinesOnPaper);

            printer.Fault = PrinterStatus.Ready;
            pump.Run(job);
            Assert.IsTrue(job.IsDone);
            Assert.AreEqual(40, printer.LinesOnPaper);
            Assert.AreEqual(39, (int)printer.At(39, 0));
        }

        [TestMethod]
        public void Bands_are_full_until_the_last()
        {
            var job = new PrintCursor(40, 16);
            Assert.AreEqual(16, job.BandLines);
            job.Advance(16);
            job.Advance(16);
            Assert.AreEqual(8, job.BandLines, "the rest");
            job.Advance(8);
            Assert.IsTrue(job.IsDone);
            Assert.AreEqual(0, job.BandLines);
            Assert.IsTrue(new PrintCursor(0, 16).IsDone, "an empty job is done");
        }

        [TestMethod]
        public void A_completion_cannot_claim_more_than_the_band()
        {
            var job = new PrintCursor(20, 16);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => job.Advance(17));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => job.Advance(-1));
            job.Advance(16);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => job.Advance(5));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new PrintCursor(10, 0));
        }
    }
}
