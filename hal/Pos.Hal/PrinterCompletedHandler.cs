namespace Pos.Hal
{
    /// <summary>Called once per started printer request, on the printer's own thread.</summary>
    /// <param name="requestId">The id given when the request was started.</param>
    /// <param name="status">The printer's status when the request ended: <see cref="PrinterStatus.Ready"/> when it
    /// was done in full, otherwise why it stopped (or, for a status query, the answer).</param>
    /// <param name="lines">For <see cref="IPrinter.PrintLines"/>: how many of the request's raster lines, from its
    /// first, reached the paper (all of them when <paramref name="status"/> is Ready). For a feed: the lines fed. For a
    /// cut or a status query: 0.</param>
    public delegate void PrinterCompletedHandler(int requestId, PrinterStatus status, int lines);
}
