namespace Pos.Core.Receipts
{
    /// <summary>What every slip says of the terminal: the merchant's name and number, the terminal id, and the local time offset.</summary>
    public sealed class SlipTerminal
    {
        /// <summary>Creates the terminal's part of the slips.</summary>
        public SlipTerminal(string merchantName, string merchantId, string terminalId, int utcOffsetMinutes)
        {
            MerchantName = merchantName == null ? string.Empty : merchantName;
            MerchantId = merchantId == null ? string.Empty : merchantId;
            TerminalId = terminalId == null ? string.Empty : terminalId;
            UtcOffsetMinutes = utcOffsetMinutes;
        }

        /// <summary>The merchant's name (the idle screen's), or empty.</summary>
        public string MerchantName { get; set; }

        /// <summary>The merchant number (field 42).</summary>
        public string MerchantId { get; private set; }

        /// <summary>The terminal id (field 41).</summary>
        public string TerminalId { get; private set; }

        /// <summary>Local time minus UTC, in minutes (the status bar's).</summary>
        public int UtcOffsetMinutes { get; private set; }
    }
}
