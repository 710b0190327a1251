using Pos.Core.Glyphs;

namespace Pos.Core.Ui.Fonts
{
    /// <summary>
    /// The screen's bitmap font (a Unifont subset in the Pos.Core.Glyphs data assembly): finds a character's glyph by
    /// binary search over the sorted code points and decodes its bitmap on demand. The bitmaps are string literals of
    /// that assembly, so they stay out of RAM; only the code points (2 bytes a glyph) and the width bits are arrays.
    /// </summary>
    public static class GlyphFont
    {
        /// <summary>Rows of every glyph.</summary>
        public const int Height = 16;

        /// <summary>Bytes of the largest bitmap (16 px wide: two bytes a row).</summary>
        public const int MaxBytes = 2 * Height;

        // The encoding of GlyphData.Bitmap: 6 bits a character, counted from '0', most significant first.
        private const char Zero = '0';

        /// <summary>Number of glyphs in the font.</summary>
        public static int Count
        {
            get { return GlyphData.GlyphCount; }
        }

        /// <summary>Bytes of glyph bitmaps, decoded.</summary>
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
            return (GlyphData.Wide[glyph >> 3] & (1 << (glyph & 7))) != 0;
        }

        /// <summary>
        /// Decodes the glyph's rows into <paramref name="buffer"/> at <paramref name="offset"/> (room for
        /// <see cref="MaxBytes"/>): 16 bytes for a narrow glyph, 32 for a wide one (two bytes a row), most significant bit
        /// leftmost. Returns the byte count.
        /// </summary>
        public static int Read(int glyph, byte[] buffer, int offset)
        {
            int count = IsWide(glyph) ? MaxBytes : Height;
            string text = GlyphData.Bitmap(glyph);
            int acc = 0;
            int held = 0;
            int n = 0;
            for (int i = 0; n < count; i++)
            {
                acc = ((acc << 6) | (text[i] - Zero)) & 0x3FFF;
                held += 6;
                if (held >= 8)
                {
                    held -= 8;
                    buffer[offset + n] = (byte)(acc >> held);
                    n++;
                }
            }

            return count;
        }
    }
}
