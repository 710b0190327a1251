namespace Pos.Reliability
{
    /// <summary>
    /// One customer's wish (a sale, a void or a refund) and what happened while the cashier served it: the attempts,
    /// every STAN the terminal reserved meanwhile (all of them are this operation's: the judge counts how many of
    /// them the host holds) and what the screen said.
    /// </summary>
    public sealed class Operation
    {
        /// <summary>Creates the wish.</summary>
        public Operation(int number, OperationKind kind, long amountFen, string pan, bool contactless, Receipt? original = null)
        {
            Number = number;
            Kind = kind;
            AmountFen = amountFen;
            Pan = pan;
            Contactless = contactless;
            Original = original;
        }

        /// <summary>Its number in the run (1-based).</summary>
        public int Number { get; }

        /// <summary>Sale, void or refund.</summary>
        public OperationKind Kind { get; }

        /// <summary>Amount in fen (a void: the original's).</summary>
        public long AmountFen { get; }

        /// <summary>The card.</summary>
        public string Pan { get; }

        /// <summary>Tapped (else swiped).</summary>
        public bool Contactless { get; }

        /// <summary>A void's or refund's original sale.</summary>
        public Receipt? Original { get; }

        /// <summary>Every (batch, STAN) the terminal reserved while serving it.</summary>
        public List<(int Batch, int Stan)> Stans { get; } = new();

        /// <summary>What the cashier saw, in order.</summary>
        public List<string> Seen { get; } = new();

        /// <summary>True once the screen said it went through.</summary>
        public bool ShownApproved { get; set; }

        /// <summary>Attempts made.</summary>
        public int Attempts { get; set; }

        /// <inheritdoc />
        public override string ToString() => Kind.ToString().ToLowerInvariant() + " " + Number + " (" + AmountFen + " fen, "
            + (Contactless ? "tap" : "swipe") + (Original != null ? ", of " + Original.Batch + "/" + Original.Stan : string.Empty) + "): "
            + string.Join(", ", Seen) + " [STANs " + string.Join(" ", Stans.Take(4).Select(s => s.Batch + "/" + s.Stan))
            + (Stans.Count > 4 ? " … " + Stans.Count + " in all" : string.Empty) + "]";
    }
}
