namespace Pos.Core.Security
{
    /// <summary>
    /// The data tables of DES as published in FIPS 46-3 (permuted choices, shifts, the P permutation and the eight
    /// S-boxes), plus the combined S-box-and-P lookup (<see cref="SP"/>) derived from them once at start-up so that a
    /// round is eight table look-ups. Bit numbers in the tables are 1-based from the most significant bit, as in the
    /// standard. The initial and final permutations are done with swap steps in <see cref="DesKey"/> instead of a table.
    /// </summary>
    internal static class DesTables
    {
        /// <summary>Permuted choice 1: the 56 key bits (of 64) that feed the C and D registers.</summary>
        public static readonly byte[] PC1 = new byte[]
        {
            57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18,
            10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36,
            63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22,
            14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
        };

        /// <summary>Permuted choice 2: the 48 bits of C‖D that form a round key.</summary>
        public static readonly byte[] PC2 = new byte[]
        {
            14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10,
            23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2,
            41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48,
            44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
        };

        /// <summary>Left rotations of C and D before each of the 16 rounds.</summary>
        public static readonly byte[] Shifts = new byte[] { 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1 };

        /// <summary>The permutation P applied to the 32 S-box output bits.</summary>
        public static readonly byte[] P = new byte[]
        {
            16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10,
            2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25,
        };

        /// <summary>S-boxes S1..S8, each 4 rows of 16, row-major (64 entries per box).</summary>
        public static readonly byte[] S = new byte[]
        {
            // S1
            14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7,
            0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11, 9, 5, 3, 8,
            4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0,
            15, 12, 8, 2, 4, 9, 1, 7, 5, 11, 3, 14, 10, 0, 6, 13,

            // S2
            15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10,
            3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10, 6, 9, 11, 5,
            0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15,
            13, 8, 10, 1, 3, 15, 4, 2, 11, 6, 7, 12, 0, 5, 14, 9,

            // S3
            10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8,
            13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12, 11, 15, 1,
            13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7,
            1, 10, 13, 0, 6, 9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12,

            // S4
            7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15,
            13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1, 10, 14, 9,
            10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4,
            3, 15, 0, 6, 10, 1, 13, 8, 9, 4, 5, 11, 12, 7, 2, 14,

            // S5
            2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9,
            14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10, 3, 9, 8, 6,
            4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14,
            11, 8, 12, 7, 1, 14, 2, 13, 6, 15, 0, 9, 10, 4, 5, 3,

            // S6
            12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11,
            10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14, 0, 11, 3, 8,
            9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6,
            4, 3, 2, 12, 9, 5, 15, 10, 11, 14, 1, 7, 6, 0, 8, 13,

            // S7
            4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1,
            13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12, 2, 15, 8, 6,
            1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2,
            6, 11, 13, 8, 1, 4, 10, 7, 9, 5, 0, 15, 14, 2, 3, 12,

            // S8
            13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7,
            1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11, 0, 14, 9, 2,
            7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8,
            2, 1, 14, 7, 4, 10, 8, 13, 15, 12, 9, 0, 3, 5, 6, 11,
        };

        /// <summary>
        /// SP[box * 64 + six] = P(S_box(six) placed at output bits 4·box+1..4·box+4). The index is the 6-bit S-box
        /// input with the standard's first bit as its most significant bit. 512 words (2 KB), built once.
        /// </summary>
        public static readonly uint[] SP = BuildSp();

        private static uint[] BuildSp()
        {
            uint[] sp = new uint[8 * 64];
            for (int box = 0; box < 8; box++)
            {
                for (int six = 0; six < 64; six++)
                {
                    // Row from the outer bits (1st and 6th), column from the inner four.
                    int row = ((six >> 4) & 2) | (six & 1);
                    int column = (six >> 1) & 0x0F;
                    uint nibble = S[(box * 64) + (row * 16) + column];
                    uint placed = nibble << (28 - (4 * box));
                    uint permuted = 0;
                    for (int bit = 0; bit < 32; bit++)
                    {
                        uint value = (placed >> (32 - P[bit])) & 1u;
                        permuted |= value << (31 - bit);
                    }

                    sp[(box * 64) + six] = permuted;
                }
            }

            return sp;
        }
    }
}
