namespace Pos.Fleet.Commands
{
    /// <summary>The way out when the console runs without a broker (<c>--broker none</c>): every command is recorded as not sent.</summary>
    public sealed class NoBrokerLink : ICommandLink
    {
        /// <inheritdoc />
        public Task PublishAsync(string topic, byte[] payload, CancellationToken cancel) =>
            throw new InvalidOperationException("the console runs without a broker (--broker none)");
    }
}
