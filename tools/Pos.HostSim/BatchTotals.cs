using System.Globalization;

namespace Pos.HostSim
{
    /// <summary>The totals of one batch as field 48 of a settlement carries them: debits and credits, domestic and foreign.</summary>
    public sealed record BatchTotals(long DomesticDebitFen, int DomesticDebitCount, long DomesticCreditFen, int DomesticCreditCount,
        long ForeignDebitFen, int ForeignDebitCount, long ForeignCreditFen, int ForeignCreditCount)
    {
        /// <summary>All zero.</summary>
        public static BatchTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

        /// <summary>True when the domestic group equals <paramref name="other"/>'s.</summary>
        public bool DomesticEquals(BatchTotals other) => DomesticDebitFen == other.DomesticDebitFen && DomesticDebitCount == other.DomesticDebitCount &&
            DomesticCreditFen == other.DomesticCreditFen && DomesticCreditCount == other.DomesticCreditCount;

        /// <summary>True when the foreign group equals <paramref name="other"/>'s.</summary>
        public bool ForeignEquals(BatchTotals other) => ForeignDebitFen == other.ForeignDebitFen && ForeignDebitCount == other.ForeignDebitCount &&
            ForeignCreditFen == other.ForeignCreditFen && ForeignCreditCount == other.ForeignCreditCount;

        /// <summary>Parses the 62 digits of a settlement's field 48 (reconciliation codes ignored); null when malformed.</summary>
        public static BatchTotals? FromField48(string? text)
        {
            if (text == null || text.Length != 62 || !text.All(char.IsAsciiDigit))
            {
                return null;
            }

            long N(int at, int width) => long.Parse(text.AsSpan(at, width), NumberStyles.None, CultureInfo.InvariantCulture);
            return new BatchTotals(N(0, 12), (int)N(12, 3), N(15, 12), (int)N(27, 3), N(31, 12), (int)N(43, 3), N(46, 12), (int)N(58, 3));
        }

        /// <summary>Field 48 of a settlement reply: these totals with the two reconciliation codes.</summary>
        public string ToField48(char domesticCode, char foreignCode)
        {
            string D(long v, int w) => v.ToString("D" + w.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return D(DomesticDebitFen, 12) + D(DomesticDebitCount, 3) + D(DomesticCreditFen, 12) + D(DomesticCreditCount, 3) + domesticCode +
                D(ForeignDebitFen, 12) + D(ForeignDebitCount, 3) + D(ForeignCreditFen, 12) + D(ForeignCreditCount, 3) + foreignCode;
        }

        /// <inheritdoc />
        public override string ToString() =>
            "domestic debit " + DomesticDebitFen + "/" + DomesticDebitCount + " credit " + DomesticCreditFen + "/" + DomesticCreditCount +
            ", foreign debit " + ForeignDebitFen + "/" + ForeignDebitCount + " credit " + ForeignCreditFen + "/" + ForeignCreditCount;
    }
}
