using System;
using Pos.Core.Common;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// One transaction of the open batch as the records look-up tells it to the cashier: what it was, how much, the
    /// card (masked only), when, who, what it came to, and its reversal's facts. Filled by an <see cref="IRecordBook"/>
    /// from the books; reused (<see cref="Clear"/>).
    /// </summary>
    public sealed class TransactionRecord
    {
        /// <summary>Creates an empty record.</summary>
        public TransactionRecord()
        {
            Clear();
        }

        /// <summary>What it was.</summary>
        public RecordKind Kind { get; set; }

        /// <summary>What it came to.</summary>
        public RecordStatus Status { get; set; }

        /// <summary>The voucher number (STAN).</summary>
        public int Stan { get; set; }

        /// <summary>Its batch.</summary>
        public int Batch { get; set; }

        /// <summary>Amount in fen.</summary>
        public long AmountFen { get; set; }

        /// <summary>The card, masked (first six and last four digits), or empty.</summary>
        public string MaskedPan { get; set; }

        /// <summary>The card's last four digits, or empty.</summary>
        public string Last4 { get; set; }

        /// <summary>The terminal's UTC time of it; meaningful when <see cref="HasTime"/>.</summary>
        public DateTime UtcTime { get; set; }

        /// <summary>True when its time is known (an entry written before the look-up has its local date only).</summary>
        public bool HasTime { get; set; }

        /// <summary>Its local date MMDD, or empty.</summary>
        public string LocalDate { get; set; }

        /// <summary>The operator (<see cref="Operators"/>).</summary>
        public int Operator { get; set; }

        /// <summary>The host's reference number (field 37), or empty.</summary>
        public string Rrn { get; set; }

        /// <summary>The approval's auth code, or empty.</summary>
        public string AuthCode { get; set; }

        /// <summary>A decline's code, a reversal's answer, a local code or a flagged sale's code, or empty.</summary>
        public string Code { get; set; }

        /// <summary>A void's or refund's original STAN, else 0.</summary>
        public int OriginalStan { get; set; }

        /// <summary>A sale: the refunds of it in this batch, in fen (0 none).</summary>
        public long RefundedFen { get; set; }

        /// <summary>Its reversal's reason (98, A0, 96), or empty when none was ever kept.</summary>
        public string ReversalReason { get; set; }

        /// <summary>How many times its reversal was sent.</summary>
        public int ReversalAttempts { get; set; }

        /// <summary>True once the host acknowledged its reversal.</summary>
        public bool ReversalAcknowledged { get; set; }

        /// <summary>True when a reversal was kept for it (sent or still to send).</summary>
        public bool HasReversal => ReversalReason.Length > 0;

        /// <summary>Every value back to none.</summary>
        public void Clear()
        {
            Kind = RecordKind.Sale;
            Status = RecordStatus.Unknown;
            Stan = 0;
            Batch = 0;
            AmountFen = 0;
            MaskedPan = string.Empty;
            Last4 = string.Empty;
            HasTime = false;
            LocalDate = string.Empty;
            Operator = Operators.None;
            Rrn = string.Empty;
            AuthCode = string.Empty;
            Code = string.Empty;
            OriginalStan = 0;
            RefundedFen = 0;
            ReversalReason = string.Empty;
            ReversalAttempts = 0;
            ReversalAcknowledged = false;
        }
    }
}
