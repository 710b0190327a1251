using Pos.Core.Ui;
using Pos.Core.Ui.Fonts;

namespace Pos.Core.Tests.Ui
{
    /// <summary>
    /// The renderer as it was before the lookup tables and the row tracking: every pixel of every cell tested bit by
    /// bit into a whole frame. The optimized <see cref="ScreenRenderer"/> must give exactly these pixels.
    /// </summary>
    public static class ReferenceRenderer
    {
        private const int RowBytes = ScreenRenderer.Width * 2;

        /// <summary>The whole frame of a screen, RGB565 big-endian.</summary>
        public static byte[] Frame(Screen screen)
        {
            byte[] frame = new byte[RowBytes * ScreenRenderer.Height];
            byte[] bits = new byte[GlyphFont.MaxBytes];
            int fallback = GlyphFont.Find('?');
            for (int row = 0; row < Screen.Rows; row++)
            {
                int col = 0;
                while (col < Screen.Columns)
                {
                    char c = screen.CharAt(row, col);
                    byte style = screen.StyleAt(row, col);
                    ushort fg = Palette.ForegroundOf(style);
                    ushort bg = Palette.BackgroundOf(style);
                    ushort edge = Palette.EdgeBackgroundOf(style);
                    int glyph = c == ' ' || c == Screen.Continuation ? -1 : GlyphFont.Find(c);
                    if (glyph < 0 && c != ' ' && c != Screen.Continuation)
                    {
                        glyph = fallback;
                    }

                    int cells = glyph >= 0 && GlyphFont.IsWide(glyph) ? 2 : 1;
                    if (cells == 2 && (col + 1 >= Screen.Columns || screen.CharAt(row, col + 1) != Screen.Continuation))
                    {
                        glyph = fallback;
                        cells = 1;
                    }

                    if (glyph >= 0)
                    {
                        GlyphFont.Read(glyph, bits, 0);
                    }

                    for (int y = 0; y < ScreenRenderer.CellHeight; y++)
                    {
                        int p = ((((row * ScreenRenderer.CellHeight) + y) * ScreenRenderer.Width) + (col * ScreenRenderer.CellWidth)) * 2;
                        for (int b = 0; b < cells; b++)
                        {
                            int rowBits = glyph >= 0 ? bits[(y * cells) + b] : 0;
                            for (int mask = 0x80; mask != 0; mask >>= 1)
                            {
                                ushort color = (rowBits & mask) != 0 ? fg : (y == 0 || y == ScreenRenderer.CellHeight - 1 ? edge : bg);
                                frame[p++] = (byte)(color >> 8);
                                frame[p++] = (byte)color;
                            }
                        }
                    }

                    col += cells;
                }
            }

            return frame;
        }
    }
}
