namespace Pos.Core.Security
{
    /// <summary>
    /// Key check values: the leading bytes of the key's encryption of eight zero bytes (DES for a single-length key,
    /// 3DES otherwise). CUPS sign-in sends 4 bytes per working key; 3 bytes is the other common length.
    /// A KCV identifies a key without revealing it, so it is what diagnostics show.
    /// </summary>
    public static class KeyCheckValue
    {
        /// <summary>The length used by CUPS field 62 and by this firmware's displays.</summary>
        public const int DefaultLength = 4;

        /// <summary>Writes the first <paramref name="length"/> (3 or 4) bytes of the KCV at <paramref name="offset"/>.</summary>
        public static void Compute(DesKey key, byte[] output, int offset, int length)
        {
            if (key == null)
            {
                throw new System.ArgumentNullException(nameof(key));
            }

            if (output == null)
            {
                throw new System.ArgumentNullException(nameof(output));
            }

            if (length < 3 || length > 4)
            {
                throw new System.ArgumentOutOfRangeException(nameof(length));
            }

            if (offset < 0 || offset > output.Length - length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(offset));
            }

            uint left = 0;
            uint right = 0;
            key.Encrypt(ref left, ref right);
            for (int i = 0; i < length; i++)
            {
                output[offset + i] = (byte)(left >> (24 - (8 * i)));
            }
        }

        /// <summary>The 4-byte KCV as a new array.</summary>
        public static byte[] Compute(DesKey key)
        {
            byte[] kcv = new byte[DefaultLength];
            Compute(key, kcv, 0, DefaultLength);
            return kcv;
        }

        /// <summary>True when <paramref name="key"/>'s KCV equals the <paramref name="length"/> (3 or 4) bytes given.</summary>
        public static bool Matches(DesKey key, byte[] expected, int offset, int length)
        {
            if (length < 3 || length > 4)
            {
                throw new System.ArgumentOutOfRangeException(nameof(length));
            }

            uint left = 0;
            uint right = 0;
            key.Encrypt(ref left, ref right);
            int diff = 0;
            for (int i = 0; i < length; i++)
            {
                diff |= expected[offset + i] ^ (int)((left >> (24 - (8 * i))) & 0xFF);
            }

            return diff == 0;
        }
    }
}
