using Pos.Fleet.Commands;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>A command link that keeps what is published (or refuses everything when <see cref="Refuse"/> is set).</summary>
    public sealed class RecordingLink : ICommandLink
    {
        /// <summary>What was published: topic and payload text.</summary>
        public List<(string Topic, string Payload)> Published { get; } = new();

        /// <summary>Refuse with this error.</summary>
        public string? Refuse { get; set; }

        /// <inheritdoc />
        public Task PublishAsync(string topic, byte[] payload, CancellationToken cancel)
        {
            if (Refuse != null)
            {
                throw new InvalidOperationException(Refuse);
            }

            lock (Published)
            {
                Published.Add((topic, System.Text.Encoding.UTF8.GetString(payload)));
            }

            return Task.CompletedTask;
        }
    }
}
