namespace Pos.Core.Receipts
{
    /// <summary>
    /// The paper widths a slip is laid out for, in columns of one half-width cell (a CJK glyph takes two). A cell prints
    /// <see cref="CellDots"/> dots wide and <see cref="CellRows"/> high: the screen's 8 × 16 glyphs at 3/2 scale, the
    /// size of a receipt printer's own font A, so 32 columns fill 58 mm paper (384 dots) and 48 fill 80 mm (576 dots).
    /// </summary>
    public static class SlipPaper
    {
        /// <summary>Columns of 58 mm paper.</summary>
        public const int Columns58 = 32;

        /// <summary>Columns of 80 mm paper.</summary>
        public const int Columns80 = 48;

        /// <summary>Dots across one column.</summary>
        public const int CellDots = 12;

        /// <summary>Dot rows of one text row's glyphs (double height: twice as many).</summary>
        public const int CellRows = 24;

        /// <summary>Dots across the paper for <paramref name="columns"/> columns.</summary>
        public static int WidthDots(int columns)
        {
            return columns * CellDots;
        }
    }
}
