using System.Collections;
using Pos.Core.Ui.Fonts;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Display width and line wrapping in cells of the text grid. CJK and full-width characters take two cells.
    /// Wrapping never splits a character, breaks Latin text at spaces, may break between any two CJK characters,
    /// and keeps closing punctuation off the start of a line. tools/Pos.Catalog applies the same rules (a host test
    /// compares them over every catalog string).
    /// </summary>
    public static class TextLayout
    {
        /// <summary>Closing punctuation that must not start a line.</summary>
        public const string NoLineStart = "，。、；：！？）」』】》”’…,.;:!?)";

        /// <summary>Cells of one character: the glyph's width when the font has it, else 2 for East Asian wide ranges.</summary>
        public static int CellWidth(char c)
        {
            if (c < 0x20)
            {
                return 0;
            }

            int g = GlyphFont.Find(c);
            if (g >= 0)
            {
                return GlyphFont.IsWide(g) ? 2 : 1;
            }

            return IsWideRange(c) ? 2 : 1;
        }

        /// <summary>Whether a character lies in the East Asian wide ranges (used for characters the font lacks).</summary>
        public static bool IsWideRange(char c)
        {
            return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                (c >= 0xFFE0 && c <= 0xFFE6);
        }

        /// <summary>Cells of a string.</summary>
        public static int Cells(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                n += CellWidth(text[i]);
            }

            return n;
        }

        /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="width"/> cells.</summary>
        public static string[] Wrap(string text, int width)
        {
            ArrayList lines = new ArrayList();
            Wrap(text, width, lines);
            return (string[])lines.ToArray(typeof(string));
        }

        /// <summary>Appends the wrapped lines of <paramref name="text"/> to <paramref name="lines"/>; returns how many.</summary>
        public static int Wrap(string text, int width, ArrayList lines)
        {
            int added = 0;
            int pos = 0;
            int len = text.Length;
            while (pos < len)
            {
                if (added > 0)
                {
                    while (pos < len && text[pos] == ' ')
                    {
                        pos++;
                    }

                    if (pos >= len)
                    {
                        break;
                    }
                }

                int cells = 0;
                int i = pos;
                int lastSpace = -1;
                while (i < len)
                {
                    int w = CellWidth(text[i]);
                    if (cells + w > width)
                    {
                        break;
                    }

                    if (text[i] == ' ')
                    {
                        lastSpace = i;
                    }

                    cells += w;
                    i++;
                }

                int end;
                if (i >= len)
                {
                    end = len;
                }
                else if (i == pos)
                {
                    end = pos + 1; // wider than the line: a line of its own
                }
                else if (text[i] == ' ')
                {
                    end = i;
                }
                else if (CellWidth(text[i - 1]) == 1 && CellWidth(text[i]) == 1 && text[i - 1] != ' ' && lastSpace > pos)
                {
                    end = lastSpace; // inside a Latin word
                }
                else if (NoLineStart.IndexOf(text[i]) >= 0 && i - 1 > pos)
                {
                    end = i - 1; // closing punctuation goes down with the character before it
                }
                else
                {
                    end = i;
                }

                if (end < len && text[end] >= 0xDC00 && text[end] <= 0xDFFF && end - 1 > pos)
                {
                    end--; // never part a surrogate pair
                }

                int trimmed = end;
                while (trimmed > pos && text[trimmed - 1] == ' ')
                {
                    trimmed--;
                }

                lines.Add(text.Substring(pos, trimmed - pos));
                added++;
                pos = end;
            }

            return added;
        }
    }
}
