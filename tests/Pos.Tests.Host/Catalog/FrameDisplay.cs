using Pos.Hal;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>A 320 × 240 display that keeps the whole frame (host only) so a test can save it as a PNG.</summary>
    public sealed class FrameDisplay : IDisplay
    {
        public int Width => 320;

        public int Height => 240;

        /// <summary>RGB565 big-endian, row after row.</summary>
        public byte[] Frame { get; } = new byte[320 * 240 * 2];

        public void WriteRows(int top, int rowCount, byte[] rgb565) => Array.Copy(rgb565, 0, Frame, top * Width * 2, rowCount * Width * 2);

        public void SetBacklight(bool on)
        {
        }
    }
}
