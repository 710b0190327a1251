namespace Pos.Core.Transactions
{
    /// <summary>
    /// The entry modes a card prompt accepts, as bits (<see cref="ScreenModel.AcceptedModes"/>). The text form is one
    /// letter per bit in this order: C chip, T tap, S swipe ("CTS" all three).
    /// </summary>
    public static class CardModes
    {
        /// <summary>None given (the prompt offers all three).</summary>
        public const int None = 0;

        /// <summary>Magnetic stripe ("S").</summary>
        public const int Swipe = 1;

        /// <summary>Contactless ("T").</summary>
        public const int Tap = 2;

        /// <summary>Contact chip ("C").</summary>
        public const int Chip = 4;

        /// <summary>All three.</summary>
        public const int All = Chip | Tap | Swipe;
    }
}
