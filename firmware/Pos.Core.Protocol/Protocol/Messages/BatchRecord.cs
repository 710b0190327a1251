namespace Pos.Core.Protocol.Messages
{
    /// <summary>One 40-character record of a batch upload (field 48): card org n2, STAN n6, PAN right-aligned in 20, amount n12.</summary>
    public sealed class BatchRecord
    {
        /// <summary>Length of one record.</summary>
        public const int Length = 40;

        /// <summary>Creates a record.</summary>
        public BatchRecord(bool foreignCard, int stan, string pan, long amountFen)
        {
            ForeignCard = foreignCard;
            Stan = stan;
            Pan = pan;
            AmountFen = amountFen;
        }

        /// <summary>False: "00" (CUP card); true: "01" (foreign card).</summary>
        public bool ForeignCard { get; }

        /// <summary>STAN of the transaction.</summary>
        public int Stan { get; }

        /// <summary>PAN digits (up to 20).</summary>
        public string Pan { get; }

        /// <summary>Amount in fen.</summary>
        public long AmountFen { get; }

        /// <summary>Writes the 40 characters at <paramref name="offset"/>; the PAN is zero-padded on the left.</summary>
        public void Write(char[] target, int offset)
        {
            if (Pan == null || Pan.Length > 20 || !Numeric.IsDigits(Pan))
            {
                throw new System.ArgumentException("PAN", nameof(Pan));
            }

            target[offset] = '0';
            target[offset + 1] = ForeignCard ? '1' : '0';
            Numeric.Write(Stan, 6, target, offset + 2);
            int pad = 20 - Pan.Length;
            for (int i = 0; i < 20; i++)
            {
                target[offset + 8 + i] = i < pad ? '0' : Pan[i - pad];
            }

            Numeric.Write(AmountFen, 12, target, offset + 28);
        }
    }
}
