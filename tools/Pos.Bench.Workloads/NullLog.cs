using Pos.Hal;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// A serial log that keeps nothing, like the device's, which writes each line to the UART and forgets it (the
    /// scaffolding's MemoryLog keeps the last 200 lines, which would count as the terminal's heap).
    /// </summary>
    public sealed class NullLog : ISerialLog
    {
        /// <summary>Lines written.</summary>
        public int Lines { get; private set; }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            Lines++;
        }
    }
}
