using Pos.Hal;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// <see cref="ICardReader"/> for the PC. The core enables reading for the interfaces a step accepts; a card
    /// presented on another interface while the reader waits is not read but reported as
    /// <see cref="CardReadError.NotAccepted"/> (as on the device), and one presented while it does not wait is ignored:
    /// <see cref="Present"/> says so.
    /// </summary>
    public sealed class EmulatedCardReader : ICardReader
    {
        private readonly object _gate = new();
        private bool _magstripe;
        private bool _chip;
        private bool _contactless;

        /// <inheritdoc />
        public event CardReadHandler? CardRead;

        /// <inheritdoc />
        public bool IsPresent { get; set; } = true;

        /// <summary>True while the core waits for a card on at least one interface.</summary>
        public bool IsReading
        {
            get
            {
                lock (_gate)
                {
                    return _magstripe || _chip || _contactless;
                }
            }
        }

        /// <inheritdoc />
        public void StartReading(bool acceptMagstripe, bool acceptChip, bool acceptContactless)
        {
            lock (_gate)
            {
                _magstripe = acceptMagstripe;
                _chip = acceptChip;
                _contactless = acceptContactless;
            }
        }

        /// <inheritdoc />
        public void StopReading() => StartReading(false, false, false);

        /// <summary>Whether a card read with <paramref name="mode"/> would be taken now.</summary>
        public bool Accepts(EntryMode mode)
        {
            lock (_gate)
            {
                return mode switch
                {
                    EntryMode.Magstripe or EntryMode.Fallback => _magstripe,
                    EntryMode.Chip => _chip,
                    EntryMode.Contactless => _contactless,
                    EntryMode.Manual => _magstripe || _chip || _contactless,
                    _ => false,
                };
            }
        }

        /// <summary>
        /// Presents a card; true when the reader was waiting and raised the read (<see cref="CardReadError.NotAccepted"/>
        /// when it waits on other interfaces).
        /// </summary>
        public bool Present(CardData card)
        {
            ArgumentNullException.ThrowIfNull(card);
            if (!IsPresent || !IsReading)
            {
                return false;
            }

            if (!Accepts(card.EntryMode))
            {
                CardRead?.Invoke(null!, CardReadError.NotAccepted);
                return true;
            }

            CardRead?.Invoke(card, CardReadError.None);
            return true;
        }

        /// <summary>A failed read (bad track, chip error…); true when the reader was waiting.</summary>
        public bool Fail(CardReadError error)
        {
            if (!IsPresent || !IsReading)
            {
                return false;
            }

            CardRead?.Invoke(null!, error);
            return true;
        }
    }
}
