using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="IDisplay"/> for the PC: keeps the whole 320×240 frame the core drew, band by band, as big-endian
    /// RGB565 (the ILI9341's byte order), and counts the bands so a viewer can tell when to fetch a new picture.
    /// Thread-safe: the terminal thread writes, web requests read copies.
    /// </summary>
    public sealed class EmulatedDisplay : IDisplay
    {
        private readonly object _gate = new();
        private readonly byte[] _frame;

        /// <summary>Creates a black display of the given size (defaults: the reference board's 320×240).</summary>
        public EmulatedDisplay(int width = 320, int height = 240)
        {
            Width = width;
            Height = height;
            _frame = new byte[width * height * 2];
        }

        /// <inheritdoc />
        public int Width { get; }

        /// <inheritdoc />
        public int Height { get; }

        /// <summary>Bumped by every band written and every backlight change.</summary>
        public int Version { get; private set; }

        /// <summary>Whether the backlight is on (off: the viewer shows black).</summary>
        public bool Backlight { get; private set; } = true;

        /// <inheritdoc />
        public void WriteRows(int top, int rowCount, byte[] rgb565)
        {
            ArgumentNullException.ThrowIfNull(rgb565);
            if (top < 0 || rowCount < 0 || top + rowCount > Height)
            {
                throw new ArgumentOutOfRangeException(nameof(top));
            }

            int bytes = rowCount * Width * 2;
            lock (_gate)
            {
                Buffer.BlockCopy(rgb565, 0, _frame, top * Width * 2, bytes);
                Version++;
            }
        }

        /// <inheritdoc />
        public void SetBacklight(bool on)
        {
            lock (_gate)
            {
                Backlight = on;
                Version++;
            }
        }

        /// <summary>Blanks the frame (power off).</summary>
        public void Clear()
        {
            lock (_gate)
            {
                Array.Clear(_frame);
                Version++;
            }
        }

        /// <summary>A copy of the frame, RGB565 big-endian, row after row.</summary>
        public byte[] CopyRgb565()
        {
            lock (_gate)
            {
                return (byte[])_frame.Clone();
            }
        }

        /// <summary>The frame as 8-bit RGB triplets (black when the backlight is off), for a PNG or a canvas.</summary>
        public byte[] ToRgb24()
        {
            byte[] rgb = new byte[Width * Height * 3];
            lock (_gate)
            {
                if (!Backlight)
                {
                    return rgb;
                }

                for (int i = 0, o = 0; i < _frame.Length; i += 2, o += 3)
                {
                    int p = (_frame[i] << 8) | _frame[i + 1];
                    int r = (p >> 11) & 0x1F;
                    int g = (p >> 5) & 0x3F;
                    int b = p & 0x1F;
                    rgb[o] = (byte)((r << 3) | (r >> 2));
                    rgb[o + 1] = (byte)((g << 2) | (g >> 4));
                    rgb[o + 2] = (byte)((b << 3) | (b >> 2));
                }
            }

            return rgb;
        }

        /// <summary>The frame as a PNG file.</summary>
        public byte[] ToPng() => PngWriter.Encode(Width, Height, ToRgb24());
    }
}
