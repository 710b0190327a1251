using nanoFramework.TestFramework;
using Pos.Hal;
using Pos.Hal.Printing;

namespace Pos.Core.Tests.Hal.Printing
{
    /// <summary>The DLE EOT 1/2/3 answers, bit by bit, into the seam's status.</summary>
    [TestClass]
    public class EscPosStatusTests
    {
        // A status byte with only its fixed bits (bits 1 and 4 set): nothing to report.
        private const int Clear = 0x12;

        [TestMethod]
        public void Fixed_bits_alone_are_ready()
        {
            Assert.AreEqual((int)PrinterStatus.Ready, (int)EscPosStatus.Decode(Clear, Clear, Clear));
        }

        [TestMethod]
        public void Every_used_bit_gives_its_status()
        {
            Expect(PrinterStatus.Offline, Clear | 0x08, Clear, Clear, "n=1 bit 3: offline");
            Expect(PrinterStatus.Offline, Clear | 0x20, Clear, Clear, "n=1 bit 5: waiting for online recovery");
            Expect(PrinterStatus.CoverOpen, Clear, Clear | 0x04, Clear, "n=2 bit 2: cover open");
            Expect(PrinterStatus.PaperOut, Clear, Clear | 0x20, Clear, "n=2 bit 5: stopped by paper end");
            Expect(PrinterStatus.Offline, Clear, Clear | 0x40, Clear, "n=2 bit 6: error occurred");
            Expect(PrinterStatus.Offline, Clear, Clear, Clear | 0x08, "n=3 bit 3: autocutter error");
            Expect(PrinterStatus.Offline, Clear, Clear, Clear | 0x20, "n=3 bit 5: unrecoverable error");
            Expect(PrinterStatus.Overheated, Clear, Clear, Clear | 0x40, "n=3 bit 6: auto-recoverable (head temperature)");
        }

        [TestMethod]
        public void Bits_that_stop_nothing_are_ready()
        {
            Expect(PrinterStatus.Ready, Clear | 0x04, Clear, Clear, "n=1 bit 2: drawer pin 3");
            Expect(PrinterStatus.Ready, Clear | 0x40, Clear, Clear, "n=1 bit 6: feed button");
            Expect(PrinterStatus.Ready, Clear, Clear | 0x08, Clear, "n=2 bit 3: paper fed by the button");
        }

        [TestMethod]
        public void The_cause_wins_over_the_offline_bit_it_sets()
        {
            // A printer out of paper also says offline (n=1 bit 3) and an error (n=2 bit 6); the cause is what counts.
            Expect(PrinterStatus.PaperOut, Clear | 0x08, Clear | 0x20 | 0x40, Clear, "paper out");
            Expect(PrinterStatus.CoverOpen, Clear | 0x08, Clear | 0x04 | 0x20, Clear, "cover open over paper out");
            Expect(PrinterStatus.Overheated, Clear | 0x08, Clear | 0x40, Clear | 0x40, "overheated");
            Expect(PrinterStatus.PaperOut, Clear | 0x08, Clear | 0x20, Clear | 0x40, "paper out over overheated");
        }

        [TestMethod]
        public void No_answer_or_a_byte_without_the_fixed_bits_is_offline()
        {
            Expect(PrinterStatus.Offline, -1, Clear, Clear, "no answer to n=1");
            Expect(PrinterStatus.Offline, Clear, -1, Clear, "no answer to n=2");
            Expect(PrinterStatus.Offline, Clear, Clear, -1, "no answer to n=3");
            Expect(PrinterStatus.Offline, 0x00, Clear, Clear, "bits 1 and 4 missing");
            Expect(PrinterStatus.Offline, Clear | 0x01, Clear, Clear, "bit 0 set");
            Expect(PrinterStatus.Offline, Clear, Clear | 0x80, Clear, "bit 7 set");
            Assert.IsTrue(EscPosStatus.IsStatusByte(0x7E));
            Assert.IsFalse(EscPosStatus.IsStatusByte(0x112));
        }

        private static void Expect(PrinterStatus expected, int printer, int offlineCause, int errorCause, string what)
        {
            Assert.AreEqual((int)expected, (int)EscPosStatus.Decode(printer, offlineCause, errorCause), what);
        }
    }
}
