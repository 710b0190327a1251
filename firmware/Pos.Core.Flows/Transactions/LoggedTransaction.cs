using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>One approved online transaction of the current batch, as kept in the <see cref="TransactionLog"/>.</summary>
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

        /// <summary>True when a void of it was approved.</summary>
        public bool Voided { get; set; }

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
            return t;
        }
    }
}
