namespace Pos.Core.Security
{
    /// <summary>
    /// A DES or triple-DES key in ECB mode, written from the FIPS 46-3 definition (the device has no DES). The key
    /// schedule is expanded once, in the constructor, and kept (128 bytes per 8-byte component); encrypting or
    /// decrypting a block allocates nothing. Key lengths: 8 bytes (single DES), 16 bytes (two-key 3DES, K1 K2 K1) and
    /// 24 bytes (three-key 3DES). Parity bits are ignored, as the standard allows. The clear key bytes are not kept.
    /// Never prints the key: <see cref="ToString"/> gives only its length.
    /// </summary>
    public sealed class DesKey
    {
        /// <summary>Bytes in a DES block.</summary>
        public const int BlockSize = 8;

        private const int ScheduleSize = 16 * 8;

        // Round keys: per component, 16 rounds of eight 6-bit groups (one byte each).
        private readonly byte[] _schedule;
        private readonly int _components;
        private readonly int _length;

        /// <summary>Expands a key of 8, 16 or 24 bytes from <paramref name="key"/> at <paramref name="offset"/>.</summary>
        /// <exception cref="System.ArgumentException">The length is not 8, 16 or 24.</exception>
        public DesKey(byte[] key, int offset, int length)
        {
            if (key == null)
            {
                throw new System.ArgumentNullException(nameof(key));
            }

            if (!IsValidLength(length))
            {
                throw new System.ArgumentException("DES key length must be 8, 16 or 24");
            }

            if (offset < 0 || offset > key.Length - length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(offset));
            }

            _length = length;
            _components = length / 8;
            _schedule = new byte[_components * ScheduleSize];
            for (int i = 0; i < _components; i++)
            {
                Expand(key, offset + (i * 8), _schedule, i * ScheduleSize);
            }
        }

        /// <summary>Creates a key from all of <paramref name="key"/> (8, 16 or 24 bytes).</summary>
        public DesKey(byte[] key)
            : this(key, 0, key == null ? 0 : key.Length)
        {
        }

        /// <summary>The key length in bytes: 8, 16 or 24.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The number of 8-byte components: 1, 2 or 3.</summary>
        public int Components
        {
            get { return _components; }
        }

        /// <summary>True for the lengths DES and 3DES accept: 8, 16 and 24.</summary>
        public static bool IsValidLength(int length)
        {
            return length == 8 || length == 16 || length == 24;
        }

        /// <summary>Encrypts one block (in place when the buffers and offsets are the same).</summary>
        public void EncryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            CheckBlock(input, inputOffset);
            CheckBlock(output, outputOffset);
            uint left = Load(input, inputOffset);
            uint right = Load(input, inputOffset + 4);
            Encrypt(ref left, ref right);
            Store(left, right, output, outputOffset);
        }

        /// <summary>Decrypts one block (in place when the buffers and offsets are the same).</summary>
        public void DecryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            CheckBlock(input, inputOffset);
            CheckBlock(output, outputOffset);
            uint left = Load(input, inputOffset);
            uint right = Load(input, inputOffset + 4);
            Decrypt(ref left, ref right);
            Store(left, right, output, outputOffset);
        }

        /// <summary>
        /// Encrypts one block held as two big-endian words (<paramref name="left"/> = bytes 0..3). DES for an 8-byte
        /// key, otherwise encrypt-decrypt-encrypt with K1, K2 and K3 (K3 = K1 for a 16-byte key).
        /// </summary>
        public void Encrypt(ref uint left, ref uint right)
        {
            InitialPermutation(ref left, ref right);
            if (_components == 1)
            {
                Rounds(0, false, ref left, ref right);
            }
            else
            {
                // The final permutation of one stage and the initial permutation of the next cancel out.
                Rounds(0, false, ref left, ref right);
                Rounds(ScheduleSize, true, ref left, ref right);
                Rounds(_components == 3 ? 2 * ScheduleSize : 0, false, ref left, ref right);
            }

            FinalPermutation(ref left, ref right);
        }

        /// <summary>Decrypts one block held as two big-endian words; the inverse of <see cref="Encrypt"/>.</summary>
        public void Decrypt(ref uint left, ref uint right)
        {
            InitialPermutation(ref left, ref right);
            if (_components == 1)
            {
                Rounds(0, true, ref left, ref right);
            }
            else
            {
                Rounds(_components == 3 ? 2 * ScheduleSize : 0, true, ref left, ref right);
                Rounds(ScheduleSize, false, ref left, ref right);
                Rounds(0, true, ref left, ref right);
            }

            FinalPermutation(ref left, ref right);
        }

        /// <summary>
        /// Single DES with one 8-byte component of this key (0 = K1, 1 = K2, 2 = K3): the building block of the ANSI
        /// X9.19 retail MAC, which uses the halves of a double-length key separately.
        /// </summary>
        public void EncryptWithComponent(int component, ref uint left, ref uint right)
        {
            CheckComponent(component);
            InitialPermutation(ref left, ref right);
            Rounds(component * ScheduleSize, false, ref left, ref right);
            FinalPermutation(ref left, ref right);
        }

        /// <summary>Single-DES decryption with one component; see <see cref="EncryptWithComponent"/>.</summary>
        public void DecryptWithComponent(int component, ref uint left, ref uint right)
        {
            CheckComponent(component);
            InitialPermutation(ref left, ref right);
            Rounds(component * ScheduleSize, true, ref left, ref right);
            FinalPermutation(ref left, ref right);
        }

        /// <summary>Overwrites the key schedule with zeros; the object is useless afterwards.</summary>
        public void Wipe()
        {
            for (int i = 0; i < _schedule.Length; i++)
            {
                _schedule[i] = 0;
            }
        }

        /// <summary>Only the length, never key material.</summary>
        public override string ToString()
        {
            return "DesKey(" + _length.ToString() + " bytes)";
        }

        /// <summary>Reads a big-endian word.</summary>
        public static uint Load(byte[] data, int offset)
        {
            return ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];
        }

        /// <summary>Writes a block held as two big-endian words.</summary>
        public static void Store(uint left, uint right, byte[] data, int offset)
        {
            data[offset] = (byte)(left >> 24);
            data[offset + 1] = (byte)(left >> 16);
            data[offset + 2] = (byte)(left >> 8);
            data[offset + 3] = (byte)left;
            data[offset + 4] = (byte)(right >> 24);
            data[offset + 5] = (byte)(right >> 16);
            data[offset + 6] = (byte)(right >> 8);
            data[offset + 7] = (byte)right;
        }

        private void CheckComponent(int component)
        {
            if (component < 0 || component >= _components)
            {
                throw new System.ArgumentOutOfRangeException(nameof(component));
            }
        }

        private static void CheckBlock(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || offset > buffer.Length - BlockSize)
            {
                throw new System.ArgumentOutOfRangeException(nameof(offset));
            }
        }

        // Sixteen rounds with the schedule at 'start' (forwards to encrypt, backwards to decrypt). On entry left/right
        // are L0/R0 after IP; on exit they are R16/L16, the pre-output block that the final permutation takes.
        private void Rounds(int start, bool decrypt, ref uint left, ref uint right)
        {
            byte[] k = _schedule;
            uint[] sp = DesTables.SP;
            uint l = left;
            uint r = right;
            int step = decrypt ? -8 : 8;
            int at = decrypt ? start + (15 * 8) : start;
            for (int round = 0; round < 16; round += 2)
            {
                l ^= F(r, k, at, sp);
                at += step;
                r ^= F(l, k, at, sp);
                at += step;
            }

            left = r;
            right = l;
        }

        // The cipher function f(R, K) = P(S(E(R) xor K)). E takes overlapping 6-bit groups of R: group i is bits
        // 4i..4i+5 (1-based, bit 0 meaning bit 32), i.e. the top six bits of R rotated right by one, then by 4i more.
        private static uint F(uint r, byte[] k, int at, uint[] sp)
        {
            uint t = (r >> 1) | (r << 31);
            return sp[((t >> 26) ^ k[at]) & 63]
                | sp[64 + (((t >> 22) ^ k[at + 1]) & 63)]
                | sp[128 + (((t >> 18) ^ k[at + 2]) & 63)]
                | sp[192 + (((t >> 14) ^ k[at + 3]) & 63)]
                | sp[256 + (((t >> 10) ^ k[at + 4]) & 63)]
                | sp[320 + (((t >> 6) ^ k[at + 5]) & 63)]
                | sp[384 + (((t >> 2) ^ k[at + 6]) & 63)]
                | sp[448 + ((((t << 2) | (t >> 30)) ^ k[at + 7]) & 63)];
        }

        // IP as five exchanges of bit groups between the halves (checked bit-for-bit against the FIPS table).
        private static void InitialPermutation(ref uint l, ref uint r)
        {
            Exchange(ref l, ref r, 4, 0x0F0F0F0Fu);
            Exchange(ref l, ref r, 16, 0x0000FFFFu);
            Exchange(ref r, ref l, 2, 0x33333333u);
            Exchange(ref r, ref l, 8, 0x00FF00FFu);
            Exchange(ref l, ref r, 1, 0x55555555u);
        }

        // IP⁻¹: each exchange is its own inverse, so the same steps in reverse order.
        private static void FinalPermutation(ref uint l, ref uint r)
        {
            Exchange(ref l, ref r, 1, 0x55555555u);
            Exchange(ref r, ref l, 8, 0x00FF00FFu);
            Exchange(ref r, ref l, 2, 0x33333333u);
            Exchange(ref l, ref r, 16, 0x0000FFFFu);
            Exchange(ref l, ref r, 4, 0x0F0F0F0Fu);
        }

        // Swaps the bits of 'a' selected by mask << shift with the bits of 'b' selected by mask.
        private static void Exchange(ref uint a, ref uint b, int shift, uint mask)
        {
            uint t = ((a >> shift) ^ b) & mask;
            b ^= t;
            a ^= t << shift;
        }

        // Key schedule: PC1 into C and D (28 bits each), then per round rotate and pick 48 bits with PC2.
        private static void Expand(byte[] key, int offset, byte[] schedule, int at)
        {
            uint hi = Load(key, offset);
            uint lo = Load(key, offset + 4);
            byte[] pc1 = DesTables.PC1;
            uint c = 0;
            uint d = 0;
            for (int i = 0; i < 28; i++)
            {
                c = (c << 1) | KeyBit(hi, lo, pc1[i]);
                d = (d << 1) | KeyBit(hi, lo, pc1[i + 28]);
            }

            byte[] pc2 = DesTables.PC2;
            for (int round = 0; round < 16; round++)
            {
                int shift = DesTables.Shifts[round];
                c = ((c << shift) | (c >> (28 - shift))) & 0x0FFFFFFFu;
                d = ((d << shift) | (d >> (28 - shift))) & 0x0FFFFFFFu;
                for (int group = 0; group < 8; group++)
                {
                    int six = 0;
                    for (int j = 0; j < 6; j++)
                    {
                        int position = pc2[(group * 6) + j];
                        uint bit = position <= 28 ? (c >> (28 - position)) & 1u : (d >> (56 - position)) & 1u;
                        six = (six << 1) | (int)bit;
                    }

                    schedule[at + (round * 8) + group] = (byte)six;
                }
            }
        }

        private static uint KeyBit(uint hi, uint lo, int position)
        {
            return position <= 32 ? (hi >> (32 - position)) & 1u : (lo >> (64 - position)) & 1u;
        }
    }
}
