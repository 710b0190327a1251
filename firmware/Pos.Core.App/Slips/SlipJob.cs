using Pos.Core.Transactions;

namespace Pos.Core.Slips
{
    /// <summary>
    /// One slip waiting in the <see cref="SlipSpooler"/>: what to print and from which data, kept as data (a log
    /// entry, a copy of the last-transaction record), never as dots: the slip is laid out and rastered row by row
    /// when its turn comes, so a waiting job costs a few hundred bytes, not the 26 KB of its raster.
    /// </summary>
    public sealed class SlipJob
    {
        /// <summary>What it prints.</summary>
        public SlipJobKind Kind { get; set; }

        /// <summary>Copies: 2 for a sale (merchant, then cardholder), 1 otherwise.</summary>
        public int Copies { get; set; } = 1;

        /// <summary>Marked REPRINT.</summary>
        public bool Reprint { get; set; }

        /// <summary>The log entry of a sale, void, refund or offline sale.</summary>
        public LoggedTransaction Entry { get; set; }

        /// <summary>A copy of the last-transaction record of a decline.</summary>
        public LastTransaction Last { get; set; }

        /// <summary>The operator signed on when it happened (<c>Operators</c>).</summary>
        public int Operator { get; set; }

        /// <summary>The voucher no. (STAN) it is about, or -1; for the log.</summary>
        public int Voucher { get; set; } = -1;

        /// <summary>The kind's own data (a settlement record), or null.</summary>
        public object Data { get; set; }

        /// <summary>A copy of <paramref name="last"/> that later transactions cannot change.</summary>
        public static LastTransaction Snapshot(LastTransaction last)
        {
            LastTransaction t = new LastTransaction();
            t.Flow = last.Flow;
            t.Outcome = last.Outcome;
            t.Stan = last.Stan;
            t.Batch = last.Batch;
            t.AmountFen = last.AmountFen;
            t.Pan = last.Pan;
            t.Rrn = last.Rrn;
            t.AuthCode = last.AuthCode;
            t.Stamp = last.Stamp;
            t.Code = last.Code;
            t.Entry = last.Entry;
            t.Acknowledged = last.Acknowledged;
            return t;
        }
    }
}
