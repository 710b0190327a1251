namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// The data of one financial request (and of its reversal): plain values a journal can persist. Null strings
    /// and arrays mean "not sent". Holds card data: never log it.
    /// </summary>
    public sealed class FinancialRequest
    {
        /// <summary>Which transaction.</summary>
        public TransactionType Type { get; set; }

        /// <summary>Amount in fen (ignored for balance inquiry).</summary>
        public long AmountFen { get; set; }

        /// <summary>STAN (field 11), 0..999999.</summary>
        public int Stan { get; set; }

        /// <summary>Current batch number (60.2), 0..999999.</summary>
        public int Batch { get; set; }

        /// <summary>Field 2 PAN digits, or null.</summary>
        public string Pan { get; set; }

        /// <summary>Field 14 expiry YYMM, or null.</summary>
        public string ExpiryYymm { get; set; }

        /// <summary>Field 22: three digits, e.g. "021" (stripe, PIN) or "051" (chip, PIN).</summary>
        public string EntryMode { get; set; }

        /// <summary>Field 23 card sequence number (3 digits), or null.</summary>
        public string CardSequenceNumber { get; set; }

        /// <summary>Field 35 track 2 with '=' separator, or null.</summary>
        public string Track2 { get; set; }

        /// <summary>Field 36 track 3, or null.</summary>
        public string Track3 { get; set; }

        /// <summary>Field 52: 8 ready bytes from the security layer, or null (then 26 and 53 are not sent either).</summary>
        public byte[] PinBlock { get; set; }

        /// <summary>Field 53 when a PIN block is sent; defaults to "2600000000000000" (format 0 with PAN, double-length).</summary>
        public string SecurityControl { get; set; } = "2600000000000000";

        /// <summary>Field 55 ICC TLV data, or null.</summary>
        public byte[] IccData { get; set; }

        /// <summary>Offline advice: field 12 local time hhmmss of the offline sale, or null.</summary>
        public string LocalTime { get; set; }

        /// <summary>Offline advice: field 13 local date MMDD of the offline sale, or null.</summary>
        public string LocalDate { get; set; }

        /// <summary>Void/refund: field 37 RRN of the original.</summary>
        public string OriginalRrn { get; set; }

        /// <summary>Void/offline advice: field 38 authorisation code of the original, or null.</summary>
        public string OriginalAuthCode { get; set; }

        /// <summary>Void/refund: batch of the original (61.1).</summary>
        public int OriginalBatch { get; set; }

        /// <summary>Void/refund: STAN of the original (61.2).</summary>
        public int OriginalStan { get; set; }

        /// <summary>Refund: date MMDD of the original (61.3), or null for "0000".</summary>
        public string OriginalDate { get; set; }

        /// <summary>
        /// The operator signed on when it was taken (<see cref="Pos.Core.Common.Operators"/>): never sent, kept with the
        /// stored request so the terminal's records name the cashier of an offline sale or a reversed one.
        /// </summary>
        public int Operator { get; set; } = Pos.Core.Common.Operators.None;
    }
}
