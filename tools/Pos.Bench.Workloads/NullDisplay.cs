using Pos.Hal;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// A 320 × 240 display that only counts what it is given, so a render measurement times the renderer and not a
    /// checksum or a copy (the device's SPI transfer is not on the interpreter either).
    /// </summary>
    public sealed class NullDisplay : IDisplay
    {
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

        /// <summary>Pixel rows written so far.</summary>
        public int RowsWritten { get; private set; }

        /// <summary>Counts the rows.</summary>
        public void WriteRows(int top, int rowCount, byte[] rgb565)
        {
            RowsWritten += rowCount;
        }

        /// <summary>Ignored.</summary>
        public void SetBacklight(bool on)
        {
        }
    }
}
