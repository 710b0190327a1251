using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// One terminal's door to the emulator's printer: each completion, raised on a pool thread after the core's port
    /// posted the answer, also wakes the terminal thread, so a slip goes on printing when no timer is due (as
    /// <see cref="WakingHostExchange"/> does for the host). The printer outlives power cuts; the terminal that used
    /// this door does not: <see cref="Detach"/> lets a request still in flight end without reaching it.
    /// </summary>
    public sealed class WakingPrinter : IPrinter
    {
        private readonly IPrinter _inner;
        private readonly Action _wake;

        /// <summary>Wraps <paramref name="inner"/>; <paramref name="wake"/> runs after each completion.</summary>
        public WakingPrinter(IPrinter inner, Action wake)
        {
            _inner = inner;
            _wake = wake;
            _inner.Completed += OnCompleted;
        }

        /// <inheritdoc />
        public event PrinterCompletedHandler? Completed;

        /// <inheritdoc />
        public int WidthDots => _inner.WidthDots;

        /// <inheritdoc />
        public bool IsBusy => _inner.IsBusy;

        /// <summary>Stops forwarding completions (the terminal that used it lost its power).</summary>
        public void Detach() => _inner.Completed -= OnCompleted;

        /// <inheritdoc />
        public void PrintLines(int requestId, byte[] raster, int offset, int lineCount) => _inner.PrintLines(requestId, raster, offset, lineCount);

        /// <inheritdoc />
        public void Feed(int requestId, int lines) => _inner.Feed(requestId, lines);

        /// <inheritdoc />
        public void Cut(int requestId) => _inner.Cut(requestId);

        /// <inheritdoc />
        public void QueryStatus(int requestId) => _inner.QueryStatus(requestId);

        private void OnCompleted(int requestId, PrinterStatus status, int lines)
        {
            Completed?.Invoke(requestId, status, lines);
            _wake();
        }
    }
}
