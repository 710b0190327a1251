namespace Pos.Core.Protocol
{
    /// <summary>Packed-BCD numbers of an even digit count, for the TPDU, header, MTI and length prefixes.</summary>
    internal static class Bcd
    {
        /// <summary>Writes <paramref name="digits"/> (even) digits of a non-negative value, big-endian.</summary>
        public static void WriteNumber(int value, int digits, byte[] buffer, int offset)
        {
            int rest = value;
            for (int i = (digits / 2) - 1; i >= 0; i--)
            {
                int low = rest % 10;
                rest /= 10;
                int high = rest % 10;
                rest /= 10;
                buffer[offset + i] = (byte)((high << 4) | low);
            }
        }

        /// <summary>Reads <paramref name="digits"/> (even) digits; -1 when a nibble is above 9. The caller checks bounds.</summary>
        public static int ReadNumber(byte[] buffer, int offset, int digits)
        {
            int value = 0;
            for (int i = 0; i < digits / 2; i++)
            {
                int b = buffer[offset + i];
                int high = b >> 4;
                int low = b & 0x0F;
                if (high > 9 || low > 9)
                {
                    return -1;
                }

                value = (value * 100) + (high * 10) + low;
            }

            return value;
        }
    }
}
