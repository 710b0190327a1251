using System.Collections;
using Pos.Hal;

namespace Pos.Core.Transactions.Scenarios
{
    /// <summary>A serial log that keeps the last lines in memory.</summary>
    public sealed class MemoryLog : ISerialLog
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Lines kept (at most 200, oldest dropped).</summary>
        public ArrayList Lines => _lines;

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            if (_lines.Count >= 200)
            {
                _lines.RemoveAt(0);
            }

            _lines.Add(line);
        }
    }
}
