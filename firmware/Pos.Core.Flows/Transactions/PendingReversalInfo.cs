using Pos.Core.Protocol;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The pending reversal as the technician sees it before clearing it by hand: which sale (STAN, batch, amount,
    /// masked card), why it is pending and how often it was tried. The card is masked here; the full PAN never leaves
    /// the journal's payload.
    /// </summary>
    public sealed class PendingReversalInfo
    {
        /// <summary>Creates the view.</summary>
        public PendingReversalInfo(int stan, int batch, long amountFen, string maskedPan, string reason, int attempts, long createdUtcTicks)
        {
            Stan = stan;
            Batch = batch;
            AmountFen = amountFen;
            MaskedPan = maskedPan == null ? "" : maskedPan;
            Reason = reason == null ? "" : reason;
            Attempts = attempts;
            CreatedUtcTicks = createdUtcTicks;
        }

        /// <summary>STAN of the reversed sale.</summary>
        public int Stan { get; }

        /// <summary>Its batch.</summary>
        public int Batch { get; }

        /// <summary>Its amount in fen, or -1 when the stored request could not be read.</summary>
        public long AmountFen { get; }

        /// <summary>Its card, masked (first 6, last 4), or empty when unreadable.</summary>
        public string MaskedPan { get; }

        /// <summary>The reversal reason (98 timeout, A0 bad MAC, 96 local failure, 06).</summary>
        public string Reason { get; }

        /// <summary>Attempts made so far.</summary>
        public int Attempts { get; }

        /// <summary>When the reversal was persisted (UTC ticks).</summary>
        public long CreatedUtcTicks { get; }

        /// <summary>One line for the audit and serial logs: "STAN 000041 batch 000001 amount 1.00 card 622202******7890 reason 98 attempts 3".</summary>
        public string Describe()
        {
            return "STAN " + Numeric.Format(Stan, 6) + " batch " + Numeric.Format(Batch, 6) + " amount "
                + (AmountFen < 0 ? "?" : ScreenText.Amount(AmountFen)) + " card " + (MaskedPan.Length == 0 ? "?" : MaskedPan)
                + " reason " + Reason + " attempts " + Attempts.ToString();
        }
    }
}
