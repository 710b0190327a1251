using System.Globalization;

namespace Pos.Fleet.Views
{
    /// <summary>
    /// Orders firmware versions as the terminals report them (<c>0.17.0</c>, <c>0.17.0-rc1</c>): dotted numbers compared
    /// as numbers, a pre-release (after '-') below its release, anything else compared as text.
    /// </summary>
    public static class FirmwareVersion
    {
        /// <summary>Negative when <paramref name="a"/> is older than <paramref name="b"/>, 0 when equal, positive when newer.</summary>
        public static int Compare(string a, string b)
        {
            (string coreA, string? preA) = Split(a);
            (string coreB, string? preB) = Split(b);
            string[] pa = coreA.Split('.');
            string[] pb = coreB.Split('.');
            for (int i = 0; i < Math.Max(pa.Length, pb.Length); i++)
            {
                int c = Part(i < pa.Length ? pa[i] : "0", i < pb.Length ? pb[i] : "0");
                if (c != 0)
                {
                    return c;
                }
            }

            return (preA, preB) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => string.CompareOrdinal(preA, preB),
            };
        }

        private static (string Core, string? Pre) Split(string v)
        {
            string s = v.Trim().TrimStart('v', 'V');
            int plus = s.IndexOf('+', StringComparison.Ordinal);
            s = plus < 0 ? s : s[..plus];
            int dash = s.IndexOf('-', StringComparison.Ordinal);
            return dash < 0 ? (s, null) : (s[..dash], s[(dash + 1)..]);
        }

        private static int Part(string a, string b)
        {
            bool na = long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out long x);
            bool nb = long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out long y);
            return na && nb ? x.CompareTo(y) : string.CompareOrdinal(a, b);
        }
    }
}
