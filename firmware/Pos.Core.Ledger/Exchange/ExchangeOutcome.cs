using Pos.Hal;

namespace Pos.Core.Exchange
{
    /// <summary>The outcome of one host exchange, carried as the payload of ExchangeReplied / ExchangeFailed events.</summary>
    public sealed class ExchangeOutcome
    {
        /// <summary>Creates an outcome.</summary>
        public ExchangeOutcome(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            ExchangeId = exchangeId;
            Reply = reply;
            Failure = failure;
        }

        /// <summary>The id the exchange was started with.</summary>
        public int ExchangeId { get; }

        /// <summary>The reply frame with its length prefix, or null when the exchange failed.</summary>
        public byte[] Reply { get; }

        /// <summary>Why the exchange failed, or <see cref="ExchangeFailure.None"/>.</summary>
        public ExchangeFailure Failure { get; }
    }
}
