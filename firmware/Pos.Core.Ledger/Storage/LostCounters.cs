namespace Pos.Core.Storage
{
    /// <summary>
    /// Reads the counters out of the valid records a salvage gives up (<see cref="RecordLog.ScanLost"/>): the highest
    /// STAN count, reservation and batch they held, so that the salvaged journal goes on past them. Reads nothing else.
    /// </summary>
    internal sealed class LostCounters : IRecordSink
    {
        private readonly PayloadCursor _cursor = new PayloadCursor();

        /// <summary>The highest STAN count found (0 when none).</summary>
        public uint StanCount { get; private set; }

        /// <summary>The highest reservation found (0 when none).</summary>
        public uint Reserved { get; private set; }

        /// <summary>The highest batch count found (0 when none).</summary>
        public uint BatchCount { get; private set; }

        /// <summary>The batch start of the record with <see cref="BatchCount"/>.</summary>
        public uint BatchStart { get; private set; }

        /// <inheritdoc />
        public bool Apply(byte type, byte[] buffer, int offset, int count, long filePosition)
        {
            if (type != RecordTypes.Counters || (count != 12 && count != 16))
            {
                return true;
            }

            PayloadCursor c = _cursor;
            c.Reset(buffer, offset, count);
            uint stan = c.GetUInt32();
            uint batch = c.GetUInt32();
            uint start = c.GetUInt32();
            uint reserved = count == 16 ? c.GetUInt32() : stan;
            if (stan > StanCount)
            {
                StanCount = stan;
            }

            if (reserved > Reserved)
            {
                Reserved = reserved;
            }

            if (batch > BatchCount && start <= stan)
            {
                BatchCount = batch;
                BatchStart = start;
            }

            return true;
        }
    }
}
