namespace Pos.Core.Protocol.Messages
{
    /// <summary>The batch totals of a settlement request (field 48), domestic and foreign cards.</summary>
    public sealed class SettlementTotals
    {
        /// <summary>Length of field 48 in a settlement: 2 × (n12 + n3 + n12 + n3 + n1).</summary>
        public const int Field48Length = 62;

        /// <summary>Offset of the domestic reconciliation code in field 48.</summary>
        public const int DomesticCodeIndex = 30;

        /// <summary>Offset of the foreign reconciliation code in field 48.</summary>
        public const int ForeignCodeIndex = 61;

        /// <summary>Domestic (内卡) debit total in fen.</summary>
        public long DomesticDebitFen { get; set; }

        /// <summary>Domestic debit count (0..999).</summary>
        public int DomesticDebitCount { get; set; }

        /// <summary>Domestic credit (refund/void) total in fen.</summary>
        public long DomesticCreditFen { get; set; }

        /// <summary>Domestic credit count (0..999).</summary>
        public int DomesticCreditCount { get; set; }

        /// <summary>Foreign (外卡) debit total in fen.</summary>
        public long ForeignDebitFen { get; set; }

        /// <summary>Foreign debit count (0..999).</summary>
        public int ForeignDebitCount { get; set; }

        /// <summary>Foreign credit total in fen.</summary>
        public long ForeignCreditFen { get; set; }

        /// <summary>Foreign credit count (0..999).</summary>
        public int ForeignCreditCount { get; set; }

        /// <summary>The 62 digits of field 48; the reconciliation codes are sent as '0'.</summary>
        public string ToField48()
        {
            char[] text = new char[Field48Length];
            Numeric.Write(DomesticDebitFen, 12, text, 0);
            Numeric.Write(DomesticDebitCount, 3, text, 12);
            Numeric.Write(DomesticCreditFen, 12, text, 15);
            Numeric.Write(DomesticCreditCount, 3, text, 27);
            text[DomesticCodeIndex] = '0';
            Numeric.Write(ForeignDebitFen, 12, text, 31);
            Numeric.Write(ForeignDebitCount, 3, text, 43);
            Numeric.Write(ForeignCreditFen, 12, text, 46);
            Numeric.Write(ForeignCreditCount, 3, text, 58);
            text[ForeignCodeIndex] = '0';
            return new string(text);
        }
    }
}
