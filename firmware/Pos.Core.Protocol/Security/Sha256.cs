namespace Pos.Core.Security
{
    /// <summary>
    /// SHA-256 written from FIPS 180-4 §6.2. One instance keeps its message schedule, state and block buffer and
    /// reuses them for every hash (<see cref="Reset"/>, <see cref="Update"/>, <see cref="Finish"/>): nothing is
    /// allocated per hash. Not thread-safe. Used for the technician PIN's salted hash.
    /// </summary>
    public sealed class Sha256
    {
        /// <summary>Digest length in bytes.</summary>
        public const int HashLength = 32;

        private const int BlockLength = 64;

        // FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] K = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _h = new uint[8];
        private readonly uint[] _w = new uint[64];
        private readonly byte[] _block = new byte[BlockLength];
        private int _blockUsed;
        private long _totalBytes;

        /// <summary>Creates a hasher ready for a new message.</summary>
        public Sha256()
        {
            Reset();
        }

        /// <summary>Starts a new message (FIPS 180-4 §5.3.3 initial hash value).</summary>
        public void Reset()
        {
            _h[0] = 0x6a09e667;
            _h[1] = 0xbb67ae85;
            _h[2] = 0x3c6ef372;
            _h[3] = 0xa54ff53a;
            _h[4] = 0x510e527f;
            _h[5] = 0x9b05688c;
            _h[6] = 0x1f83d9ab;
            _h[7] = 0x5be0cd19;
            _blockUsed = 0;
            _totalBytes = 0;
        }

        /// <summary>Adds message bytes.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            _totalBytes += count;
            while (count > 0)
            {
                int take = BlockLength - _blockUsed;
                if (take > count)
                {
                    take = count;
                }

                System.Array.Copy(data, offset, _block, _blockUsed, take);
                _blockUsed += take;
                offset += take;
                count -= take;
                if (_blockUsed == BlockLength)
                {
                    Compress();
                    _blockUsed = 0;
                }
            }
        }

        /// <summary>
        /// Pads the message (§5.1.1: a 1 bit, zeros, the 64-bit bit length), writes the 32-byte digest at
        /// <paramref name="outputOffset"/>, wipes the block buffer and starts a new message.
        /// </summary>
        public void Finish(byte[] output, int outputOffset)
        {
            if (output == null || outputOffset < 0 || outputOffset > output.Length - HashLength)
            {
                throw new System.ArgumentOutOfRangeException(nameof(outputOffset));
            }

            long bits = _totalBytes * 8;
            _block[_blockUsed++] = 0x80;
            if (_blockUsed > BlockLength - 8)
            {
                Zero(_blockUsed, BlockLength);
                Compress();
                _blockUsed = 0;
            }

            Zero(_blockUsed, BlockLength - 8);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockLength - 1 - i] = (byte)(bits >> (8 * i));
            }

            Compress();
            for (int i = 0; i < 8; i++)
            {
                uint v = _h[i];
                output[outputOffset + (4 * i)] = (byte)(v >> 24);
                output[outputOffset + (4 * i) + 1] = (byte)(v >> 16);
                output[outputOffset + (4 * i) + 2] = (byte)(v >> 8);
                output[outputOffset + (4 * i) + 3] = (byte)v;
            }

            Zero(0, BlockLength);
            for (int i = 0; i < _w.Length; i++)
            {
                _w[i] = 0;
            }

            Reset();
        }

        /// <summary>The digest of one byte range, as a new 32-byte array.</summary>
        public static byte[] Hash(byte[] data, int offset, int count)
        {
            Sha256 sha = new Sha256();
            sha.Update(data, offset, count);
            byte[] digest = new byte[HashLength];
            sha.Finish(digest, 0);
            return digest;
        }

        private void Zero(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                _block[i] = 0;
            }
        }

        // §6.2.2: message schedule, 64 rounds, add to the intermediate hash.
        private void Compress()
        {
            uint[] w = _w;
            for (int t = 0; t < 16; t++)
            {
                int p = 4 * t;
                w[t] = ((uint)_block[p] << 24) | ((uint)_block[p + 1] << 16) | ((uint)_block[p + 2] << 8) | _block[p + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 2];
                uint y = w[t - 15];
                uint s1 = Rotr(x, 17) ^ Rotr(x, 19) ^ (x >> 10);
                uint s0 = Rotr(y, 7) ^ Rotr(y, 18) ^ (y >> 3);
                w[t] = unchecked(s1 + w[t - 7] + s0 + w[t - 16]);
            }

            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25);
                uint ch = (e & f) ^ (~e & g);
                uint t1 = unchecked(h + bigSigma1 + ch + K[t] + w[t]);
                uint bigSigma0 = Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22);
                uint maj = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = unchecked(bigSigma0 + maj);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + t1);
                d = c;
                c = b;
                b = a;
                a = unchecked(t1 + t2);
            }

            _h[0] = unchecked(_h[0] + a);
            _h[1] = unchecked(_h[1] + b);
            _h[2] = unchecked(_h[2] + c);
            _h[3] = unchecked(_h[3] + d);
            _h[4] = unchecked(_h[4] + e);
            _h[5] = unchecked(_h[5] + f);
            _h[6] = unchecked(_h[6] + g);
            _h[7] = unchecked(_h[7] + h);
        }

        private static uint Rotr(uint x, int n)
        {
            return (x >> n) | (x << (32 - n));
        }
    }
}
