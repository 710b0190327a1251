using System.Collections;
using Pos.Core.Localization;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// What a screen layout (<see cref="TransactionScreenView"/>) draws on: the screen, the locale, the page asked for, the status bar and the
    /// terminal's identity, with the few row helpers every state screen uses. Body text starts at column
    /// <see cref="Margin"/>; values end at column <see cref="Screen.Columns"/> - <see cref="Margin"/>. Every write
    /// that would not fit its place is counted in <see cref="Clipped"/> (tests require 0 for every screen).
    /// </summary>
    public sealed class ScreenCanvas
    {
        /// <summary>Left and right margin of body text, in cells.</summary>
        public const int Margin = 2;

        /// <summary>Row of the screen title or result badge.</summary>
        public const int TitleRow = 2;

        private readonly ArrayList _wrapped = new ArrayList();

        /// <summary>Creates a canvas; the view points it at a screen before each layout.</summary>
        public ScreenCanvas()
        {
            Bar = new StatusBar();
            Header = new ChecklistHeader();
            MerchantName = string.Empty;
            TerminalId = string.Empty;
        }

        /// <summary>The screen being composed.</summary>
        public Screen Screen { get; set; }

        /// <summary>The locale id (<c>Locale.ZhCn</c>, <c>Locale.EnUs</c>).</summary>
        public int Locale { get; set; }

        /// <summary>The page asked for (paged checklists clamp it).</summary>
        public int Page { get; set; }

        /// <summary>The status bar drawn on row 0.</summary>
        public StatusBar Bar { get; private set; }

        /// <summary>The checklist screens' header (badge, detail line, banner), emptied by <see cref="Begin"/>.</summary>
        public ChecklistHeader Header { get; private set; }

        /// <summary>Merchant name for the idle screen (may be empty).</summary>
        public string MerchantName { get; set; }

        /// <summary>Terminal id for the idle screen (may be empty).</summary>
        public string TerminalId { get; set; }

        /// <summary>Minutes east of UTC for times a screen shows (the status snapshot's offset).</summary>
        public int UtcOffsetMinutes { get; set; }

        /// <summary>Writes that did not fit since the last <see cref="Begin"/>.</summary>
        public int Clipped { get; private set; }

        /// <summary>Blanks the screen, draws the status bar and resets the clip count.</summary>
        public void Begin()
        {
            Clipped = 0;
            Header.Clear();
            Screen.Clear();
            Bar.Draw(Screen, Locale);
        }

        /// <summary>A catalog string in the canvas's locale.</summary>
        public string Text(int key)
        {
            return Catalog.Get(Locale, key);
        }

        /// <summary>The title at the left of <see cref="TitleRow"/>.</summary>
        public void Title(string text)
        {
            Line(TitleRow, text, TextStyle.Title);
        }

        /// <summary>Text at the body margin.</summary>
        public void Line(int row, string text, byte style)
        {
            Count(Margin, text, Screen.Columns - Margin);
            Screen.Write(row, Margin, text, style);
        }

        /// <summary>Text centred on the row.</summary>
        public void Centered(int row, string text, byte style)
        {
            Count(0, text, Screen.Columns);
            Screen.WriteCentered(row, text, style);
        }

        /// <summary>A centred badge: the text with a blank cell either side, in a coloured style.</summary>
        public void Badge(int row, string text, byte style)
        {
            Centered(row, " " + text + " ", style);
        }

        /// <summary>A label at the margin and its value ending at the right margin.</summary>
        public void Field(int row, string label, string value, byte valueStyle)
        {
            int labelEnd = Margin + TextLayout.Cells(label);
            int valueCells = TextLayout.Cells(value);
            int start = Screen.Columns - Margin - valueCells;
            if (start <= labelEnd)
            {
                Clipped++;
                start = labelEnd + 1;
            }

            Screen.Write(row, Margin, label, TextStyle.Dim);
            Screen.Write(row, start, value, valueStyle);
        }

        /// <summary>Text wrapped to the body width, centred line by line, on at most <paramref name="maxRows"/> rows from <paramref name="row"/>.</summary>
        public int Wrapped(int row, int maxRows, string text, byte style)
        {
            _wrapped.Clear();
            int n = TextLayout.Wrap(text, Screen.Columns - (2 * Margin), _wrapped);
            if (n > maxRows)
            {
                Clipped++;
                n = maxRows;
            }

            for (int i = 0; i < n; i++)
            {
                Screen.WriteCentered(row + i, (string)_wrapped[i], style);
            }

            return n;
        }

        /// <summary>An input value right-aligned at the margin in the title style, with a '_' cursor after it.</summary>
        public void Input(int row, string value)
        {
            int cells = TextLayout.Cells(value) + 1;
            int start = Screen.Columns - Margin - cells;
            if (start < Margin)
            {
                Clipped++;
                start = Margin;
            }

            int col = Screen.Write(row, start, value, TextStyle.Title);
            Screen.Write(row, col, "_", TextStyle.Normal);
        }

        /// <summary>The key-hint row from a catalog key.</summary>
        public void Keys(int key)
        {
            string hints = Text(key);
            Count(1, hints, Screen.Columns);
            Screen.SetKeyHints(hints);
        }

        private void Count(int column, string text, int limit)
        {
            if (column + TextLayout.Cells(text) > limit)
            {
                Clipped++;
            }
        }
    }
}
