namespace Pos.Hal.Net
{
    /// <summary>
    /// The value for a native receive or send timeout (<c>SO_RCVTIMEO</c>, <c>SO_SNDTIMEO</c>) as lwIP on the ESP32
    /// reads it. nanoFramework's <c>Socket.ReceiveTimeout</c> and <c>SendTimeout</c> setters keep the value in managed
    /// code only; <c>SetSocketOption(level, name, byte[])</c> hands the bytes to <c>lwip_setsockopt</c> unchanged.
    /// lwIP built without <c>LWIP_SO_SNDRCVTIMEO_NONSTANDARD</c> (ESP-IDF's default) expects a <c>struct timeval</c>
    /// and rejects anything shorter; the integer overload's 4 bytes are refused with EINVAL.
    /// <para>One 16-byte value serves both layouts the ESP-IDF has had: 64-bit <c>time_t</c> (IDF 5: seconds in bytes
    /// 0–7, microseconds in 8–11) and 32-bit <c>time_t</c> (IDF 4: seconds in 0–3, microseconds in 4–7). The seconds
    /// go little-endian into bytes 0–7 and every other byte stays zero, so both read the same whole seconds: the
    /// timeout is rounded up to a whole second, and never 0, which lwIP takes as "wait forever".</para>
    /// </summary>
    public static class SocketTimeoutOption
    {
        /// <summary>Bytes of the value: the larger <c>struct timeval</c>.</summary>
        public const int Length = 16;

        /// <summary>The longest timeout encoded (one day); longer ones are cut to it.</summary>
        public const int MaxSeconds = 86400;

        /// <summary>The whole seconds a timeout becomes: rounded up, at least 1, at most <see cref="MaxSeconds"/>.</summary>
        public static int WholeSeconds(int timeoutMs)
        {
            if (timeoutMs <= 1000)
            {
                return 1;
            }

            int seconds = (timeoutMs / 1000) + (timeoutMs % 1000 == 0 ? 0 : 1);
            return seconds > MaxSeconds ? MaxSeconds : seconds;
        }

        /// <summary>The <c>struct timeval</c> bytes for <paramref name="timeoutMs"/> (see the type's remarks).</summary>
        public static byte[] Timeval(int timeoutMs)
        {
            int seconds = WholeSeconds(timeoutMs);
            byte[] value = new byte[Length];
            value[0] = (byte)seconds;
            value[1] = (byte)(seconds >> 8);
            value[2] = (byte)(seconds >> 16);
            value[3] = (byte)(seconds >> 24);
            return value;
        }

        /// <summary>How lwIP reads <paramref name="value"/> as a timeout in milliseconds, for one layout (tests, docs).</summary>
        /// <param name="value">The option bytes.</param>
        /// <param name="wideTime">True: 64-bit <c>time_t</c>; false: 32-bit.</param>
        public static long ReadAsLwip(byte[] value, bool wideTime)
        {
            int secondsBytes = wideTime ? 8 : 4;
            long seconds = 0;
            for (int i = secondsBytes - 1; i >= 0; i--)
            {
                seconds = (seconds << 8) | value[i];
            }

            long micros = 0;
            for (int i = secondsBytes + 3; i >= secondsBytes; i--)
            {
                micros = (micros << 8) | value[i];
            }

            return (seconds * 1000) + (micros / 1000);
        }
    }
}
