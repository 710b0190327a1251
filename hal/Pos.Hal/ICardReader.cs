namespace Pos.Hal
{
    /// <summary>
    /// The card reader seam: one interface for magstripe, chip and contactless modules. No EMV kernel here:
    /// a chip module hands over the field-55 data it collected.
    /// </summary>
    public interface ICardReader
    {
        /// <summary>Raised once per card presented while reading is enabled.</summary>
        event CardReadHandler CardRead;

        /// <summary>
        /// Starts waiting for a card on the interfaces the current step accepts. A card presented on an interface the
        /// reader can sense but was not told to accept is not read: it is reported as <see cref="CardReadError.NotAccepted"/>.
        /// </summary>
        /// <param name="acceptMagstripe">Accept a swipe.</param>
        /// <param name="acceptChip">Accept an inserted chip card.</param>
        /// <param name="acceptContactless">Accept a tap.</param>
        void StartReading(bool acceptMagstripe, bool acceptChip, bool acceptContactless);

        /// <summary>Stops waiting for a card; no further <see cref="CardRead"/> until the next start.</summary>
        void StopReading();

        /// <summary>True when the module answered its last health probe.</summary>
        bool IsPresent { get; }
    }
}
