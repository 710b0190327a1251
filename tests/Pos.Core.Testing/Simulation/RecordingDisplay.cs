using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// A 320 × 240 display that keeps the whole frame (to compare pixels) and counts the bands written to it (to see
    /// what a renderer redrew).
    /// </summary>
    public sealed class RecordingDisplay : IDisplay
    {
        /// <summary>Bytes of one pixel row.</summary>
        public const int RowBytes = 320 * 2;

        private readonly byte[] frame = new byte[RowBytes * 240];

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

        /// <summary>The frame as drawn: RGB565 big-endian, row after row.</summary>
        public byte[] Frame
        {
            get { return frame; }
        }

        /// <summary>Calls of <see cref="WriteRows"/> since the last <see cref="ResetCounts"/>.</summary>
        public int Writes { get; private set; }

        /// <summary>Pixel rows written since the last <see cref="ResetCounts"/>.</summary>
        public int RowsWritten { get; private set; }

        /// <summary>First pixel row of the last band written.</summary>
        public int LastTop { get; private set; }

        /// <summary>Copies the band into the frame and counts it.</summary>
        public void WriteRows(int top, int rowCount, byte[] rgb565)
        {
            System.Array.Copy(rgb565, 0, frame, top * RowBytes, rowCount * RowBytes);
            Writes++;
            RowsWritten += rowCount;
            LastTop = top;
        }

        /// <summary>Zeroes the counts.</summary>
        public void ResetCounts()
        {
            Writes = 0;
            RowsWritten = 0;
        }

        /// <summary>Ignored.</summary>
        public void SetBacklight(bool on)
        {
        }
    }
}
