namespace Pos.Core.Ui
{
    /// <summary>
    /// What a checklist screen shows besides its title, who acts and its steps: the code badge (a host code, a local
    /// code such as LTO, a check's result word; none when empty), a detail line (the payment's amount and masked card,
    /// or a check's measured value), a note line under it (the limit an amount is over) and a banner (a kept reversal,
    /// a failed sign-in, what is left of a daily limit). One instance is reused per view;
    /// <see cref="Clear"/> empties it before each screen.
    /// </summary>
    public sealed class ChecklistHeader
    {
        /// <summary>Creates an empty header.</summary>
        public ChecklistHeader()
        {
            Clear();
        }

        /// <summary>Text of the badge before the title; empty: no badge.</summary>
        public string Badge { get; set; }

        /// <summary>The detail line under who acts (amount and masked card, a measured value); empty: none.</summary>
        public string Detail { get; set; }

        /// <summary>Style of <see cref="Detail"/>.</summary>
        public byte DetailStyle { get; set; }

        /// <summary>A second detail line under <see cref="Detail"/> (in its style); empty: none.</summary>
        public string Note { get; set; }

        /// <summary>The banner above the steps; empty: none.</summary>
        public string Banner { get; set; }

        /// <summary>Style of <see cref="Banner"/> (a filled row).</summary>
        public byte BannerStyle { get; set; }

        /// <summary>Empties every part.</summary>
        public void Clear()
        {
            Badge = string.Empty;
            Detail = string.Empty;
            DetailStyle = TextStyle.Normal;
            Note = string.Empty;
            Banner = string.Empty;
            BannerStyle = TextStyle.Warning;
        }
    }
}
