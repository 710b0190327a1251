namespace Pos.Hal
{
    /// <summary>Called once per started exchange, on the exchange's own thread.</summary>
    /// <param name="exchangeId">The id given to <see cref="IHostExchange.Start"/>.</param>
    /// <param name="reply">The whole reply frame including its 2-byte length prefix, or null on failure. Owned by the receiver.</param>
    /// <param name="failure">Why it failed, or <see cref="ExchangeFailure.None"/>.</param>
    public delegate void ExchangeCompletedHandler(int exchangeId, byte[] reply, ExchangeFailure failure);
}
