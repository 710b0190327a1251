using Pos.Hal;

namespace Pos.Core.Printing
{
    /// <summary>
    /// The payload of <see cref="Pos.Core.Events.Signal.PrinterCompleted"/>: which request of the port ended, the
    /// printer's status at its end and, for raster lines, how many reached the paper. Immutable: posted from the
    /// printer's thread, read on the main loop.
    /// </summary>
    public sealed class PrinterOutcome
    {
        /// <summary>Creates an outcome.</summary>
        public PrinterOutcome(PrinterRequest request, PrinterStatus status, int lines)
        {
            Request = request;
            Status = status;
            Lines = lines;
        }

        /// <summary>What was asked.</summary>
        public PrinterRequest Request { get; }

        /// <summary>The printer's status when it ended (<see cref="PrinterStatus.Ready"/>: done).</summary>
        public PrinterStatus Status { get; }

        /// <summary>Raster lines that reached the paper (0 for a feed, cut or status query).</summary>
        public int Lines { get; }
    }
}
