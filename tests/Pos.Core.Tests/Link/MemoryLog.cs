using System.Collections;
using Pos.Hal;

namespace Pos.Core.Tests.Link
{
    /// <summary>An <see cref="ISerialLog"/> that keeps the lines.</summary>
    public sealed class MemoryLog : ISerialLog
    {
        /// <summary>Every line written.</summary>
        public ArrayList Lines { get; } = new ArrayList();

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            Lines.Add(line);
        }

        /// <summary>True when some line contains <paramref name="text"/>.</summary>
        public bool Contains(string text)
        {
            for (int i = 0; i < Lines.Count; i++)
            {
                if (((string)Lines[i]).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
