using Pos.Hal;

namespace Pos.Core.Tests.Exchange
{
    /// <summary>An exchange seam the test completes by hand, with any id, bytes or failure value; may throw on Start.</summary>
    public sealed class ManualExchange : IHostExchange
    {
        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

        /// <inheritdoc />
        public bool IsBusy => false;

        /// <summary>Throw this from <see cref="Start"/> (null: accept).</summary>
        public System.Exception ThrowOnStart { get; set; }

        /// <summary>The id of the last exchange started (-1: none).</summary>
        public int LastId { get; private set; } = -1;

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            LastId = exchangeId;
            if (ThrowOnStart != null)
            {
                throw ThrowOnStart;
            }
        }

        /// <summary>Reports a completion as the seam would.</summary>
        public void Complete(int id, byte[] reply, ExchangeFailure failure)
        {
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(id, reply, failure);
            }
        }
    }
}
