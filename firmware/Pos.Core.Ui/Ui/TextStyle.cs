namespace Pos.Core.Ui
{
    /// <summary>The styles a cell can have (indexes into <see cref="Palette"/>). Constants, so screens can store them as bytes.</summary>
    public static class TextStyle
    {
        /// <summary>White on black: body text.</summary>
        public const byte Normal = 0;

        /// <summary>Black on light grey: the status bar.</summary>
        public const byte StatusBar = 1;

        /// <summary>White on dark grey: the key-hint row.</summary>
        public const byte KeyHint = 2;

        /// <summary>Grey on black: secondary text (who acts, page indicator).</summary>
        public const byte Dim = 3;

        /// <summary>White on green: approved, PASS.</summary>
        public const byte Approved = 4;

        /// <summary>White on red: declined, FAIL, offline badge.</summary>
        public const byte Declined = 5;

        /// <summary>Black on amber: WARN.</summary>
        public const byte Warning = 6;

        /// <summary>Black on white: selection.</summary>
        public const byte Inverse = 7;

        /// <summary>Light blue on black: titles.</summary>
        public const byte Title = 8;

        /// <summary>Light green on black: the sentence the cashier may say to the cardholder.</summary>
        public const byte Say = 9;

        /// <summary>Red to the cell's edges (the display test's pattern; badges keep black edges).</summary>
        public const byte SolidRed = 10;

        /// <summary>Green to the cell's edges (the display test's pattern).</summary>
        public const byte SolidGreen = 11;

        /// <summary>Number of styles.</summary>
        public const int Count = 12;
    }
}
