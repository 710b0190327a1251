namespace Pos.Hal
{
    /// <summary>
    /// What a card reader module yields for one card. Holds the PAN in clear: never log or display it;
    /// use the core's PAN masking for anything a person or a log sees.
    /// </summary>
    public sealed class CardData
    {
        /// <summary>Creates card data.</summary>
        public CardData(string pan, string expiryYymm, string serviceCode, string track2, EntryMode entryMode, byte[] iccData, string cardSequenceNumber)
        {
            Pan = pan;
            ExpiryYymm = expiryYymm;
            ServiceCode = serviceCode;
            Track2 = track2;
            EntryMode = entryMode;
            IccData = iccData;
            CardSequenceNumber = cardSequenceNumber;
        }

        /// <summary>Primary account number, digits only.</summary>
        public string Pan { get; }

        /// <summary>Expiry date as YYMM, or empty.</summary>
        public string ExpiryYymm { get; }

        /// <summary>Three-digit service code from track 2, or empty.</summary>
        public string ServiceCode { get; }

        /// <summary>Track 2 equivalent data with '=' as separator, or empty.</summary>
        public string Track2 { get; }

        /// <summary>How the card was read.</summary>
        public EntryMode EntryMode { get; }

        /// <summary>Chip data for field 55 (TLV), or null for magstripe and manual entry.</summary>
        public byte[] IccData { get; }

        /// <summary>Card sequence number (field 23), or empty.</summary>
        public string CardSequenceNumber { get; }
    }
}
