namespace Pos.Core.Security
{
    /// <summary>
    /// The MAC algorithms <see cref="Mac"/> computes. Values are stable (parameters store the number); names come
    /// from <see cref="MacAlgorithmNames"/>.
    /// </summary>
    public enum MacAlgorithm
    {
        /// <summary>
        /// The CUPS POS "ECB" MAC (Q/CUP 007 / 009): XOR of the zero-padded blocks, hex-expanded, two encryptions,
        /// first 8 hex characters as ASCII. DES with an 8-byte MAK, 3DES with a 16- or 24-byte MAK.
        /// </summary>
        CupsEcb = 0,

        /// <summary>ANSI X9.19 retail MAC: single-DES CBC with K1, last block decrypted with K2 and encrypted with K1. Keys of 8 or 16 bytes.</summary>
        AnsiX919 = 1,

        /// <summary>ANSI X9.9 CBC-MAC (IV zero): DES with an 8-byte key, 3DES on every block with a longer one.</summary>
        AnsiX99 = 2,

        /// <summary>One past the highest value; sizes lookup tables.</summary>
        Count = 3,
    }
}
