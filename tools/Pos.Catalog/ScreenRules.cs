namespace Pos.Catalog
{
    /// <summary>
    /// The screen's limits and the width and wrapping rules, the same as Pos.Core.Ui.TextLayout (a host test
    /// compares the two over every catalog string).
    /// </summary>
    public static class ScreenRules
    {
        /// <summary>Cells per row (320 px / 8 px).</summary>
        public const int Columns = 40;

        /// <summary>A title shares its row with the code badge " 51 " and a space, hence 40 - 5.</summary>
        public const int TitleMaxCells = 35;

        /// <summary>Steps are numbered "1. " with a hanging indent of 3 cells.</summary>
        public const int StepIndent = 3;

        /// <summary>Cells for step text: a 1-cell margin at each side and the indent come off the row (Pos.Core.Ui.ChecklistScreen.StepWidth).</summary>
        public const int StepWidth = Columns - 2 - StepIndent;

        /// <summary>A step may wrap to at most this many rows.</summary>
        public const int StepMaxRows = 3;

        /// <summary>The cardholder sentence is drawn from column 1 without an indent, its label in front (Pos.Core.Ui.ChecklistLayout).</summary>
        public const int SayWidth = Columns - 2;

        /// <summary>The label and the cardholder sentence wrap to at most this many rows.</summary>
        public const int SayMaxRows = 2;

        /// <summary>The key of the template a cardholder sentence is filled into ("可告知持卡人：{0}").</summary>
        public const string SayLabelKey = "ui.say.label";

        /// <summary>What a placeholder {n} counts as when checking widths.</summary>
        public const string PlaceholderSample = "999";

        /// <summary>Cells of a character: the glyph's width when the font has it, else 2 for the East Asian wide ranges.</summary>
        public static int CellWidth(char c, HexFont? font)
        {
            if (c < 0x20)
            {
                return 0;
            }

            if (font != null && font.TryGet(c, out HexGlyph? g))
            {
                return g!.Wide ? 2 : 1;
            }

            return IsWideRange(c) ? 2 : 1;
        }

        public static bool IsWideRange(char c) =>
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
            (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
            (c >= 0xFFE0 && c <= 0xFFE6);

        public static int Cells(string text, HexFont? font)
        {
            int n = 0;
            foreach (char c in text)
            {
                n += CellWidth(c, font);
            }

            return n;
        }

        /// <summary>Closing punctuation that must not start a line.</summary>
        public const string NoLineStart = "，。、；：！？）」』】》”’…,.;:!?)";

        /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="width"/> cells.</summary>
        public static List<string> Wrap(string text, int width, HexFont? font)
        {
            var lines = new List<string>();
            int pos = 0;
            int len = text.Length;
            while (pos < len)
            {
                if (lines.Count > 0)
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
                    int w = CellWidth(text[i], font);
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
                    end = pos + 1; // a character wider than the line: give it a line of its own
                }
                else if (text[i] == ' ')
                {
                    end = i;
                }
                else if (CellWidth(text[i - 1], font) == 1 && CellWidth(text[i], font) == 1 && text[i - 1] != ' ' && lastSpace > pos)
                {
                    end = lastSpace; // inside a Latin word: break at the last space
                }
                else if (NoLineStart.IndexOf(text[i]) >= 0 && i - 1 > pos)
                {
                    end = i - 1; // keep closing punctuation with the character before it
                }
                else
                {
                    end = i;
                }

                if (end < len && char.IsLowSurrogate(text[end]) && end - 1 > pos)
                {
                    end--;
                }

                int trimmed = end;
                while (trimmed > pos && text[trimmed - 1] == ' ')
                {
                    trimmed--;
                }

                lines.Add(text.Substring(pos, trimmed - pos));
                pos = end;
            }

            return lines;
        }

        /// <summary>Replaces {0}..{9} with <see cref="PlaceholderSample"/> for width checks.</summary>
        public static string FillSample(string text)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '{' && i + 2 < text.Length && char.IsDigit(text[i + 1]) && text[i + 2] == '}')
                {
                    sb.Append(PlaceholderSample);
                    i += 2;
                }
                else
                {
                    sb.Append(text[i]);
                }
            }

            return sb.ToString();
        }
    }
}
