namespace Pos.Hal.Cards
{
    /// <summary>
    /// Parses ISO 7813 track 2 as a UART magstripe module sends it in ASCII: <c>;PAN=YYMMSSS[discretionary]?[LRC]</c>.
    /// Yields <see cref="CardData"/> with entry mode <see cref="EntryMode.Magstripe"/> and the track 2 equivalent with
    /// '=' as separator (no sentinels), or null when the data is malformed (the reader reports
    /// <see cref="CardReadError.BadTrackData"/>). The service code's first digit 2 or 6 marks a chip card; the core
    /// decides what to do with it.
    /// </summary>
    public static class Track2Parser
    {
        /// <summary>Start sentinel.</summary>
        public const char StartSentinel = ';';

        /// <summary>End sentinel.</summary>
        public const char EndSentinel = '?';

        /// <summary>Field separator.</summary>
        public const char Separator = '=';

        private const int MinPan = 12;
        private const int MaxPan = 19;
        private const int MaxTrack = 37;

        /// <summary>
        /// True when the characters hold no start sentinel: not a swipe but line noise (the reader unplugged and its RX
        /// pin floating, or a glitch that looked like a start bit). The reader drops these silently instead of
        /// reporting a bad card during the swipe prompt.
        /// </summary>
        public static bool IsNoise(char[] chars, int count)
        {
            if (chars == null)
            {
                return true;
            }

            for (int i = 0; i < count && i < chars.Length; i++)
            {
                if (chars[i] == StartSentinel)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Parses one swipe's characters; null when they are not a valid track 2.</summary>
        /// <param name="chars">The received characters.</param>
        /// <param name="count">How many are valid.</param>
        public static CardData Parse(char[] chars, int count)
        {
            if (chars == null || count < 3)
            {
                return null;
            }

            int start = -1;
            for (int i = 0; i < count; i++)
            {
                if (chars[i] == StartSentinel)
                {
                    start = i;
                    break;
                }
            }

            if (start < 0)
            {
                return null;
            }

            int end = -1;
            for (int i = start + 1; i < count; i++)
            {
                if (chars[i] == EndSentinel)
                {
                    end = i;
                    break;
                }
            }

            int length = end - start - 1;
            if (end < 0 || length < MinPan + 1 + 7 || length > MaxTrack)
            {
                return null;
            }

            int separator = -1;
            for (int i = start + 1; i < end; i++)
            {
                char c = chars[i];
                if (c == Separator || c == 'D')
                {
                    if (separator >= 0)
                    {
                        return null;
                    }

                    separator = i;
                }
                else if (c < '0' || c > '9')
                {
                    return null;
                }
            }

            int panLength = separator - start - 1;
            if (separator < 0 || panLength < MinPan || panLength > MaxPan || end - separator - 1 < 7)
            {
                return null;
            }

            string pan = new string(chars, start + 1, panLength);
            string expiry = new string(chars, separator + 1, 4);
            string serviceCode = new string(chars, separator + 5, 3);
            string track2 = pan + "=" + new string(chars, separator + 1, end - separator - 1);
            if (!LuhnValid(pan))
            {
                return null;
            }

            return new CardData(pan, expiry, serviceCode, track2, EntryMode.Magstripe, null, string.Empty);
        }

        // A misread digit almost always breaks the check digit; the LRC is not always forwarded by the module.
        private static bool LuhnValid(string pan)
        {
            int sum = 0;
            bool twice = false;
            for (int i = pan.Length - 1; i >= 0; i--)
            {
                int d = pan[i] - '0';
                if (twice)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                twice = !twice;
            }

            return (sum % 10) == 0;
        }
    }
}
