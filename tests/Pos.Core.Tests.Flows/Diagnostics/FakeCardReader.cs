using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>A card reader that records start/stop; the test posts the card event itself.</summary>
    public sealed class FakeCardReader : ICardReader
    {
        /// <inheritdoc />
        public event CardReadHandler CardRead;

        /// <inheritdoc />
        public bool IsPresent { get; set; } = true;

        /// <summary>True between StartReading and StopReading.</summary>
        public bool Reading { get; private set; }

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

        /// <summary>Raises <see cref="CardRead"/>.</summary>
        public void Present(CardData card, CardReadError error)
        {
            CardReadHandler h = CardRead;
            if (h != null)
            {
                h(card, error);
            }
        }
    }
}
