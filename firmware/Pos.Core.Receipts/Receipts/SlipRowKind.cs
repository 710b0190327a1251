namespace Pos.Core.Receipts
{
    /// <summary>What a laid-out <see cref="SlipRow"/> prints.</summary>
    public enum SlipRowKind
    {
        /// <summary>Glyphs of its text, at single or double height.</summary>
        Text = 0,

        /// <summary>A dashed rule.</summary>
        Rule = 1,

        /// <summary>A solid line (under the room to sign).</summary>
        Line = 2,
    }
}
