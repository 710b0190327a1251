namespace Pos.Core.Receipts
{
    /// <summary>What a <see cref="SlipLine"/> is; the layout places each kind for the paper's width.</summary>
    public enum SlipLineKind
    {
        /// <summary>Text at the left margin (wrapped when longer than the paper).</summary>
        Left = 0,

        /// <summary>Text centred.</summary>
        Center = 1,

        /// <summary>Text at the right margin.</summary>
        Right = 2,

        /// <summary>A label at the left and its value at the right (the value on a row of its own when both do not fit).</summary>
        Pair = 3,

        /// <summary>Centred text printed at double height (the amount).</summary>
        Big = 4,

        /// <summary>A dashed rule across the paper.</summary>
        Rule = 5,

        /// <summary>An empty row.</summary>
        Blank = 6,

        /// <summary>A wrapped paragraph under a head ("1. "), its later rows indented by the head's width (checklist steps).</summary>
        Paragraph = 7,

        /// <summary>Room to sign under a label, closed by a solid line.</summary>
        Signature = 8,
    }
}
