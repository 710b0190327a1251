using System;

namespace Pos.Core.Protocol
{
    /// <summary>Fixed-width decimal text for numeric fields, by hand (no custom numeric formats on the device).</summary>
    public static class Numeric
    {
        /// <summary>Formats a non-negative value as exactly <paramref name="width"/> digits, zero-padded on the left.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative or needs more digits.</exception>
        public static string Format(long value, int width)
        {
            if (value < 0 || width <= 0 || width > 18)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            char[] text = new char[width];
            long rest = value;
            for (int i = width - 1; i >= 0; i--)
            {
                text[i] = (char)('0' + (int)(rest % 10));
                rest /= 10;
            }

            if (rest != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            return new string(text);
        }

        /// <summary>Writes a value as <paramref name="width"/> ASCII digits into a char buffer.</summary>
        public static void Write(long value, int width, char[] target, int offset)
        {
            long rest = value;
            for (int i = width - 1; i >= 0; i--)
            {
                target[offset + i] = (char)('0' + (int)(rest % 10));
                rest /= 10;
            }

            if (value < 0 || rest != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }
        }

        /// <summary>The value of <paramref name="count"/> digits from <paramref name="start"/>, or -1 if any is not a digit or the text is too short.</summary>
        public static long Parse(string text, int start, int count)
        {
            if (text == null || start < 0 || count <= 0 || count > 18 || start > text.Length - count)
            {
                return -1;
            }

            long value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        /// <summary>True when every character is a decimal digit (and there is at least one).</summary>
        public static bool IsDigits(string text)
        {
            if (text == null || text.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
