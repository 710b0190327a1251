namespace Pos.Core.Protocol.Messages
{
    /// <summary>What every request carries from the terminal's parameters: addresses, header, ids, currency.</summary>
    public sealed class TerminalSettings
    {
        /// <summary>Creates settings with the CUPS defaults (TPDU 60 0003 0000, header 60 31 00 000000, currency 156).</summary>
        public TerminalSettings(string terminalId, string merchantId)
        {
            TerminalId = terminalId;
            MerchantId = merchantId;
            TpduDestination = 3;
            TpduSource = 0;
            ApplicationType = 60;
            Version = 31;
            CurrencyCode = "156";
            OperatorCode = "01 ";
        }

        /// <summary>Field 41, 8 characters.</summary>
        public string TerminalId { get; set; }

        /// <summary>Field 42, 15 characters.</summary>
        public string MerchantId { get; set; }

        /// <summary>TPDU destination address (0..9999).</summary>
        public int TpduDestination { get; set; }

        /// <summary>TPDU source address (0..9999).</summary>
        public int TpduSource { get; set; }

        /// <summary>Header application type (60 magstripe, 61 IC).</summary>
        public int ApplicationType { get; set; }

        /// <summary>Header software version (31).</summary>
        public int Version { get; set; }

        /// <summary>Header terminal status digit.</summary>
        public int TerminalStatus { get; set; }

        /// <summary>Header software sub-version (0..999999).</summary>
        public int SubVersion { get; set; }

        /// <summary>Field 49 ("156" = CNY).</summary>
        public string CurrencyCode { get; set; }

        /// <summary>Field 63 of sign-in and settlement: operator code, e.g. "01 ".</summary>
        public string OperatorCode { get; set; }
    }
}
