namespace Pos.Core.Receipts
{
    /// <summary>
    /// One line of a <see cref="Slip"/> before layout: its kind, its text, and the second text a kind may have (a pair's
    /// value, a paragraph's head). The width of the paper is not known yet: <see cref="SlipLayout"/> places it.
    /// </summary>
    public sealed class SlipLine
    {
        /// <summary>Creates a line.</summary>
        public SlipLine(SlipLineKind kind, string text, string second)
        {
            Kind = kind;
            Text = text == null ? string.Empty : text;
            Second = second == null ? string.Empty : second;
        }

        /// <summary>What it is.</summary>
        public SlipLineKind Kind { get; private set; }

        /// <summary>Its text (a pair's label, a signature's label).</summary>
        public string Text { get; private set; }

        /// <summary>A pair's value, a paragraph's head, else empty.</summary>
        public string Second { get; private set; }
    }
}
