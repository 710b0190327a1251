namespace Pos.Core.Security
{
    /// <summary>
    /// Seals card data (PAN, tracks) for the flash under the data-at-rest key (<see cref="IDataKey"/>): 3DES-CBC over
    /// a check block (the caller's nonce, STAN and batch, and a purpose byte) and the data with ISO/IEC 9797-1 padding
    /// method 2 (0x80 then zeros to a whole block); the IV is the encryption of the check block under the same key, so
    /// the same card number sealed for two transactions, or for two purposes, gives different bytes. Opening checks
    /// the check block and the padding: another key, nonce or purpose gives -1, not wrong digits (a check, not a MAC).
    /// Nothing is stored with the sealed bytes but their length: the caller gives the same nonce and purpose.
    /// </summary>
    public sealed class CardDataCipher
    {
        private readonly IDataKey _key;
        private readonly byte[] _block = new byte[DesKey.BlockSize];
        private readonly byte[] _chain = new byte[DesKey.BlockSize];
        private readonly byte[] _nonce = new byte[DesKey.BlockSize];

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

        /// <summary>The sealed length of <paramref name="clearLength"/> bytes: the check block plus the clear bytes
        /// padded to the next whole block.</summary>
        public static int SealedLength(int clearLength)
        {
            return ((clearLength / DesKey.BlockSize) + 2) * DesKey.BlockSize;
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
                Start(key, nonceA, nonceB, purpose);
                for (int b = 0; b < sealedLength; b += DesKey.BlockSize)
                {
                    for (int i = 0; b > 0 && i < DesKey.BlockSize; i++)
                    {
                        int at = b - DesKey.BlockSize + i;
                        byte v = at < length ? clear[offset + at] : (at == length ? (byte)0x80 : (byte)0);
                        _block[i] = (byte)(v ^ _chain[i]);
                    }

                    if (b == 0)
                    {
                        Xor(_nonce, _chain, _block);
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
        /// clear length, or -1 when there is no data key, the length is not whole blocks, or the check block or the
        /// padding is wrong (another key, another nonce or purpose). The caller zeroes the clear bytes once used.
        /// </summary>
        public int Open(byte[] sealedData, int offset, int length, int nonceA, int nonceB, int purpose, byte[] output, int outputOffset)
        {
            if (sealedData == null || output == null || offset < 0 || length < 0 || offset > sealedData.Length - length
                || outputOffset < 0 || outputOffset > output.Length - length)
            {
                throw new System.ArgumentException("buffer", nameof(output));
            }

            DesKey key = _key.Get();
            if (key == null || length < 2 * DesKey.BlockSize || length % DesKey.BlockSize != 0)
            {
                return -1;
            }

            bool checkBlock = true;
            lock (_block)
            {
                Start(key, nonceA, nonceB, purpose);
                for (int b = 0; b < length; b += DesKey.BlockSize)
                {
                    key.DecryptBlock(sealedData, offset + b, _block, 0);
                    for (int i = 0; i < DesKey.BlockSize; i++)
                    {
                        byte v = (byte)(_block[i] ^ _chain[i]);
                        if (b == 0)
                        {
                            checkBlock &= v == _nonce[i];
                        }
                        else
                        {
                            output[outputOffset + b - DesKey.BlockSize + i] = v;
                        }

                        _chain[i] = sealedData[offset + b + i];
                    }
                }

                Wipe();
            }

            // The clear bytes end at the 0x80 in the last block (after zeros only).
            int clearBlocks = length - DesKey.BlockSize;
            int end = clearBlocks - 1;
            while (end >= clearBlocks - DesKey.BlockSize && output[outputOffset + end] == 0)
            {
                end--;
            }

            if (!checkBlock || end < clearBlocks - DesKey.BlockSize || output[outputOffset + end] != 0x80)
            {
                System.Array.Clear(output, outputOffset, clearBlocks);
                return -1;
            }

            output[outputOffset + end] = 0;
            return end;
        }

        // The nonce block (the nonces and the purpose) and the IV, its encryption.
        private void Start(DesKey key, int nonceA, int nonceB, int purpose)
        {
            uint a = (uint)nonceA;
            uint b = (uint)nonceB;
            _nonce[0] = (byte)a;
            _nonce[1] = (byte)(a >> 8);
            _nonce[2] = (byte)(a >> 16);
            _nonce[3] = (byte)(a >> 24);
            _nonce[4] = (byte)b;
            _nonce[5] = (byte)(b >> 8);
            _nonce[6] = (byte)(b >> 16);
            _nonce[7] = (byte)purpose;
            key.EncryptBlock(_nonce, 0, _chain, 0);
        }

        private static void Xor(byte[] a, byte[] b, byte[] into)
        {
            for (int i = 0; i < into.Length; i++)
            {
                into[i] = (byte)(a[i] ^ b[i]);
            }
        }

        private void Wipe()
        {
            System.Array.Clear(_block, 0, _block.Length);
            System.Array.Clear(_chain, 0, _chain.Length);
            System.Array.Clear(_nonce, 0, _nonce.Length);
        }
    }
}
