using Pos.Core.Common;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The text form of the records look-up's screens (<see cref="ScreenText"/>, for logs and scenario scripts): a
    /// record's values one a line, a list row as one word, and the summary's lines. Words, not the catalog's texts.
    /// </summary>
    public static class RecordText
    {
        /// <summary>Lines of a record's text form (RECORD_DETAIL).</summary>
        public const int DetailLines = 10;

        // By value, packed (PackedNames).
        private const string KindNames = "SALE|VOID|REFUND|OFFLINE_SALE";

        private const string StatusNames =
            "APPROVED|VOIDED|REFUNDED|REVERSED|REVERSAL_PENDING|DECLINED|NOT_SENT|STORED_OFFLINE|DELIVERED|FLAGGED|CONFIRMING|UNKNOWN";

        /// <summary>The name of a status (APPROVED, VOIDED, …).</summary>
        public static string StatusName(RecordStatus status)
        {
            string name = PackedNames.At(StatusNames, (int)status);
            return name != null ? name : string.Empty;
        }

        /// <summary>The name of a kind (SALE, VOID, REFUND, OFFLINE_SALE).</summary>
        public static string KindName(RecordKind kind)
        {
            string name = PackedNames.At(KindNames, (int)kind);
            return name != null ? name : string.Empty;
        }

        /// <summary>A list row: "000012:SALE:12.34:VOIDED".</summary>
        public static string Row(TransactionRecord r)
        {
            return ScreenText.Number6(r.Stan) + ":" + KindName(r.Kind) + ":" + ScreenText.Amount(r.AmountFen) + ":" + StatusName(r.Status);
        }

        /// <summary>
        /// Value <paramref name="n"/> of a record: status, kind, amount, masked card, STAN, RRN, UTC time
        /// (YYYYMMDDThhmmss), operator (two digits), reversal (PENDING:rr:n or ACKED:rr:n, n its attempts), refunded amount.
        /// </summary>
        public static string Line(TransactionRecord r, int n)
        {
            switch (n)
            {
                case 0:
                    return StatusName(r.Status);
                case 1:
                    return KindName(r.Kind);
                case 2:
                    return ScreenText.Amount(r.AmountFen);
                case 3:
                    return r.MaskedPan;
                case 4:
                    return ScreenText.Number6(r.Stan);
                case 5:
                    return r.Rrn;
                case 6:
                    return r.HasTime ? UtcStamps.Format(r.UtcTime) : string.Empty;
                case 7:
                    return Operators.Label(r.Operator);
                case 8:
                    return !r.HasReversal ? string.Empty
                        : (r.ReversalAcknowledged ? "ACKED:" : "PENDING:") + r.ReversalReason + ":" + r.ReversalAttempts.ToString();
                case 9:
                    return r.RefundedFen > 0 ? ScreenText.Amount(r.RefundedFen) : string.Empty;
            }

            return string.Empty;
        }

        /// <summary>
        /// Line <paramref name="n"/> of a summary: the day (YYYYMMDD), SALES:n:12.34, VOIDS, REFUNDS, OFFLINE, FAILED:n,
        /// then one line an operator, OPnn:count:net (a negative net with a minus).
        /// </summary>
        public static string SummaryLine(DaySummary s, int n)
        {
            switch (n)
            {
                case 0:
                    return s.Day;
                case 1:
                    return "SALES:" + Totals(s.SaleCount, s.SaleFen);
                case 2:
                    return "VOIDS:" + Totals(s.VoidCount, s.VoidFen);
                case 3:
                    return "REFUNDS:" + Totals(s.RefundCount, s.RefundFen);
                case 4:
                    return "OFFLINE:" + Totals(s.OfflineCount, s.OfflineFen);
                case 5:
                    return "FAILED:" + s.FailedCount.ToString();
            }

            int op = n - 6;
            if (op < 0 || op >= s.OperatorCount)
            {
                return string.Empty;
            }

            long net = s.NetAt(op);
            return "OP" + Operators.Label(s.OperatorAt(op)) + ":" + s.CountAt(op).ToString() + ":" + (net < 0 ? "-" + ScreenText.Amount(-net) : ScreenText.Amount(net));
        }

        private static string Totals(int count, long fen)
        {
            return count.ToString() + ":" + ScreenText.Amount(fen);
        }
    }
}
