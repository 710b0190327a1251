using System.Text;
using System.Threading.Channels;
using Pos.Fleet.Commands;

namespace Pos.Tests.Browser.Fleet
{
    /// <summary>Stands where the broker would: takes the console's commands so a test can wait for one and read it.</summary>
    public sealed class CommandCapture : ICommandLink
    {
        private readonly Channel<(string Topic, string Payload)> _sent = Channel.CreateUnbounded<(string, string)>();

        /// <inheritdoc />
        public Task PublishAsync(string topic, byte[] payload, CancellationToken cancel) =>
            _sent.Writer.WriteAsync((topic, Encoding.UTF8.GetString(payload)), cancel).AsTask();

        /// <summary>The next command published (10 s at most).</summary>
        public async Task<(string Topic, string Payload)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await _sent.Reader.ReadAsync(timeout.Token);
        }
    }
}
