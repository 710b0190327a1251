using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Tests.Host.Reconciliation
{
    /// <summary>
    /// The real <see cref="TcpHostExchange"/> with its timeouts clamped to a short real time (the terminal passes its
    /// simulated-time parameters, seconds long), and a signal raised after each completion was handed on, i.e. after
    /// the terminal's channel posted it into the event queue. The harness waits on that, never on a fixed sleep.
    /// </summary>
    internal sealed class ClampedExchange : IHostExchange
    {
        private readonly TcpHostExchange _inner;
        private readonly int _maxTimeoutMs;
        private readonly SemaphoreSlim _completions = new(0);
        private int _outstanding;

        public ClampedExchange(int port, int maxTimeoutMs)
        {
            _inner = new TcpHostExchange("127.0.0.1", port);
            _maxTimeoutMs = maxTimeoutMs;
            _inner.Completed += (id, reply, failure) =>
            {
                Completed?.Invoke(id, reply, failure);
                Interlocked.Decrement(ref _outstanding);
                _completions.Release();
            };
        }

        public event ExchangeCompletedHandler? Completed;

        public bool IsBusy => _inner.IsBusy;

        /// <summary>Exchanges started and not yet completed (and handed on).</summary>
        public int Outstanding => Volatile.Read(ref _outstanding);

        /// <summary>The port connections go to (a dead port = host down, connect refused).</summary>
        public int Port
        {
            get => _inner.Port;
            set => _inner.Port = value;
        }

        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            Interlocked.Increment(ref _outstanding);
            _inner.Start(exchangeId, frame, offset, count, Math.Min(connectTimeoutMs, _maxTimeoutMs), Math.Min(responseTimeoutMs, _maxTimeoutMs));
        }

        /// <summary>Waits (bounded) until some completion was handed on; false on timeout.</summary>
        public bool WaitCompletion(int timeoutMs) => _completions.Wait(timeoutMs);
    }
}
