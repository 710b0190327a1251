namespace Pos.Hal.Net
{
    /// <summary>
    /// The 2-byte big-endian length before every message on the host connection (the CUPS framing the
    /// <see cref="IHostExchange"/> seam speaks): it counts the bytes after it, at most <see cref="MaxLength"/>. The one
    /// reader and writer of it, for the protocol's packager, the device's and the emulator's exchanges and the host
    /// simulator.
    /// </summary>
    public static class FramePrefix
    {
        /// <summary>Bytes of the prefix.</summary>
        public const int Size = 2;

        /// <summary>The longest message a prefix can announce.</summary>
        public const int MaxLength = 0xFFFF;

        /// <summary>The length the prefix at <paramref name="offset"/> announces (the bytes that follow it).</summary>
        public static int Read(byte[] buffer, int offset)
        {
            return (buffer[offset] << 8) | buffer[offset + 1];
        }

        /// <summary>Writes <paramref name="length"/> (0..<see cref="MaxLength"/>) as the prefix at <paramref name="offset"/>.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException">The length does not fit two bytes.</exception>
        public static void Write(int length, byte[] buffer, int offset)
        {
            if (length < 0 || length > MaxLength)
            {
                throw new System.ArgumentOutOfRangeException(nameof(length));
            }

            buffer[offset] = (byte)(length >> 8);
            buffer[offset + 1] = (byte)length;
        }

        /// <summary>
        /// A buffer for the whole frame a received prefix announces, the prefix copied in front and the message still
        /// to read at <see cref="Size"/>; null when the announced length is over <paramref name="maxLength"/>, so
        /// nothing is allocated from a length before it is checked.
        /// </summary>
        public static byte[] NewFrame(byte[] prefix, int offset, int maxLength)
        {
            int length = Read(prefix, offset);
            if (length > maxLength)
            {
                return null;
            }

            byte[] frame = new byte[Size + length];
            frame[0] = prefix[offset];
            frame[1] = prefix[offset + 1];
            return frame;
        }
    }
}
