using Pos.Core.Ui.Fonts;
using Pos.Hal;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Draws a <see cref="Screen"/> into RGB565 (big-endian) pixels one text row at a time: a 320 × 16 px band in
    /// one reused 10 240-byte buffer, handed to <see cref="IDisplay.WriteRows"/>. No frame buffer; the renderer holds
    /// that band, a 2 KB <see cref="GlyphCache"/>, a copy of the text it last drew (1.8 KB) and 1.2 KB of colour tables.
    /// <see cref="Render"/> redraws only the text rows that differ from what this renderer last drew on that display,
    /// so one renderer can (and on the terminal does) serve every screen. Characters the font lacks are drawn as '?'.
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

        // Four pixels of one colour pair, 8 bytes, for each 4-bit pattern: a glyph byte is two copies, not 8 tests.
        private const int NibbleBytes = 8;
        private const int StyleTable = 16 * NibbleBytes;
        private const int LineBytes = Width * 2;
        private const int CharSlots = 128;

        private readonly byte[] band = new byte[BandBytes];
        private readonly GlyphCache glyphs = new GlyphCache();
        private readonly int fallbackGlyph = GlyphFont.Find('?');
        // The styles' tables, then their edge tables (top and bottom pixel line, Palette.EdgeBackgroundOf).
        private readonly byte[] nibbles = new byte[2 * TextStyle.Count * StyleTable];
        private readonly int[] charKeys = new int[CharSlots];
        private readonly int[] charGlyphs = new int[CharSlots];

        // What the display shows, as far as this renderer knows: the text of each row it drew and on which display.
        private readonly char[] shownChars = new char[Screen.Rows * Screen.Columns];
        private readonly byte[] shownStyles = new byte[Screen.Rows * Screen.Columns];
        private readonly bool[] known = new bool[Screen.Rows];
        private readonly int[] shownVersions = new int[Screen.Rows];
        private readonly int[] versions = new int[Screen.Rows];
        private Screen shownScreen;
        private IDisplay shownDisplay;

        /// <summary>Creates the renderer and its colour tables.</summary>
        public ScreenRenderer()
        {
            for (int s = 0; s < 2 * TextStyle.Count; s++)
            {
                byte style = (byte)(s % TextStyle.Count);
                ushort fg = Palette.ForegroundOf(style);
                ushort bg = s < TextStyle.Count ? Palette.BackgroundOf(style) : Palette.EdgeBackgroundOf(style);
                int p = s * StyleTable;
                for (int pattern = 0; pattern < 16; pattern++)
                {
                    for (int mask = 8; mask != 0; mask >>= 1)
                    {
                        ushort color = (pattern & mask) != 0 ? fg : bg;
                        nibbles[p++] = (byte)(color >> 8);
                        nibbles[p++] = (byte)color;
                    }
                }
            }

            for (int i = 0; i < CharSlots; i++)
            {
                charKeys[i] = -1;
            }
        }

        /// <summary>Text rows handed to a display since the renderer was made (for tests and the bench).</summary>
        public int RowsDrawn { get; private set; }

        /// <summary>
        /// Brings the display up to date with the screen: draws the rows whose characters or styles differ from what
        /// this renderer last drew there; every row when the screen or the display is not the last one drawn, or after
        /// <see cref="Invalidate"/>. Returns the number of text rows drawn.
        /// </summary>
        public int Render(Screen screen, IDisplay display)
        {
            CheckDisplay(display);
            Track(screen, display);
            int drawn = 0;
            screen.CopyRowVersionsTo(versions);
            for (int row = 0; row < Screen.Rows; row++)
            {
                int version = versions[row];
                if (known[row] && version == shownVersions[row])
                {
                    continue; // not written since drawn
                }

                if (!known[row] || !screen.RowMatches(row, shownChars, shownStyles))
                {
                    DrawRow(screen, row, display);
                    drawn++;
                }
                else
                {
                    shownVersions[row] = version; // written again with the same text
                }
            }

            return drawn;
        }

        /// <summary>Draws every row of the screen, whatever the display showed before.</summary>
        public void RenderAll(Screen screen, IDisplay display)
        {
            Invalidate();
            Render(screen, display);
        }

        /// <summary>Draws one text row (e.g. only the status bar when the time changes).</summary>
        public void RenderRow(Screen screen, int row, IDisplay display)
        {
            CheckDisplay(display);
            if (row < 0 || row >= Screen.Rows)
            {
                throw new System.ArgumentOutOfRangeException(nameof(row));
            }

            Track(screen, display);
            DrawRow(screen, row, display);
        }

        /// <summary>Forgets what the display shows (something else drew on it): the next <see cref="Render"/> draws every row.</summary>
        public void Invalidate()
        {
            for (int row = 0; row < Screen.Rows; row++)
            {
                known[row] = false;
            }
        }

        private void Track(Screen screen, IDisplay display)
        {
            if (screen == null)
            {
                throw new System.ArgumentNullException(nameof(screen));
            }

            if (!ReferenceEquals(screen, shownScreen) || !ReferenceEquals(display, shownDisplay))
            {
                // Another screen or display: what we remember is not what is shown there.
                Invalidate();
                shownScreen = screen;
                shownDisplay = display;
            }
        }

        private void DrawRow(Screen screen, int row, IDisplay display)
        {
            screen.CopyRowTo(row, shownChars, shownStyles);
            shownVersions[row] = screen.RowVersion(row);
            RenderBand(row * Screen.Columns);
            display.WriteRows(row * CellHeight, CellHeight, band);
            known[row] = true;
            RowsDrawn++;
        }

        private void RenderBand(int at)
        {
            int col = 0;
            while (col < Screen.Columns)
            {
                char c = shownChars[at + col];
                byte style = shownStyles[at + col];
                if (c == ' ' || c == Screen.Continuation)
                {
                    // A run of blanks in one style (an orphaned right half, which should not happen, is blank too).
                    int end = col + 1;
                    while (end < Screen.Columns && shownStyles[at + end] == style &&
                        (shownChars[at + end] == ' ' || shownChars[at + end] == Screen.Continuation))
                    {
                        end++;
                    }

                    FillCells(col, end - col, style);
                    col = end;
                    continue;
                }

                int glyph = GlyphOf(c);
                int cells = GlyphFont.IsWide(glyph) ? 2 : 1;
                if (cells == 2 && (col + 1 >= Screen.Columns || shownChars[at + col + 1] != Screen.Continuation))
                {
                    glyph = fallbackGlyph; // a wide glyph without its second cell: keep to one cell
                    cells = 1;
                }

                DrawGlyph(col, glyph, cells, style);
                col += cells;
            }
        }

        private int GlyphOf(char c)
        {
            int slot = c & (CharSlots - 1);
            if (charKeys[slot] != c)
            {
                int g = GlyphFont.Find(c);
                charGlyphs[slot] = g < 0 ? fallbackGlyph : g;
                charKeys[slot] = c;
            }

            return charGlyphs[slot];
        }

        private void FillCells(int col, int cells, byte style)
        {
            // One line by doubling copies from the style's blank pattern, then that line copied down the band.
            int start = col * CellWidth * 2;
            int bytes = cells * CellWidth * 2;
            System.Array.Copy(nibbles, TableOf(style), band, start, NibbleBytes);
            int done = NibbleBytes;
            while (done < bytes)
            {
                int n = bytes - done < done ? bytes - done : done;
                System.Array.Copy(band, start, band, start + done, n);
                done += n;
            }

            for (int p = start + LineBytes; p < BandBytes; p += LineBytes)
            {
                System.Array.Copy(band, start, band, p, bytes);
            }

            // The edge lines: the first from the edge table by the same doubling, the last a copy of it.
            System.Array.Copy(nibbles, EdgeTableOf(style), band, start, NibbleBytes);
            done = NibbleBytes;
            while (done < bytes)
            {
                int n = bytes - done < done ? bytes - done : done;
                System.Array.Copy(band, start, band, start + done, n);
                done += n;
            }

            System.Array.Copy(band, start, band, start + BandBytes - LineBytes, bytes);
        }

        private void DrawGlyph(int col, int glyph, int cells, byte style)
        {
            int src = glyphs.Offset(glyph);
            byte[] bits = glyphs.Bits;
            byte[] table = nibbles;
            byte[] dst = band;
            int body = TableOf(style);
            int edge = EdgeTableOf(style);
            int p = col * CellWidth * 2;
            int skip = LineBytes - (cells * CellWidth * 2);
            for (int y = 0; y < CellHeight; y++)
            {
                int t = y == 0 || y == CellHeight - 1 ? edge : body;
                for (int b = 0; b < cells; b++)
                {
                    int rowBits = bits[src++];
                    System.Array.Copy(table, t + ((rowBits >> 4) * NibbleBytes), dst, p, NibbleBytes);
                    System.Array.Copy(table, t + ((rowBits & 15) * NibbleBytes), dst, p + NibbleBytes, NibbleBytes);
                    p += 2 * NibbleBytes;
                }

                p += skip;
            }
        }

        private static int TableOf(byte style)
        {
            // Palette draws an unknown style as Normal.
            return (style < TextStyle.Count ? style : TextStyle.Normal) * StyleTable;
        }

        private static int EdgeTableOf(byte style)
        {
            return TableOf(style) + (TextStyle.Count * StyleTable);
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
