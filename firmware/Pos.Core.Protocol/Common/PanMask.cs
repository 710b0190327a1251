using System.Text;

namespace Pos.Core.Common
{
    /// <summary>
    /// Masks a primary account number for anything a person or a log sees: the first 6 and the last 4 digits stay,
    /// every digit between becomes '*'. PANs too short to keep 10 digits visible (fewer than 13) show only the last 4.
    /// </summary>
    public static class PanMask
    {
        /// <summary>Digits kept at the start.</summary>
        public const int KeepFirst = 6;

        /// <summary>Digits kept at the end.</summary>
        public const int KeepLast = 4;

        /// <summary>The masked PAN ("622202******1234"); empty for null or empty input.</summary>
        public static string Mask(string pan)
        {
            if (pan == null || pan.Length == 0)
            {
                return string.Empty;
            }

            int first = pan.Length >= 13 ? KeepFirst : 0;
            int lastStart = pan.Length > KeepLast ? pan.Length - KeepLast : pan.Length;
            StringBuilder sb = new StringBuilder(pan.Length);
            for (int i = 0; i < pan.Length; i++)
            {
                sb.Append(i < first || i >= lastStart ? pan[i] : '*');
            }

            return sb.ToString();
        }
    }
}
