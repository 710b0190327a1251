using Pos.Core.Ui.Fonts;
using Pos.Hal;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Draws a <see cref="Screen"/> into RGB565 (big-endian) pixels one text row at a time: a 320 × 16 px band in
    /// one reused 10 240-byte buffer, handed to <see cref="IDisplay.WriteRows"/>. No frame buffer; the renderer holds
    /// that band and a 2 KB <see cref="GlyphCache"/>. Characters the font lacks are drawn as '?'.
    /// </summary>
    public sealed class ScreenRenderer
    {
        /// <summary>Pixels per cell, horizontally.</summary>
        public const int CellWidth = 8;

        /// <summary>Pixels per cell, vertically (one band).</summary>
        public const int CellHeight = GlyphFont.Height;

        /// <summary>Width of the screen in pixels.</summary>
        public const int Width = Screen.Columns * CellWidth;

        /// <summary>Height of the screen in pixels.</summary>
        public const int Height = Screen.Rows * CellHeight;

        /// <summary>Bytes of the band buffer.</summary>
        public const int BandBytes = Width * CellHeight * 2;

        private readonly byte[] band = new byte[BandBytes];
        private readonly GlyphCache glyphs = new GlyphCache();
        private readonly int fallbackGlyph = GlyphFont.Find('?');

        /// <summary>Draws every row of the screen.</summary>
        public void Render(Screen screen, IDisplay display)
        {
            CheckDisplay(display);
            for (int row = 0; row < Screen.Rows; row++)
            {
                RenderBand(screen, row);
                display.WriteRows(row * CellHeight, CellHeight, band);
            }
        }

        /// <summary>Draws one text row (e.g. only the status bar when the time changes).</summary>
        public void RenderRow(Screen screen, int row, IDisplay display)
        {
            CheckDisplay(display);
            RenderBand(screen, row);
            display.WriteRows(row * CellHeight, CellHeight, band);
        }

        private void RenderBand(Screen screen, int row)
        {
            int col = 0;
            while (col < Screen.Columns)
            {
                char c = screen.CharAt(row, col);
                byte style = screen.StyleAt(row, col);
                if (c == Screen.Continuation)
                {
                    // An orphaned right half (should not happen): draw blank.
                    FillCell(col, 1, Palette.BackgroundOf(style));
                    col++;
                    continue;
                }

                int glyph = c == ' ' ? -1 : GlyphFont.Find(c);
                if (glyph < 0 && c != ' ')
                {
                    glyph = fallbackGlyph;
                }

                int cells = glyph >= 0 && GlyphFont.IsWide(glyph) ? 2 : 1;
                if (cells == 2 && (col + 1 >= Screen.Columns || screen.CharAt(row, col + 1) != Screen.Continuation))
                {
                    glyph = fallbackGlyph; // a wide glyph without its second cell: keep to one cell
                    cells = 1;
                }

                ushort fg = Palette.ForegroundOf(style);
                ushort bg = Palette.BackgroundOf(style);
                if (glyph < 0)
                {
                    FillCell(col, 1, bg);
                }
                else
                {
                    DrawGlyph(col, glyph, cells, fg, bg);
                }

                col += cells;
            }
        }

        private void FillCell(int col, int cells, ushort bg)
        {
            byte hi = (byte)(bg >> 8);
            byte lo = (byte)bg;
            int widthPx = cells * CellWidth;
            for (int y = 0; y < CellHeight; y++)
            {
                int p = ((y * Width) + (col * CellWidth)) * 2;
                for (int x = 0; x < widthPx; x++)
                {
                    band[p++] = hi;
                    band[p++] = lo;
                }
            }
        }

        private void DrawGlyph(int col, int glyph, int cells, ushort fg, ushort bg)
        {
            int src = glyphs.Offset(glyph);
            byte[] bits = glyphs.Bits;
            byte fh = (byte)(fg >> 8);
            byte fl = (byte)fg;
            byte bh = (byte)(bg >> 8);
            byte bl = (byte)bg;
            for (int y = 0; y < CellHeight; y++)
            {
                int p = ((y * Width) + (col * CellWidth)) * 2;
                for (int b = 0; b < cells; b++)
                {
                    int rowBits = bits[src++];
                    for (int mask = 0x80; mask != 0; mask >>= 1)
                    {
                        if ((rowBits & mask) != 0)
                        {
                            band[p++] = fh;
                            band[p++] = fl;
                        }
                        else
                        {
                            band[p++] = bh;
                            band[p++] = bl;
                        }
                    }
                }
            }
        }

        private static void CheckDisplay(IDisplay display)
        {
            if (display == null)
            {
                throw new System.ArgumentNullException(nameof(display));
            }

            if (display.Width != Width || display.Height < Height)
            {
                throw new System.ArgumentException("display must be 320 x 240");
            }
        }
    }
}
