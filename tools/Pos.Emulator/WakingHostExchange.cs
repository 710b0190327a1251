using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// Wraps the PC's exchange so that its completion, raised on a socket thread after the core posted the outcome,
    /// also wakes the terminal thread (the core does not expose its queue's Posted signal).
    /// </summary>
    public sealed class WakingHostExchange : IHostExchange
    {
        private readonly IHostExchange _inner;
        private readonly Action _wake;

        /// <summary>Wraps <paramref name="inner"/>; <paramref name="wake"/> runs after each completion.</summary>
        public WakingHostExchange(IHostExchange inner, Action wake)
        {
            _inner = inner;
            _wake = wake;
            _inner.Completed += OnCompleted;
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler? Completed;

        /// <inheritdoc />
        public bool IsBusy => _inner.IsBusy;

        /// <summary>Stops forwarding (the terminal that used it lost its power).</summary>
        public bool Detached { get; set; }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs) =>
            _inner.Start(exchangeId, frame, offset, count, connectTimeoutMs, responseTimeoutMs);

        private void OnCompleted(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            if (Detached)
            {
                return;
            }

            Completed?.Invoke(exchangeId, reply, failure);
            _wake();
        }
    }
}
