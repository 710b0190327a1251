namespace Pos.Hal
{
    /// <summary>
    /// The display seam. The core renders its own pixels and hands them over in horizontal bands, so no device
    /// needs a full frame buffer. Pixels are RGB565, big-endian (high byte first), as the ILI9341 takes them.
    /// </summary>
    public interface IDisplay
    {
        /// <summary>Width in pixels (320 on the reference board, landscape).</summary>
        int Width { get; }

        /// <summary>Height in pixels (240 on the reference board).</summary>
        int Height { get; }

        /// <summary>Writes a band of full-width rows.</summary>
        /// <param name="top">First row of the band.</param>
        /// <param name="rowCount">Number of rows in the band.</param>
        /// <param name="rgb565">Width × rowCount pixels, two bytes each, row after row.</param>
        void WriteRows(int top, int rowCount, byte[] rgb565);

        /// <summary>Turns the backlight on or off.</summary>
        void SetBacklight(bool on);
    }
}
