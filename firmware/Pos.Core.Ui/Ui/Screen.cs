using System.Text;

namespace Pos.Core.Ui
{
    /// <summary>
    /// The text model of one screen: 15 rows of 40 cells, each with a character and a <see cref="TextStyle"/>.
    /// A full-width character fills its cell and marks the next one as its continuation. Row 0 is the status bar,
    /// row 14 the key hints. <see cref="ToText"/> describes the screen as plain text for tests and the emulator.
    /// </summary>
    public sealed class Screen
    {
        /// <summary>Cells per row.</summary>
        public const int Columns = 40;

        /// <summary>Rows of the grid.</summary>
        public const int Rows = 15;

        /// <summary>Row of the status bar.</summary>
        public const int StatusRow = 0;

        /// <summary>Row of the key hints.</summary>
        public const int KeyHintRow = Rows - 1;

        /// <summary>Marks the second cell of a full-width character.</summary>
        public const char Continuation = '\u0000';

        private readonly char[] chars = new char[Rows * Columns];
        private readonly byte[] styles = new byte[Rows * Columns];

        // Bumped by every write to a row, so a renderer skips comparing rows nobody wrote since it drew them.
        private readonly int[] versions = new int[Rows];

        /// <summary>Creates a blank screen.</summary>
        public Screen()
        {
            Clear();
        }

        /// <summary>Blanks every cell in the normal style.</summary>
        public void Clear()
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = ' ';
                styles[i] = TextStyle.Normal;
            }

            for (int r = 0; r < Rows; r++)
            {
                versions[r]++;
            }
        }

        /// <summary>Blanks one row in a style.</summary>
        public void FillRow(int row, byte style)
        {
            CheckRow(row);
            versions[row]++;
            for (int c = 0; c < Columns; c++)
            {
                chars[(row * Columns) + c] = ' ';
                styles[(row * Columns) + c] = style;
            }
        }

        /// <summary>The character of a cell (<see cref="Continuation"/> for the right half of a full-width one).</summary>
        public char CharAt(int row, int column)
        {
            return chars[Index(row, column)];
        }

        /// <summary>The style of a cell.</summary>
        public byte StyleAt(int row, int column)
        {
            return styles[Index(row, column)];
        }

        /// <summary>
        /// Writes text from a column in a style; stops at the row's end without splitting a full-width character.
        /// Returns the column after the last cell written.
        /// </summary>
        public int Write(int row, int column, string text, byte style)
        {
            CheckRow(row);
            versions[row]++;
            int col = column;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int w = TextLayout.CellWidth(c);
                if (w == 0)
                {
                    continue;
                }

                if (col < 0 || col + w > Columns)
                {
                    break;
                }

                int at = (row * Columns) + col;
                if (col > 0 && chars[at] == Continuation)
                {
                    chars[at - 1] = ' '; // overwriting the right half of a wide character blanks its left half
                }

                chars[at] = c;
                styles[at] = style;
                if (w == 2)
                {
                    chars[at + 1] = Continuation;
                    styles[at + 1] = style;
                }
                else if (col + 1 < Columns && chars[at + 1] == Continuation)
                {
                    chars[at + 1] = ' ';
                }

                col += w;
            }

            return col;
        }

        /// <summary>Writes text so that it ends at the last column.</summary>
        public int WriteRight(int row, string text, byte style)
        {
            return Write(row, Columns - TextLayout.Cells(text), text, style);
        }

        /// <summary>Writes text centred on the row.</summary>
        public int WriteCentered(int row, string text, byte style)
        {
            int cells = TextLayout.Cells(text);
            return Write(row, cells >= Columns ? 0 : (Columns - cells) / 2, text, style);
        }

        /// <summary>Fills the key-hint row with its style and the hint text.</summary>
        public void SetKeyHints(string hints)
        {
            FillRow(KeyHintRow, TextStyle.KeyHint);
            Write(KeyHintRow, 1, hints, TextStyle.KeyHint);
        }

        /// <summary>A number that changes whenever the row is written (not necessarily changed).</summary>
        public int RowVersion(int row)
        {
            CheckRow(row);
            return versions[row];
        }

        /// <summary>Every row's <see cref="RowVersion"/> into an array of <see cref="Rows"/> (one call, not fifteen).</summary>
        public void CopyRowVersionsTo(int[] into)
        {
            System.Array.Copy(versions, into, Rows);
        }

        /// <summary>
        /// Whether a row holds the same characters and styles as row <paramref name="row"/> of a copy laid out like
        /// this screen (<see cref="Rows"/> × <see cref="Columns"/>), made by <see cref="CopyRowTo"/>.
        /// </summary>
        public bool RowMatches(int row, char[] copyChars, byte[] copyStyles)
        {
            CheckRow(row);
            int end = (row + 1) * Columns;
            for (int i = row * Columns; i < end; i++)
            {
                if (chars[i] != copyChars[i] || styles[i] != copyStyles[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Copies a row's characters and styles into arrays laid out like this screen.</summary>
        public void CopyRowTo(int row, char[] copyChars, byte[] copyStyles)
        {
            CheckRow(row);
            System.Array.Copy(chars, row * Columns, copyChars, row * Columns, Columns);
            System.Array.Copy(styles, row * Columns, copyStyles, row * Columns, Columns);
        }

        /// <summary>The characters of a row, continuation cells left out and trailing blanks trimmed.</summary>
        public string RowText(int row)
        {
            CheckRow(row);
            StringBuilder sb = new StringBuilder(Columns);
            int last = 0;
            for (int c = 0; c < Columns; c++)
            {
                char ch = chars[(row * Columns) + c];
                if (ch == Continuation)
                {
                    continue;
                }

                sb.Append(ch);
                if (ch != ' ')
                {
                    last = sb.Length;
                }
            }

            return sb.ToString().Substring(0, last);
        }

        /// <summary>The whole screen as text: one line per row, '\n' after each.</summary>
        public string ToText()
        {
            StringBuilder sb = new StringBuilder(Rows * (Columns + 1));
            for (int r = 0; r < Rows; r++)
            {
                sb.Append(RowText(r));
                sb.Append('\n');
            }

            return sb.ToString();
        }

        private static int Index(int row, int column)
        {
            if (row < 0 || row >= Rows || column < 0 || column >= Columns)
            {
                throw new System.ArgumentOutOfRangeException(nameof(column));
            }

            return (row * Columns) + column;
        }

        private static void CheckRow(int row)
        {
            if (row < 0 || row >= Rows)
            {
                throw new System.ArgumentOutOfRangeException(nameof(row));
            }
        }
    }
}
