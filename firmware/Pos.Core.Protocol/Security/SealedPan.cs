using Pos.Core.Common;

namespace Pos.Core.Security
{
    /// <summary>
    /// A PAN as a text record keeps it (the transaction log, the last-transaction record): '*' followed by the hex of
    /// the PAN sealed by <see cref="CardDataCipher"/> with the STAN and batch as nonce, or the masked PAN when there is
    /// no data key or the full number is not needed. Never the PAN in clear. Reading also takes the clear PAN of a
    /// record written before (the caller rewrites or drops it).
    /// </summary>
    public static class SealedPan
    {
        /// <summary>Purpose byte of a transaction-log PAN.</summary>
        public const int LogPurpose = 2;

        /// <summary>Purpose byte of the last-transaction record's PAN.</summary>
        public const int LastPurpose = 3;

        private const char Mark = '*';

        /// <summary>
        /// The stored text of <paramref name="pan"/>: sealed when <paramref name="full"/> and the key is there, else
        /// masked; null for null.
        /// </summary>
        public static string Keep(CardDataCipher cipher, string pan, bool full, int stan, int batch, int purpose)
        {
            if (pan == null || pan.Length == 0)
            {
                return pan;
            }

            if (!full || cipher == null || pan.Length > 32)
            {
                return PanMask.Mask(pan);
            }

            byte[] clear = new byte[pan.Length];
            byte[] sealedBytes = new byte[CardDataCipher.SealedLength(clear.Length)];
            for (int i = 0; i < clear.Length; i++)
            {
                clear[i] = (byte)pan[i];
            }

            int n = cipher.Seal(clear, 0, clear.Length, stan, batch, purpose, sealedBytes, 0);
            System.Array.Clear(clear, 0, clear.Length);
            return n < 0 ? PanMask.Mask(pan) : Mark + Hex.Encode(sealedBytes);
        }

        /// <summary>
        /// The PAN of a stored text: the full PAN when sealed and the key opens it, null when sealed and it does not,
        /// else the text as it is (a masked PAN, or the clear PAN of an older record).
        /// </summary>
        public static string Read(CardDataCipher cipher, string stored, int stan, int batch, int purpose)
        {
            if (!IsSealed(stored))
            {
                return stored;
            }

            if (cipher == null || (stored.Length - 1) % (2 * DesKey.BlockSize) != 0)
            {
                return null;
            }

            byte[] sealedBytes;
            try
            {
                sealedBytes = Hex.Decode(stored.Substring(1));
            }
            catch (System.ArgumentException)
            {
                return null;
            }

            byte[] clear = new byte[sealedBytes.Length];
            int n = cipher.Open(sealedBytes, 0, sealedBytes.Length, stan, batch, purpose, clear, 0);
            char[] digits = new char[n < 0 ? 0 : n];
            for (int i = 0; i < digits.Length; i++)
            {
                digits[i] = (char)clear[i];
            }

            System.Array.Clear(clear, 0, clear.Length);
            return n <= 0 ? null : new string(digits);
        }

        /// <summary>True when the stored text is a sealed PAN.</summary>
        public static bool IsSealed(string stored)
        {
            return stored != null && stored.Length > 1 && stored[0] == Mark;
        }
    }
}
