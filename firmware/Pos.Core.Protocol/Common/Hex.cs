namespace Pos.Core.Common
{
    /// <summary>
    /// Hexadecimal text for bytes, written here because nanoFramework 1.x has no Convert.ToHexString and its
    /// BitConverter.ToString puts dashes in. Upper case, no separators.
    /// </summary>
    public static class Hex
    {
        private const string Digits = "0123456789ABCDEF";

        /// <summary>Encodes all bytes.</summary>
        public static string Encode(byte[] data)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException(nameof(data));
            }

            return Encode(data, 0, data.Length);
        }

        /// <summary>Encodes <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static string Encode(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                text[i * 2] = Digits[b >> 4];
                text[(i * 2) + 1] = Digits[b & 0x0F];
            }

            return new string(text);
        }

        /// <summary>Decodes hex text (either case, no separators; spaces are skipped for readable test vectors).</summary>
        /// <exception cref="System.ArgumentException">The text has an odd number of digits or a character that is not a hex digit.</exception>
        public static byte[] Decode(string text)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException(nameof(text));
            }

            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != ' ')
                {
                    digits++;
                }
            }

            if ((digits & 1) != 0)
            {
                throw new System.ArgumentException("Odd number of hex digits");
            }

            byte[] result = new byte[digits / 2];
            int nibble = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ' ')
                {
                    continue;
                }

                int value = ValueOf(c);
                if (value < 0)
                {
                    throw new System.ArgumentException("Not a hex digit at " + i.ToString());
                }

                if ((nibble & 1) == 0)
                {
                    result[nibble / 2] = (byte)(value << 4);
                }
                else
                {
                    result[nibble / 2] |= (byte)value;
                }

                nibble++;
            }

            return result;
        }

        /// <summary>The value of one hex digit, or -1.</summary>
        public static int ValueOf(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
