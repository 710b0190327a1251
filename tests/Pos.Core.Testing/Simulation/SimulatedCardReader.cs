using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>A card reader driven by a scenario or a test: a card presented while reading raises <see cref="CardRead"/>.</summary>
    public sealed class SimulatedCardReader : ICardReader
    {
        /// <inheritdoc />
        public event CardReadHandler CardRead;

        /// <summary>True between StartReading and StopReading.</summary>
        public bool Reading { get; private set; }

        /// <inheritdoc />
        public bool IsPresent => true;

        /// <inheritdoc />
        public void StartReading(bool acceptMagstripe, bool acceptChip, bool acceptContactless)
        {
            Reading = true;
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

            handler(card, error);
            return true;
        }
    }
}
