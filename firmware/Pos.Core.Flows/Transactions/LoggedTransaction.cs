using Pos.Core.Common;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// One transaction of the current batch as a <see cref="TransactionLog"/> keeps it: an approved one in the batch's
    /// log, one that did not go through (declined, never sent, reversed, cleared by hand) in the failed log.
    /// </summary>
    public sealed class LoggedTransaction
    {
        /// <summary>Which transaction.</summary>
        public TransactionType Type { get; set; }

        /// <summary>Its STAN.</summary>
        public int Stan { get; set; }

        /// <summary>Its batch.</summary>
        public int Batch { get; set; }

        /// <summary>Amount in fen.</summary>
        public long AmountFen { get; set; }

        /// <summary>PAN digits (for void and batch upload; shown only masked).</summary>
        public string Pan { get; set; }

        /// <summary>Expiry YYMM, or null.</summary>
        public string ExpiryYymm { get; set; }

        /// <summary>Field 22 as sent.</summary>
        public string EntryMode { get; set; }

        /// <summary>RRN (37) of the approval.</summary>
        public string Rrn { get; set; }

        /// <summary>Auth code (38) of the approval, or null.</summary>
        public string AuthCode { get; set; }

        /// <summary>Local date MMDD of the approval.</summary>
        public string Date { get; set; }

        /// <summary>True when a void of it was approved (<see cref="Status"/> is <see cref="LogStatus.Voided"/>).</summary>
        public bool Voided
        {
            get { return Status == LogStatus.Voided; }
            set { Status = value ? LogStatus.Voided : LogStatus.Approved; }
        }

        /// <summary>Its outcome as stored.</summary>
        public LogStatus Status { get; set; }

        /// <summary>The terminal's UTC time of the outcome, "YYYYMMDDThhmmss" (<see cref="UtcStamps"/>); null in entries written before it was kept.</summary>
        public string Stamp { get; set; }

        /// <summary>The operator signed on (<see cref="Operators"/>); <see cref="Operators.None"/> in entries written before it was kept.</summary>
        public int Operator { get; set; } = Operators.None;

        /// <summary>True for a sale approved offline and delivered later.</summary>
        public bool Offline { get; set; }

        /// <summary>The card's last four digits (kept in clear: the masked PAN shows them too), or null.</summary>
        public string Last4 { get; set; }

        /// <summary>The host's answer that settled it (a decline's code, the reversal's answer) or a local code, or null.</summary>
        public string Code { get; set; }

        /// <summary>A reversed or cleared one: its reversal's reason (98, A0, 96), else null.</summary>
        public string ReversalReason { get; set; }

        /// <summary>A reversed or cleared one: how many times its reversal was sent.</summary>
        public int ReversalAttempts { get; set; }

        /// <summary>For a void or refund: the original's STAN, else 0.</summary>
        public int OriginalStan { get; set; }

        /// <summary>
        /// The entry of a request the host holds: its card, amount and original from <paramref name="request"/>, the
        /// id given (a refund confirmed later keeps its own STAN), the reply's RRN and authorisation code (an offline
        /// sale: none, and its own approval code).
        /// </summary>
        public static LoggedTransaction Of(FinancialRequest request, TransactionType type, int stan, int batch, string rrn, string authCode, string date)
        {
            LoggedTransaction t = new LoggedTransaction();
            t.Type = type;
            t.Stan = stan;
            t.Batch = batch;
            t.AmountFen = request.AmountFen;
            t.Pan = request.Pan;
            t.ExpiryYymm = request.ExpiryYymm;
            t.EntryMode = request.EntryMode;
            t.Rrn = rrn;
            t.AuthCode = authCode;
            t.Date = date;
            t.OriginalStan = request.OriginalStan;
            t.Operator = request.Operator;
            return t;
        }
    }
}
