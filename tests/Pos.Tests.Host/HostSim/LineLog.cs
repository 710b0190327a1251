using System.Collections.Concurrent;
using Pos.Hal;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>An <see cref="ISerialLog"/> that keeps its lines (written from the exchange's threads).</summary>
    internal sealed class LineLog : ISerialLog
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines.ToArray();

        public void WriteLine(string line) => _lines.Enqueue(line);
    }
}
