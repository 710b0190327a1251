namespace Pos.Core.Security
{
    /// <summary>
    /// Seals card data (PAN, tracks) for the flash under the data-at-rest key (<see cref="IDataKey"/>): 3DES-CBC with
    /// ISO/IEC 9797-1 padding method 2 (0x80 then zeros to a whole block), the IV being the encryption under the same
    /// key of a block made of the caller's nonce (STAN and batch) and a purpose byte, so the same card number sealed
    /// for two transactions, or for two purposes, gives different bytes. Nothing is stored with the sealed bytes but
    /// their length: the caller gives the same nonce and purpose to open them.
    /// </summary>
    public sealed class CardDataCipher
    {
        private readonly IDataKey _key;
        private readonly byte[] _block = new byte[DesKey.BlockSize];
        private readonly byte[] _chain = new byte[DesKey.BlockSize];

        /// <summary>Seals under <paramref name="key"/>.</summary>
        public CardDataCipher(IDataKey key)
        {
            if (key == null)
            {
                throw new System.ArgumentNullException(nameof(key));
            }

            _key = key;
        }

        /// <summary>True when the data key is there (card data can be sealed and opened).</summary>
        public bool HasKey
        {
            get { return _key.Get() != null; }
        }

        /// <summary>The sealed length of <paramref name="clearLength"/> bytes: the next whole block after it.</summary>
        public static int SealedLength(int clearLength)
        {
            return ((clearLength / DesKey.BlockSize) + 1) * DesKey.BlockSize;
        }

        /// <summary>
        /// Seals <paramref name="length"/> bytes into <paramref name="output"/> and returns the sealed length
        /// (<see cref="SealedLength"/>), or -1 (nothing written) when there is no data key.
        /// </summary>
        public int Seal(byte[] clear, int offset, int length, int nonceA, int nonceB, int purpose, byte[] output, int outputOffset)
        {
            int sealedLength = SealedLength(length);
            if (clear == null || output == null || offset < 0 || length < 0 || offset > clear.Length - length
                || outputOffset < 0 || outputOffset > output.Length - sealedLength)
            {
                throw new System.ArgumentException("buffer", nameof(output));
            }

            DesKey key = _key.Get();
            if (key == null)
            {
                return -1;
            }

            lock (_block)
            {
                Iv(key, nonceA, nonceB, purpose);
                for (int b = 0; b < sealedLength; b += DesKey.BlockSize)
                {
                    for (int i = 0; i < DesKey.BlockSize; i++)
                    {
                        int at = b + i;
                        byte v = at < length ? clear[offset + at] : (at == length ? (byte)0x80 : (byte)0);
                        _block[i] = (byte)(v ^ _chain[i]);
                    }

                    key.EncryptBlock(_block, 0, output, outputOffset + b);
                    System.Array.Copy(output, outputOffset + b, _chain, 0, DesKey.BlockSize);
                }

                Wipe();
            }

            return sealedLength;
        }

        /// <summary>
        /// Opens sealed bytes into <paramref name="output"/> (room for <paramref name="length"/> bytes) and returns the
        /// clear length, or -1 when there is no data key, the length is not whole blocks or the padding is wrong (another
        /// key, other nonce). The caller zeroes the clear bytes once used.
        /// </summary>
        public int Open(byte[] sealedData, int offset, int length, int nonceA, int nonceB, int purpose, byte[] output, int outputOffset)
        {
            if (sealedData == null || output == null || offset < 0 || length < 0 || offset > sealedData.Length - length
                || outputOffset < 0 || outputOffset > output.Length - length)
            {
                throw new System.ArgumentException("buffer", nameof(output));
            }

            DesKey key = _key.Get();
            if (key == null || length == 0 || length % DesKey.BlockSize != 0)
            {
                return -1;
            }

            lock (_block)
            {
                Iv(key, nonceA, nonceB, purpose);
                for (int b = 0; b < length; b += DesKey.BlockSize)
                {
                    key.DecryptBlock(sealedData, offset + b, _block, 0);
                    for (int i = 0; i < DesKey.BlockSize; i++)
                    {
                        byte c = sealedData[offset + b + i];
                        output[outputOffset + b + i] = (byte)(_block[i] ^ _chain[i]);
                        _chain[i] = c;
                    }
                }

                Wipe();
            }

            int end = length - 1;
            while (end >= length - DesKey.BlockSize && output[outputOffset + end] == 0)
            {
                end--;
            }

            if (end < length - DesKey.BlockSize || output[outputOffset + end] != 0x80)
            {
                System.Array.Clear(output, outputOffset, length);
                return -1;
            }

            output[outputOffset + end] = 0;
            return end;
        }

        private void Iv(DesKey key, int nonceA, int nonceB, int purpose)
        {
            uint a = (uint)nonceA;
            uint b = (uint)nonceB;
            _block[0] = (byte)a;
            _block[1] = (byte)(a >> 8);
            _block[2] = (byte)(a >> 16);
            _block[3] = (byte)(a >> 24);
            _block[4] = (byte)b;
            _block[5] = (byte)(b >> 8);
            _block[6] = (byte)(b >> 16);
            _block[7] = (byte)purpose;
            key.EncryptBlock(_block, 0, _chain, 0);
        }

        private void Wipe()
        {
            System.Array.Clear(_block, 0, _block.Length);
            System.Array.Clear(_chain, 0, _chain.Length);
        }
    }
}
