namespace Pos.Core.Receipts
{
    /// <summary>
    /// One printed row of a laid-out slip: its text placed from column 0 (spaces where the layout left room, never
    /// wider than the paper), and whether it prints at double height; or a rule or a solid line.
    /// </summary>
    public sealed class SlipRow
    {
        /// <summary>Creates a row.</summary>
        public SlipRow(SlipRowKind kind, string text, bool tall)
        {
            Kind = kind;
            Text = text;
            Tall = tall;
        }

        /// <summary>What it prints.</summary>
        public SlipRowKind Kind { get; private set; }

        /// <summary>A text row's cells from column 0, else empty.</summary>
        public string Text { get; private set; }

        /// <summary>True when the glyphs print at double height.</summary>
        public bool Tall { get; private set; }
    }
}
