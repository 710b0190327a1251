namespace Pos.Core.Transactions
{
    /// <summary>Masks a PAN for screens and logs: first 6 and last 4 digits, '*' between (SPEC §1).</summary>
    public static class PanMask
    {
        /// <summary>The masked PAN; a PAN of 10 digits or fewer is masked whole except its last 4.</summary>
        public static string Mask(string pan)
        {
            if (pan == null || pan.Length == 0)
            {
                return string.Empty;
            }

            int keepHead = pan.Length > 10 ? 6 : 0;
            int keepTail = pan.Length >= 4 ? 4 : 0;
            char[] text = new char[pan.Length];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = i < keepHead || i >= pan.Length - keepTail ? pan[i] : '*';
            }

            return new string(text);
        }
    }
}
