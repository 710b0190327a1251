using Pos.Core.Localization;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Amounts for the screen. Money is <c>long</c> fen; the text is built digit by digit (no floating point, no
    /// custom numeric formats): "1,234,567.89", then placed in the locale's <c>ui.money</c> template ("¥{0}",
    /// "CNY {0}", or "{0} 元" for a locale that writes it so).
    /// </summary>
    public static class Money
    {
        /// <summary>Yuan with thousands separators and two decimals: 0 → "0.00", 123456789 → "1,234,567.89", -5 → "-0.05".</summary>
        public static string Digits(long fen)
        {
            // The magnitude as ulong, so long.MinValue has one too.
            ulong mag = fen < 0 ? (ulong)(-(fen + 1)) + 1UL : (ulong)fen;
            char[] buf = new char[32];
            int at = buf.Length;
            buf[--at] = (char)('0' + (int)(mag % 10));
            mag /= 10;
            buf[--at] = (char)('0' + (int)(mag % 10));
            mag /= 10;
            buf[--at] = '.';
            int group = 0;
            do
            {
                if (group == 3)
                {
                    buf[--at] = ',';
                    group = 0;
                }

                buf[--at] = (char)('0' + (int)(mag % 10));
                mag /= 10;
                group++;
            }
            while (mag > 0);

            if (fen < 0)
            {
                buf[--at] = '-';
            }

            return new string(buf, at, buf.Length - at);
        }

        /// <summary>The amount in a template whose {0} takes the digits ("¥{0}" → "¥12.34", "{0} 元" → "12.34 元").</summary>
        public static string Format(long fen, string template)
        {
            return TextFormat.Fill(template, Digits(fen));
        }

        /// <summary>The amount as the locale writes it (catalog key <c>ui.money</c>).</summary>
        public static string Format(long fen, int locale)
        {
            return Format(fen, Catalog.Get(locale, TextKey.UiMoney));
        }
    }
}
