namespace Pos.Core.Security
{
    /// <summary>
    /// Message authentication codes for field 64. One entry point, <see cref="Compute"/>, for every
    /// <see cref="MacAlgorithm"/>; the result is always 8 bytes. Data is zero-padded to a whole number of 8-byte
    /// blocks (nothing is added when it already is one); empty data counts as one zero block. Nothing is allocated.
    /// Which bytes of the message go in (CUPS: MTI through the field before 64) is the caller's choice.
    /// </summary>
    public static class Mac
    {
        /// <summary>Bytes of MAC written (the whole of field 64).</summary>
        public const int Length = 8;

        /// <summary>
        /// Computes the MAC of <paramref name="count"/> bytes at <paramref name="offset"/> and writes 8 bytes at
        /// <paramref name="outputOffset"/>. Returns <see cref="SecurityError.KeyMissing"/> without a key and
        /// <see cref="SecurityError.MacAlgorithmUnsupported"/> for an unknown algorithm or a key length it does not take.
        /// </summary>
        public static SecurityError Compute(MacAlgorithm algorithm, DesKey key, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException(nameof(data));
            }

            if (output == null)
            {
                throw new System.ArgumentNullException(nameof(output));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            if (outputOffset < 0 || outputOffset > output.Length - Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(outputOffset));
            }

            uint left;
            uint right;
            SecurityError error = Run(algorithm, key, data, offset, count, out left, out right);
            if (error == SecurityError.None)
            {
                DesKey.Store(left, right, output, outputOffset);
            }

            return error;
        }

        /// <summary>
        /// Computes the MAC and compares it in constant time with the 8 bytes received at <paramref name="receivedOffset"/>:
        /// <see cref="SecurityError.None"/> when they match, <see cref="SecurityError.MacMismatch"/> when not, or the
        /// error <see cref="Compute"/> gave.
        /// </summary>
        public static SecurityError Verify(MacAlgorithm algorithm, DesKey key, byte[] data, int offset, int count, byte[] received, int receivedOffset)
        {
            if (received == null || receivedOffset < 0 || receivedOffset > received.Length - Length)
            {
                return SecurityError.MacMismatch;
            }

            if (data == null)
            {
                throw new System.ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            uint left;
            uint right;
            SecurityError error = Run(algorithm, key, data, offset, count, out left, out right);
            if (error != SecurityError.None)
            {
                return error;
            }

            uint diff = (left ^ DesKey.Load(received, receivedOffset)) | (right ^ DesKey.Load(received, receivedOffset + 4));
            return diff == 0 ? SecurityError.None : SecurityError.MacMismatch;
        }

        private static SecurityError Run(MacAlgorithm algorithm, DesKey key, byte[] data, int offset, int count, out uint left, out uint right)
        {
            left = 0;
            right = 0;
            if (key == null)
            {
                return SecurityError.KeyMissing;
            }

            if (algorithm == MacAlgorithm.CupsEcb)
            {
                CupsEcb(key, data, offset, count, out left, out right);
            }
            else if (algorithm == MacAlgorithm.AnsiX919 && key.Components <= 2)
            {
                Retail(key, data, offset, count, out left, out right);
            }
            else if (algorithm == MacAlgorithm.AnsiX99)
            {
                CbcMac(key, data, offset, count, out left, out right);
            }
            else
            {
                return SecurityError.MacAlgorithmUnsupported;
            }

            return SecurityError.None;
        }

        // CUPS POS ECB MAC (cups-pos.md §2.11): X = XOR of all blocks; H = 16 hex characters of X;
        // Y = E(H[0..8)) xor H[8..16); Z = E(Y); MAC = the first 8 hex characters of Z, as ASCII.
        private static void CupsEcb(DesKey key, byte[] data, int offset, int count, out uint left, out uint right)
        {
            uint x0 = 0;
            uint x1 = 0;
            int end = offset + count;
            for (int at = offset; at < end; at += 8)
            {
                x0 ^= Word(data, at, end);
                x1 ^= Word(data, at + 4, end);
            }

            uint a = HexHigh(x0);
            uint b = HexLow(x0);
            key.Encrypt(ref a, ref b);
            a ^= HexHigh(x1);
            b ^= HexLow(x1);
            key.Encrypt(ref a, ref b);
            left = HexHigh(a);
            right = HexLow(a);
        }

        // X9.19: CBC with single DES under K1 over every block, then the last result decrypted under K2 and encrypted
        // under K1. With an 8-byte key K2 = K1 and the last two steps cancel: plain DES CBC-MAC.
        private static void Retail(DesKey key, byte[] data, int offset, int count, out uint left, out uint right)
        {
            uint l = 0;
            uint r = 0;
            int end = offset + count;
            int at = offset;
            do
            {
                l ^= Word(data, at, end);
                r ^= Word(data, at + 4, end);
                key.EncryptWithComponent(0, ref l, ref r);
                at += 8;
            }
            while (at < end);

            if (key.Components == 2)
            {
                key.DecryptWithComponent(1, ref l, ref r);
                key.EncryptWithComponent(0, ref l, ref r);
            }

            left = l;
            right = r;
        }

        // X9.9 CBC-MAC, IV zero, with the whole key (DES or 3DES) on every block.
        private static void CbcMac(DesKey key, byte[] data, int offset, int count, out uint left, out uint right)
        {
            uint l = 0;
            uint r = 0;
            int end = offset + count;
            int at = offset;
            do
            {
                l ^= Word(data, at, end);
                r ^= Word(data, at + 4, end);
                key.Encrypt(ref l, ref r);
                at += 8;
            }
            while (at < end);

            left = l;
            right = r;
        }

        // Four big-endian bytes from 'at', zeros at and after 'end' (the zero padding).
        private static uint Word(byte[] data, int at, int end)
        {
            uint word = 0;
            for (int i = 0; i < 4; i++)
            {
                word <<= 8;
                if (at + i < end)
                {
                    word |= data[at + i];
                }
            }

            return word;
        }

        // ASCII upper-case hex of the high / low 16 bits of a word: four characters packed big-endian in a word.
        private static uint HexHigh(uint value)
        {
            return (HexChar(value >> 28) << 24) | (HexChar(value >> 24) << 16) | (HexChar(value >> 20) << 8) | HexChar(value >> 16);
        }

        private static uint HexLow(uint value)
        {
            return (HexChar(value >> 12) << 24) | (HexChar(value >> 8) << 16) | (HexChar(value >> 4) << 8) | HexChar(value);
        }

        private static uint HexChar(uint nibble)
        {
            nibble &= 0x0F;
            return nibble < 10 ? 0x30u + nibble : 0x37u + nibble;
        }
    }
}
