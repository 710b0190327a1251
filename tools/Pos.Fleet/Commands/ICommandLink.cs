namespace Pos.Fleet.Commands
{
    /// <summary>Where the console's commands go: the broker (QoS 1, not retained), or a test's recorder.</summary>
    public interface ICommandLink
    {
        /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/>; throws when it could not.</summary>
        Task PublishAsync(string topic, byte[] payload, CancellationToken cancel);
    }
}
