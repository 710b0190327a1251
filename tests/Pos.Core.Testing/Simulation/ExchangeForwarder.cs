using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// Turns the exchange seam's completions (raised on its own thread) into queued events, so the outcome is handled
    /// by the dispatcher like everything else: <see cref="Signal.ExchangeReplied"/> or <see cref="Signal.ExchangeFailed"/>
    /// with the exchange id as parameter and an <see cref="ExchangeOutcome"/> as payload.
    /// </summary>
    public sealed class ExchangeForwarder
    {
        private readonly EventQueue _queue;

        /// <summary>Starts forwarding the completions of <paramref name="exchange"/> into <paramref name="queue"/>.</summary>
        public ExchangeForwarder(IHostExchange exchange, EventQueue queue)
        {
            if (exchange == null)
            {
                throw new System.ArgumentNullException(nameof(exchange));
            }

            if (queue == null)
            {
                throw new System.ArgumentNullException(nameof(queue));
            }

            _queue = queue;
            exchange.Completed += OnCompleted;
        }

        private void OnCompleted(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            Signal signal = failure == ExchangeFailure.None ? Signal.ExchangeReplied : Signal.ExchangeFailed;
            _queue.Post(new Event(signal, exchangeId, new ExchangeOutcome(exchangeId, reply, failure)));
        }
    }
}
