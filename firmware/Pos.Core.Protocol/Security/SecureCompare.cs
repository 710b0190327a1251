namespace Pos.Core.Security
{
    /// <summary>
    /// Byte comparison whose running time does not depend on where the first difference is, for checking received
    /// MACs and check values (an early exit would tell an attacker how many leading bytes were right).
    /// </summary>
    public static class SecureCompare
    {
        /// <summary>True when the <paramref name="count"/> bytes at the two offsets are equal.</summary>
        public static bool Equal(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            if (a == null || b == null)
            {
                return false;
            }

            if (count < 0 || aOffset < 0 || bOffset < 0 || aOffset > a.Length - count || bOffset > b.Length - count)
            {
                return false;
            }

            int diff = 0;
            for (int i = 0; i < count; i++)
            {
                diff |= a[aOffset + i] ^ b[bOffset + i];
            }

            return diff == 0;
        }
    }
}
