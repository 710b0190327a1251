namespace Pos.Core.Ui.Fonts
{
    /// <summary>
    /// The screen's bitmap font (a Unifont subset, see GlyphData): finds a character's glyph by binary search over
    /// the sorted code points. The glyph tables are static and read in place; nothing is allocated per look-up.
    /// </summary>
    public static class GlyphFont
    {
        /// <summary>Rows of every glyph.</summary>
        public const int Height = 16;

        /// <summary>Number of glyphs in the font.</summary>
        public static int Count
        {
            get { return GlyphData.GlyphCount; }
        }

        /// <summary>Bytes of glyph bitmaps.</summary>
        public static int ByteCount
        {
            get { return GlyphData.ByteCount; }
        }

        /// <summary>The glyph index of a character, or -1 when the font lacks it.</summary>
        public static int Find(char c)
        {
            ushort[] cps = GlyphData.CodePoints;
            int lo = 0;
            int hi = cps.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int v = cps[mid];
                if (v == c)
                {
                    return mid;
                }

                if (v < c)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }

        /// <summary>Whether the glyph is 16 px wide (two cells).</summary>
        public static bool IsWide(int glyph)
        {
            return GlyphData.Starts[glyph + 1] - GlyphData.Starts[glyph] == 2;
        }

        /// <summary>Offset of the glyph's first row in <see cref="Bits"/>.</summary>
        public static int Offset(int glyph)
        {
            return GlyphData.Starts[glyph] * 16;
        }

        /// <summary>The packed bitmaps (1 bit a pixel, most significant bit leftmost, row after row).</summary>
        public static byte[] Bits
        {
            get { return GlyphData.Bits; }
        }
    }
}
