using nanoFramework.TestFramework;
using Pos.Hal;
using Pos.Hal.Printing;

namespace Pos.Core.Tests.Hal.Printing
{
    /// <summary>
    /// Drives a job through a printer as the core will: renders the cursor's next band (line n's first byte is n, the
    /// others n ^ 0xA5), prints it, moves the cursor by the lines the completion reports, until done or a fault.
    /// </summary>
    public sealed class BandPump
    {
        private const int RequestId = 7;

        private readonly IPrinter _printer;
        private readonly int _widthBytes;
        private readonly byte[] _band;
        private int _printed;
        private int _completions;

        /// <summary>Listens to <paramref name="printer"/>'s completions; bands of at most <paramref name="bandLines"/>.</summary>
        public BandPump(IPrinter printer, int bandLines)
        {
            _printer = printer;
            _widthBytes = printer.WidthDots / 8;
            _band = new byte[bandLines * _widthBytes];
            printer.Completed += OnCompleted;
        }

        /// <summary>The status of the last completion.</summary>
        public PrinterStatus Status { get; private set; }

        /// <summary>The pattern byte <paramref name="index"/> of line <paramref name="line"/> carries.</summary>
        public static byte Pattern(int line, int index)
        {
            return (byte)(index == 0 ? line : line ^ 0xA5);
        }

        /// <summary>Prints band after band of <paramref name="job"/> until it is done or the printer stops.</summary>
        public void Run(PrintCursor job)
        {
            Status = PrinterStatus.Ready;
            while (!job.IsDone && Status == PrinterStatus.Ready)
            {
                int lines = job.BandLines;
                for (int i = 0; i < lines; i++)
                {
                    for (int b = 0; b < _widthBytes; b++)
                    {
                        _band[(i * _widthBytes) + b] = Pattern(job.Next + i, b);
                    }
                }

                int before = _completions;
                _printer.PrintLines(RequestId, _band, 0, lines);
                Assert.AreEqual(before + 1, _completions, "one completion per request");
                job.Advance(_printed);
            }
        }

        private void OnCompleted(int requestId, PrinterStatus status, int lines)
        {
            Assert.AreEqual(RequestId, requestId);
            Status = status;
            _printed = lines;
            _completions++;
        }
    }
}
