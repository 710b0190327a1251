using System;
using Pos.Core.Ui;
using Pos.Core.Ui.Fonts;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// Prints the rows of a <see cref="SlipLayout"/> as raster bands for a thermal printer, one row at a time into one
    /// reusable band (never the whole slip): 1 bit a dot, <see cref="BytesPerRow"/> bytes a dot row, the most
    /// significant bit leftmost, 1 = black (the order of ESC/POS GS v 0). The glyphs are the screen's (the same
    /// <see cref="GlyphFont"/> and <see cref="GlyphCache"/>), so Chinese needs no printer code page; each is printed
    /// at 3/2 scale, two source dots becoming three (the middle one set when either is), which keeps every 1-dot stroke
    /// two dots wide. Memory: the band (at most 52 dot rows: 3.7 KB at 80 mm), the glyph cache (2 KB), a 256-entry table.
    /// </summary>
    public sealed class SlipRaster
    {
        /// <summary>Blank dot rows under every text row.</summary>
        public const int GapRows = 4;

        /// <summary>Dot rows of a rule or the signature's line.</summary>
        public const int RuleRows = 12;

        // Dashes of a rule: six dots on, two off.
        private const byte Dash = 0xFC;

        private readonly int _columns;
        private readonly int _bytesPerRow;
        private readonly byte[] _band;
        private readonly GlyphCache _glyphs = new GlyphCache();
        private readonly int[] _widen = new int[256];
        private readonly int _fallback = GlyphFont.Find('?');

        /// <summary>A renderer for paper of <paramref name="columns"/> columns (<see cref="SlipPaper"/>).</summary>
        public SlipRaster(int columns)
        {
            if (columns < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(columns));
            }

            _columns = columns;
            _bytesPerRow = (SlipPaper.WidthDots(columns) + 7) / 8;
            _band = new byte[_bytesPerRow * MaxBandRows];
            for (int b = 0; b < 256; b++)
            {
                int o = 0;
                for (int j = 0; j < 4; j++)
                {
                    int s0 = (b >> (7 - (2 * j))) & 1;
                    int s1 = (b >> (6 - (2 * j))) & 1;
                    o = (o << 3) | (s0 << 2) | ((s0 | s1) << 1) | s1;
                }

                _widen[b] = o;
            }
        }

        /// <summary>Dot rows of the tallest band: a double-height text row.</summary>
        public static int MaxBandRows
        {
            get { return (2 * SlipPaper.CellRows) + GapRows; }
        }

        /// <summary>Columns of the paper.</summary>
        public int Columns
        {
            get { return _columns; }
        }

        /// <summary>Dots across the paper.</summary>
        public int WidthDots
        {
            get { return SlipPaper.WidthDots(_columns); }
        }

        /// <summary>Bytes of one dot row.</summary>
        public int BytesPerRow
        {
            get { return _bytesPerRow; }
        }

        /// <summary>The band <see cref="Render"/> fills: its first rows × <see cref="BytesPerRow"/> bytes are the dots.</summary>
        public byte[] Band
        {
            get { return _band; }
        }

        /// <summary>Dot rows a row prints.</summary>
        public static int RowsOf(SlipRow row)
        {
            return row.Kind != SlipRowKind.Text ? RuleRows : (row.Tall ? 2 * SlipPaper.CellRows : SlipPaper.CellRows) + GapRows;
        }

        /// <summary>Dot rows of a whole laid-out slip (the paper it takes, without feed and cut).</summary>
        public static int RowsOf(SlipLayout layout)
        {
            int n = 0;
            for (int i = 0; i < layout.RowCount; i++)
            {
                n += RowsOf(layout.Row(i));
            }

            return n;
        }

        /// <summary>Prints <paramref name="row"/> into <see cref="Band"/>; returns its dot rows.</summary>
        public int Render(SlipRow row)
        {
            int rows = RowsOf(row);
            Array.Clear(_band, 0, rows * _bytesPerRow);
            if (row.Kind == SlipRowKind.Rule)
            {
                Fill(5, Dash);
                Fill(6, Dash);
            }
            else if (row.Kind == SlipRowKind.Line)
            {
                Fill(8, 0xFF);
                Fill(9, 0xFF);
            }
            else
            {
                Text(row.Text, row.Tall ? 2 : 1);
            }

            return rows;
        }

        private void Fill(int dotRow, byte pattern)
        {
            int start = dotRow * _bytesPerRow;
            for (int i = 0; i < _bytesPerRow; i++)
            {
                _band[start + i] = pattern;
            }
        }

        private void Text(string text, int scale)
        {
            int col = 0;
            for (int i = 0; i < text.Length && col < _columns; i++)
            {
                char c = text[i];
                int cells = TextLayout.CellWidth(c);
                if (cells > 0 && c != ' ')
                {
                    int g = GlyphFont.Find(c);
                    if (g < 0)
                    {
                        g = _fallback;
                    }

                    if (GlyphFont.IsWide(g) && col + 2 > _columns)
                    {
                        g = _fallback; // the layout never does this; a wide glyph at the edge keeps to one cell
                    }

                    Glyph(col, g, scale);
                }

                col += cells;
            }
        }

        // Source rows 2r and 2r+1 become dot rows 3r, 3r+1 (either) and 3r+2, each printed scale times.
        private void Glyph(int col, int glyph, int scale)
        {
            int src = _glyphs.Offset(glyph);
            byte[] bits = _glyphs.Bits;
            bool wide = GlyphFont.IsWide(glyph);
            int per = wide ? 2 : 1;
            int width = wide ? 24 : 12;
            int x = col * SlipPaper.CellDots;
            for (int r = 0; r < GlyphFont.Height / 2; r++)
            {
                int a = Widened(bits, src + (2 * r * per), wide);
                int b = Widened(bits, src + (((2 * r) + 1) * per), wide);
                int y = 3 * r * scale;
                Put(y, x, a, width, scale);
                Put(y + scale, x, a | b, width, scale);
                Put(y + (2 * scale), x, b, width, scale);
            }
        }

        private int Widened(byte[] bits, int at, bool wide)
        {
            return wide ? (_widen[bits[at]] << 12) | _widen[bits[at + 1]] : _widen[bits[at]];
        }

        // ORs the n bits of v (most significant first) into dot rows y.. y+count-1 from dot x.
        private void Put(int y, int x, int v, int n, int count)
        {
            if (v == 0)
            {
                return;
            }

            int off = x & 7;
            int total = off + n;
            uint w = (uint)v << (32 - total);
            int bytes = (total + 7) >> 3;
            for (int s = 0; s < count; s++)
            {
                int p = ((y + s) * _bytesPerRow) + (x >> 3);
                for (int k = 0; k < bytes; k++)
                {
                    _band[p + k] |= (byte)(w >> (24 - (8 * k)));
                }
            }
        }
    }
}
