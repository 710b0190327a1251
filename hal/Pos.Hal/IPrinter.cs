namespace Pos.Hal
{
    /// <summary>
    /// The receipt printer seam: a thermal line printer that prints raster lines, feeds and cuts. The core lays a
    /// receipt out as raster lines itself (Chinese from the screen's own glyph font; no printer code page) and hands
    /// them over one band at a time.
    /// <para>Raster format (exactly ESC/POS <c>GS v 0</c>'s bit image order): 1 bit per dot, 1 = black; a line is
    /// <see cref="WidthDots"/> / 8 bytes, the most significant bit of its first byte the leftmost dot; lines follow
    /// each other top to bottom with no padding.</para>
    /// <para>Like <see cref="IHostExchange"/>, every request returns at once: the slow work (the UART, the paper
    /// moving) happens on the printer's own thread, and <see cref="Completed"/> reports the outcome exactly once per
    /// started request. One request at a time; starting one while <see cref="IsBusy"/> is a programming error
    /// (<see cref="System.InvalidOperationException"/>). The job, and its line cursor, stay with the caller
    /// (<see cref="Printing.PrintCursor"/>): a band cut short by a fault reports how many of its lines reached the
    /// paper, and the caller sends the rest again once the status is Ready, so no line is printed twice or lost.</para>
    /// </summary>
    public interface IPrinter
    {
        /// <summary>Raised once per started request, on any thread.</summary>
        event PrinterCompletedHandler Completed;

        /// <summary>Dots per raster line: 384 for a 58 mm head (48 mm printable at 8 dots/mm), 576 for 80 mm.</summary>
        int WidthDots { get; }

        /// <summary>True while a request is in progress.</summary>
        bool IsBusy { get; }

        /// <summary>Prints <paramref name="lineCount"/> raster lines, stopping at the first line a fault prevents.</summary>
        /// <param name="requestId">Echoed in <see cref="Completed"/>.</param>
        /// <param name="raster">The lines, <see cref="WidthDots"/> / 8 bytes each; copied before this returns.</param>
        /// <param name="offset">Where the first line starts.</param>
        /// <param name="lineCount">Lines to print (at least 1).</param>
        void PrintLines(int requestId, byte[] raster, int offset, int lineCount);

        /// <summary>Feeds blank paper, <paramref name="lines"/> dot lines (8 a millimetre).</summary>
        void Feed(int requestId, int lines);

        /// <summary>Ends the receipt: feeds it to the cutter and cuts, or past the tear bar on a printer without one.</summary>
        void Cut(int requestId);

        /// <summary>Asks the printer for its status; <see cref="Completed"/> carries the answer.</summary>
        void QueryStatus(int requestId);
    }
}
