using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Tests.Host.Printing
{
    /// <summary>The emulated printer: its roll as a picture, and faults that stop a job at a line and let it resume.</summary>
    [TestClass]
    public class EmulatedPrinterTests
    {
        private const int Black = 0x000000;
        private const int White = 0xFFFFFF;
        private const int Cut = (EmulatedPrinter.CutShade << 16) | (EmulatedPrinter.CutShade << 8) | EmulatedPrinter.CutShade;

        [TestMethod]
        public void The_roll_renders_dot_for_dot_with_the_feed_and_the_cut()
        {
            var printer = new EmulatedPrinter(16);
            byte[] raster = { 0x80, 0x01, 0xFF, 0x00, 0xAA, 0xAA };
            Assert.AreEqual((PrinterStatus.Ready, 3), Await(printer, id => printer.PrintLines(id, raster, 0, 3)));
            Assert.AreEqual((PrinterStatus.Ready, 2), Await(printer, id => printer.Feed(id, 2)));
            Assert.AreEqual((PrinterStatus.Ready, 0), Await(printer, printer.Cut));

            var png = PngPixels.Decode(printer.RenderPng());
            Assert.AreEqual(16, png.Width);
            Assert.AreEqual(6, png.Height, "3 lines, 2 fed, the cut");
            for (int x = 0; x < 16; x++)
            {
                Assert.AreEqual(x == 0 || x == 15 ? Black : White, png.At(x, 0), "line 0, dot " + x + ": MSB of byte 0 is the leftmost dot");
                Assert.AreEqual(x < 8 ? Black : White, png.At(x, 1), "line 1, dot " + x);
                Assert.AreEqual(x % 2 == 0 ? Black : White, png.At(x, 2), "line 2, dot " + x);
                Assert.AreEqual(White, png.At(x, 3), "fed");
                Assert.AreEqual(White, png.At(x, 4), "fed");
                Assert.AreEqual(Cut, png.At(x, 5), "the cut");
            }

            CollectionAssert.AreEqual(new[] { 5 }, printer.Cuts);
        }

        [TestMethod]
        public void The_end_of_the_roll_renders_its_last_lines_with_the_cuts_among_them()
        {
            var printer = new EmulatedPrinter(8);
            byte[] raster = { 0x01, 0x02, 0x03, 0x04 };
            Assert.AreEqual((PrinterStatus.Ready, 2), Await(printer, id => printer.PrintLines(id, raster, 0, 2)));
            Assert.AreEqual((PrinterStatus.Ready, 0), Await(printer, printer.Cut));
            Assert.AreEqual((PrinterStatus.Ready, 2), Await(printer, id => printer.PrintLines(id, raster, 2, 2)));
            Assert.AreEqual((PrinterStatus.Ready, 0), Await(printer, printer.Cut));

            var tail = PngPixels.Decode(printer.RenderPng(3));
            Assert.AreEqual(5, tail.Height, "line 1, the first cut, lines 2 and 3, the second cut");
            Assert.AreEqual(Black, tail.At(6, 0), "line 1 (0x02): dot 6 black");
            Assert.AreEqual(White, tail.At(7, 0), "line 1 (0x02): dot 7 white");
            Assert.AreEqual(Cut, tail.At(0, 1));
            Assert.AreEqual(Cut, tail.At(0, 4));
            Assert.AreEqual(4, PngPixels.Decode(printer.RenderPng(2)).Height, "lines 2 and 3 with the cut right above them and the one below");
            Assert.AreEqual(6, PngPixels.Decode(printer.RenderPng(100)).Height, "more than the roll: the whole roll");
            Assert.AreEqual(6, PngPixels.Decode(printer.RenderPng()).Height);

            printer.ClearRoll();
            Assert.AreEqual(1, PngPixels.Decode(printer.RenderPng(3)).Height, "a torn-off roll: one blank row");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => printer.RenderPng(0));
        }

        [TestMethod]
        public void Paper_out_stops_a_job_at_its_line_and_it_resumes_when_cleared()
        {
            var printer = new EmulatedPrinter(8);
            byte[] raster = Enumerable.Range(0, 8).Select(i => (byte)i).ToArray();
            printer.FaultAfter(5, PrinterStatus.PaperOut);

            Assert.AreEqual((PrinterStatus.PaperOut, 5), Await(printer, id => printer.PrintLines(id, raster, 0, 8)));
            Assert.AreEqual((PrinterStatus.PaperOut, 0), Await(printer, id => printer.PrintLines(id, raster, 5, 3)), "nothing while out");
            Assert.AreEqual((PrinterStatus.PaperOut, 0), Await(printer, printer.QueryStatus));

            printer.ClearFault();
            Assert.AreEqual((PrinterStatus.Ready, 3), Await(printer, id => printer.PrintLines(id, raster, 5, 3)));
            Assert.AreEqual(8, printer.LineCount);
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual((byte)i, printer.Line(i)[0], "line " + i + " once, in order");
            }
        }

        [TestMethod]
        public void Every_fault_stops_printing_feeding_and_cutting_until_cleared()
        {
            foreach (PrinterStatus fault in new[] { PrinterStatus.PaperOut, PrinterStatus.CoverOpen, PrinterStatus.Overheated, PrinterStatus.Offline })
            {
                var printer = new EmulatedPrinter();
                byte[] line = new byte[printer.WidthDots / 8];
                printer.SetFault(fault);
                Assert.AreEqual(fault, printer.Status);
                Assert.AreEqual((fault, 0), Await(printer, printer.QueryStatus));
                Assert.AreEqual((fault, 0), Await(printer, id => printer.PrintLines(id, line, 0, 1)));
                Assert.AreEqual((fault, 0), Await(printer, id => printer.Feed(id, 4)));
                Assert.AreEqual((fault, 0), Await(printer, printer.Cut));
                Assert.AreEqual(0, printer.LineCount, fault + ": nothing on the roll");
                Assert.IsEmpty(printer.Cuts, fault + ": no cut");

                printer.ClearFault();
                Assert.AreEqual((PrinterStatus.Ready, 1), Await(printer, id => printer.PrintLines(id, line, 0, 1)));
            }
        }

        [TestMethod]
        public void A_fault_can_strike_in_the_middle_of_a_feed()
        {
            var printer = new EmulatedPrinter();
            printer.FaultAfter(3, PrinterStatus.Overheated);
            Assert.AreEqual((PrinterStatus.Overheated, 3), Await(printer, id => printer.Feed(id, 10)));
            Assert.AreEqual(3, printer.LineCount);
        }

        [TestMethod]
        public void The_width_is_a_whole_number_of_bytes()
        {
            Assert.AreEqual(384, new EmulatedPrinter().WidthDots);
            Assert.AreEqual(576, new EmulatedPrinter(576).WidthDots);
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new EmulatedPrinter(100));
        }

        // Starts one request and waits for its completion: (status, lines), the request id checked.
        private static (PrinterStatus, int) Await(EmulatedPrinter printer, Action<int> start)
        {
            const int RequestId = 41;
            using var done = new ManualResetEventSlim();
            (PrinterStatus, int) outcome = default;
            PrinterCompletedHandler handler = (id, status, lines) =>
            {
                Assert.AreEqual(RequestId, id);
                outcome = (status, lines);
                done.Set();
            };
            printer.Completed += handler;
            try
            {
                start(RequestId);
                Assert.IsTrue(done.Wait(TimeSpan.FromSeconds(10)), "no completion");
                SpinWait.SpinUntil(() => !printer.IsBusy, TimeSpan.FromSeconds(10));
                return outcome;
            }
            finally
            {
                printer.Completed -= handler;
            }
        }
    }
}
