namespace Pos.Hal
{
    /// <summary>Why a card read failed. The core maps each value to a localized message.</summary>
    public enum CardReadError
    {
        None = 0,
        /// <summary>Track data unreadable (parity, LRC, no start or end sentinel).</summary>
        BadTrackData = 1,
        /// <summary>The chip did not answer to reset or the read was interrupted.</summary>
        ChipFailure = 2,
        /// <summary>More than one contactless card in the field.</summary>
        MultipleCards = 3,
        /// <summary>The reader module did not answer.</summary>
        ReaderNotResponding = 4,
        /// <summary>The card was removed before the read finished.</summary>
        CardRemoved = 5,
        /// <summary>
        /// A card was presented on an interface the current step does not accept (the terminal told the reader which
        /// it takes): not read, reported so the cashier learns which way to present it.
        /// </summary>
        NotAccepted = 6,
    }
}
