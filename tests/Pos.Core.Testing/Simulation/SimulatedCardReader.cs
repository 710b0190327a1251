using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// A card reader driven by a scenario or a test: a card presented while reading raises <see cref="CardRead"/>; one
    /// presented on an interface the terminal did not ask for is reported as <see cref="CardReadError.NotAccepted"/>.
    /// </summary>
    public sealed class SimulatedCardReader : ICardReader
    {
        /// <inheritdoc />
        public event CardReadHandler CardRead;

        /// <summary>True between StartReading and StopReading.</summary>
        public bool Reading { get; private set; }

        /// <inheritdoc />
        public bool IsPresent => true;

        /// <summary>Whether the terminal asked for swipes (manual entry and fallback come through the same slot).</summary>
        public bool AcceptsMagstripe { get; private set; }

        /// <summary>Whether the terminal asked for inserted chip cards.</summary>
        public bool AcceptsChip { get; private set; }

        /// <summary>Whether the terminal asked for taps.</summary>
        public bool AcceptsContactless { get; private set; }

        /// <inheritdoc />
        public void StartReading(bool acceptMagstripe, bool acceptChip, bool acceptContactless)
        {
            Reading = true;
            AcceptsMagstripe = acceptMagstripe;
            AcceptsChip = acceptChip;
            AcceptsContactless = acceptContactless;
        }

        /// <inheritdoc />
        public void StopReading()
        {
            Reading = false;
        }

        /// <summary>Presents a card (or a read error when <paramref name="card"/> is null); false when not reading.</summary>
        public bool Present(CardData card, CardReadError error)
        {
            CardReadHandler handler = CardRead;
            if (!Reading || handler == null)
            {
                return false;
            }

            if (card != null && error == CardReadError.None && !Accepts(card.EntryMode))
            {
                handler(null, CardReadError.NotAccepted);
                return true;
            }

            handler(card, error);
            return true;
        }

        private bool Accepts(EntryMode mode)
        {
            switch (mode)
            {
                case EntryMode.Chip:
                    return AcceptsChip;
                case EntryMode.Contactless:
                    return AcceptsContactless;
                default:
                    return AcceptsMagstripe;
            }
        }
    }
}
