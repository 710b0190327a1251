using System;

namespace Pos.Core.Protocol
{
    /// <summary>Money (long fen) to and from the n12 amount of field 4.</summary>
    public static class Amount
    {
        /// <summary>The largest amount n12 can carry.</summary>
        public const long MaxFen = 999999999999L;

        /// <summary>The 12-digit text of an amount in fen.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Negative or above <see cref="MaxFen"/>.</exception>
        public static string ToN12(long fen)
        {
            if (fen < 0 || fen > MaxFen)
            {
                throw new ArgumentOutOfRangeException(nameof(fen));
            }

            return Numeric.Format(fen, 12);
        }

        /// <summary>The fen of a 12-digit amount, or -1 when the text is not exactly 12 digits.</summary>
        public static long FromN12(string n12)
        {
            if (n12 == null || n12.Length != 12)
            {
                return -1;
            }

            return Numeric.Parse(n12, 0, 12);
        }
    }
}
