namespace Pos.Reliability
{
    /// <summary>One customer's payment as the cashier sees it: the amount, the card, every attempt's STANs, what was shown.</summary>
    public sealed class SaleIntent
    {
        /// <summary>Creates an intent.</summary>
        public SaleIntent(int number, long amountFen, string pan, bool contactless)
        {
            Number = number;
            AmountFen = amountFen;
            Pan = pan;
            Contactless = contactless;
        }

        /// <summary>1, 2, 3, … in the order the customers came.</summary>
        public int Number { get; }

        /// <summary>The amount in fen.</summary>
        public long AmountFen { get; }

        /// <summary>The card number.</summary>
        public string Pan { get; }

        /// <summary>Tapped (else swiped).</summary>
        public bool Contactless { get; }

        /// <summary>Every (batch, STAN) the terminal used while serving this customer.</summary>
        public List<(int Batch, int Stan)> Stans { get; } = new();

        /// <summary>What the cashier saw, in order ("APPROVED 000012", "DECLINED 51", "power cut", …).</summary>
        public List<string> Seen { get; } = new();

        /// <summary>True once the cashier was shown an approval (online, offline or by in-doubt recovery).</summary>
        public bool ShownApproved { get; set; }

        /// <summary>Attempts the cashier made.</summary>
        public int Attempts { get; set; }

        /// <inheritdoc />
        public override string ToString() => "customer " + Number + " (" + AmountFen + " fen, " + (Contactless ? "tap" : "swipe") + "): "
            + string.Join(", ", Seen) + " [STANs " + string.Join(" ", Stans.Select(s => s.Batch + "/" + s.Stan)) + "]";
    }
}
