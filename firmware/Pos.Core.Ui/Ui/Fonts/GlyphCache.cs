namespace Pos.Core.Ui.Fonts
{
    /// <summary>
    /// The last decoded bitmaps, one slot per glyph index modulo <see cref="Slots"/> (2 KB in all): a screen repeats
    /// its characters, and a redraw repeats the screen, so most cells skip <see cref="GlyphFont.Read"/> and its garbage.
    /// </summary>
    public sealed class GlyphCache
    {
        /// <summary>Number of slots.</summary>
        public const int Slots = 64;

        private readonly byte[] _bits = new byte[Slots * GlyphFont.MaxBytes];
        private readonly int[] _glyphs = new int[Slots];

        /// <summary>Creates an empty cache.</summary>
        public GlyphCache()
        {
            for (int i = 0; i < Slots; i++)
            {
                _glyphs[i] = -1;
            }
        }

        /// <summary>The bytes that hold every cached bitmap; see <see cref="Offset"/>.</summary>
        public byte[] Bits
        {
            get { return _bits; }
        }

        /// <summary>Where the glyph's rows start in <see cref="Bits"/>, decoding them first if they are not cached.</summary>
        public int Offset(int glyph)
        {
            int slot = glyph & (Slots - 1);
            int offset = slot * GlyphFont.MaxBytes;
            if (_glyphs[slot] != glyph)
            {
                GlyphFont.Read(glyph, _bits, offset);
                _glyphs[slot] = glyph;
            }

            return offset;
        }
    }
}
