using System;

namespace Pos.Hal.Printing
{
    /// <summary>
    /// The ESC/POS commands the printer driver sends, as bytes (Epson's ESC/POS command reference; the 58 mm embedded
    /// modules sold as "58mm embedded thermal printer TTL" implement this subset). Pure and shared, so both targets'
    /// tests pin the exact bytes; the UART part of the driver only writes them.
    /// </summary>
    public static class EscPosCommands
    {
        /// <summary>Most dot lines one <c>ESC J</c> feeds.</summary>
        public const int MaxFeedLines = 255;

        /// <summary>Most raster lines one <c>GS v 0</c> carries (its yL yH field).</summary>
        public const int MaxRasterLines = 0xFFFF;

        private const byte Esc = 0x1B;
        private const byte Gs = 0x1D;
        private const byte Dle = 0x10;
        private const byte Eot = 0x04;

        /// <summary>Bytes before the raster data in a <c>GS v 0</c> command.</summary>
        public const int RasterHeaderSize = 8;

        /// <summary><c>ESC @</c>: initializes the printer (modes back to their defaults, the print buffer cleared).</summary>
        public static byte[] Initialize()
        {
            return new byte[] { Esc, 0x40 };
        }

        /// <summary>
        /// <c>DLE EOT n</c>: a real-time status request, answered with one byte at once, even while the printer is
        /// offline or busy (<see cref="EscPosStatus"/> reads the answers).
        /// </summary>
        /// <param name="n">1 printer status, 2 offline cause, 3 error cause, 4 roll paper sensor.</param>
        public static byte[] StatusQuery(int n)
        {
            if (n < 1 || n > 4)
            {
                throw new ArgumentOutOfRangeException("n");
            }

            return new byte[] { Dle, Eot, (byte)n };
        }

        /// <summary>
        /// <c>GS v 0 m xL xH yL yH d1...dk</c> with m = 0 (normal size): prints <paramref name="lines"/> raster lines
        /// of <paramref name="widthBytes"/> bytes each, in the seam's own order (MSB = leftmost dot, 1 = black).
        /// </summary>
        public static byte[] Raster(byte[] raster, int offset, int widthBytes, int lines)
        {
            if (widthBytes < 1 || widthBytes > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("widthBytes");
            }

            if (lines < 1 || lines > MaxRasterLines)
            {
                throw new ArgumentOutOfRangeException("lines");
            }

            int data = widthBytes * lines;
            if (offset < 0 || offset + data > raster.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            byte[] command = new byte[RasterHeaderSize + data];
            command[0] = Gs;
            command[1] = 0x76; // 'v'
            command[2] = 0x30; // '0'
            command[3] = 0;    // m: normal width and height
            command[4] = (byte)widthBytes;
            command[5] = (byte)(widthBytes >> 8);
            command[6] = (byte)lines;
            command[7] = (byte)(lines >> 8);
            Array.Copy(raster, offset, command, RasterHeaderSize, data);
            return command;
        }

        /// <summary>
        /// <c>ESC J n</c>: prints the buffer and feeds n dot lines (n vertical motion units, one dot line on an
        /// 8 dots/mm head). Not <c>ESC d n</c>, whose unit is the character line spacing, not the raster's dot line.
        /// </summary>
        public static byte[] Feed(int lines)
        {
            if (lines < 0 || lines > MaxFeedLines)
            {
                throw new ArgumentOutOfRangeException("lines");
            }

            return new byte[] { Esc, 0x4A, (byte)lines };
        }

        /// <summary><c>GS V 66 0</c>: feeds the paper to the cutter and cuts, leaving one point uncut (partial cut).</summary>
        public static byte[] FeedAndCut()
        {
            return new byte[] { Gs, 0x56, 66, 0 };
        }
    }
}
