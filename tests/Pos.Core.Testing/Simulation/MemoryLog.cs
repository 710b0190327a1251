using System.Collections;
using Pos.Hal;

namespace Pos.Core.Simulation
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

        /// <summary>True when some kept line contains <paramref name="text"/>.</summary>
        public bool Contains(string text)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
