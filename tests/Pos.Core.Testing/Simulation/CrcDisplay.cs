using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>A 320 × 240 display that keeps only a running CRC-32 of every byte written and the rows covered.</summary>
    public sealed class CrcDisplay : IDisplay
    {
        private uint running = Crc32.Start();

        /// <summary>Width in pixels.</summary>
        public int Width
        {
            get { return 320; }
        }

        /// <summary>Height in pixels.</summary>
        public int Height
        {
            get { return 240; }
        }

        /// <summary>Rows written so far (a full screen is 240).</summary>
        public int RowsWritten { get; private set; }

        /// <summary>The CRC-32 of all bytes written so far.</summary>
        public uint Crc
        {
            get { return Crc32.Finish(running); }
        }

        /// <summary>Adds a band to the CRC.</summary>
        public void WriteRows(int top, int rowCount, byte[] rgb565)
        {
            running = Crc32.Update(running, rgb565, 0, rowCount * Width * 2);
            RowsWritten += rowCount;
        }

        /// <summary>Ignored.</summary>
        public void SetBacklight(bool on)
        {
        }
    }
}
