using Pos.Core.Common;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the settlement report prints, captured when the host settled a batch: the batch, the time and operator,
    /// the batch log's counts and amounts by kind (<see cref="SettlementKind"/>), the totals sent in the 0500 and the
    /// 0510's reconciliation code per card group, and whether the batch was uploaded (0320) because they did not agree.
    /// The settlement clears the batch's log, so the record is written in the same journal group that opens the next
    /// batch (journal setting <see cref="SettingKey"/>): after any power cut the batch is either still open or settled
    /// with its record, which can be printed again until the next settlement replaces it. No card data.
    /// </summary>
    public sealed class SettlementSummary
    {
        /// <summary>The journal setting that holds it.</summary>
        public const string SettingKey = "last.settle";

        /// <summary>The code of field 48 for a balanced group.</summary>
        public const char BalancedCode = '1';

        /// <summary>The code of field 48 for a group that is not balanced.</summary>
        public const char UnbalancedCode = '2';

        // batch, operator, count and fen per kind, the eight 0500 totals, uploaded; then the two codes and the stamp.
        private const int Numbers = 2 + (2 * SettlementKindCount) + 8 + 1;
        private const int FieldCount = Numbers + 3;
        private const int SettlementKindCount = 4;

        private readonly int[] _counts = new int[SettlementKindCount];
        private readonly long[] _fen = new long[SettlementKindCount];

        /// <summary>The batch settled.</summary>
        public int Batch { get; set; }

        /// <summary>The terminal's UTC time of the settlement, "YYYYMMDDThhmmss" (<see cref="UtcStamps"/>).</summary>
        public string Stamp { get; set; }

        /// <summary>The operator who settled (<see cref="Operators"/>).</summary>
        public int Operator { get; set; } = Operators.None;

        /// <summary>The totals sent in the 0500 (field 48).</summary>
        public SettlementTotals Totals { get; } = new SettlementTotals();

        /// <summary>The 0510's domestic-card code ('1' balanced, '2' not), or '\0' when unknown.</summary>
        public char DomesticCode { get; set; }

        /// <summary>The 0510's foreign-card code, or '\0'.</summary>
        public char ForeignCode { get; set; }

        /// <summary>True when the totals did not agree and the batch was uploaded (0320) before the host settled it.</summary>
        public bool Uploaded { get; set; }

        /// <summary>How many entries of <paramref name="kind"/> the batch's log held.</summary>
        public int CountOf(SettlementKind kind)
        {
            return _counts[(int)kind];
        }

        /// <summary>Their amount in fen.</summary>
        public long FenOf(SettlementKind kind)
        {
            return _fen[(int)kind];
        }

        /// <summary>Sales and offline sales less voids and refunds, fen (the 0500's debits less credits).</summary>
        public long NetFen => _fen[0] + _fen[3] - _fen[1] - _fen[2];

        /// <summary>
        /// Counts one entry of the batch's log as the day summary does: a voided sale still counts as a sale (its void
        /// counts under voids), a delivered offline sale under offline sales.
        /// </summary>
        public void Count(LoggedTransaction t)
        {
            SettlementKind kind = t.Type == TransactionType.Void ? SettlementKind.Void : t.Type == TransactionType.Refund ? SettlementKind.Refund
                : t.Offline || t.Type == TransactionType.OfflineAdvice ? SettlementKind.Offline : SettlementKind.Sale;
            _counts[(int)kind]++;
            _fen[(int)kind] += t.AmountFen;
        }

        /// <summary>
        /// The record of a settlement: the 0500's totals and the 0510's codes; the log's entries are counted into it
        /// one at a time (<see cref="Count"/>, <see cref="TransactionLog.CountInto"/>).
        /// </summary>
        public static SettlementSummary Of(SettlementTotals sent, SettlementReply reply, int batch, int op, string stamp, bool uploaded)
        {
            SettlementSummary r = new SettlementSummary();
            r.Batch = batch;
            r.Operator = op;
            r.Stamp = stamp;
            r.Uploaded = uploaded;
            r.DomesticCode = reply.DomesticCode;
            r.ForeignCode = reply.ForeignCode;
            Copy(sent, r.Totals);
            return r;
        }

        /// <summary>The journal text.</summary>
        public string Encode()
        {
            long[] n = new long[Numbers];
            n[0] = Batch;
            n[1] = Operator;
            for (int k = 0; k < SettlementKindCount; k++)
            {
                n[2 + (2 * k)] = _counts[k];
                n[3 + (2 * k)] = _fen[k];
            }

            SettlementTotals t = Totals;
            n[10] = t.DomesticDebitCount;
            n[11] = t.DomesticDebitFen;
            n[12] = t.DomesticCreditCount;
            n[13] = t.DomesticCreditFen;
            n[14] = t.ForeignDebitCount;
            n[15] = t.ForeignDebitFen;
            n[16] = t.ForeignCreditCount;
            n[17] = t.ForeignCreditFen;
            n[18] = Uploaded ? 1 : 0;
            string[] v = new string[FieldCount];
            for (int i = 0; i < Numbers; i++)
            {
                v[i] = n[i].ToString();
            }

            v[Numbers] = CodeText(DomesticCode);
            v[Numbers + 1] = CodeText(ForeignCode);
            v[Numbers + 2] = Stamp;
            return FieldList.Encode(v);
        }

        /// <summary>Reads the journal text; null when absent or unreadable (no report to print).</summary>
        public static SettlementSummary Decode(string text)
        {
            string[] v = text == null ? null : FieldList.Decode(text, FieldCount);
            if (v == null)
            {
                return null;
            }

            long[] n = new long[Numbers];
            for (int i = 0; i < Numbers; i++)
            {
                n[i] = FieldList.ParseNumber(v[i]);
                if (n[i] < 0 || (n[i] > int.MaxValue && (i < 2 || (i % 2) == 0)))
                {
                    return null; // a count, batch or operator out of range, or not a number
                }
            }

            SettlementSummary r = new SettlementSummary();
            r.Batch = (int)n[0];
            r.Operator = (int)n[1];
            for (int k = 0; k < SettlementKindCount; k++)
            {
                r._counts[k] = (int)n[2 + (2 * k)];
                r._fen[k] = n[3 + (2 * k)];
            }

            SettlementTotals t = r.Totals;
            t.DomesticDebitCount = (int)n[10];
            t.DomesticDebitFen = n[11];
            t.DomesticCreditCount = (int)n[12];
            t.DomesticCreditFen = n[13];
            t.ForeignDebitCount = (int)n[14];
            t.ForeignDebitFen = n[15];
            t.ForeignCreditCount = (int)n[16];
            t.ForeignCreditFen = n[17];
            r.Uploaded = n[18] == 1;
            r.DomesticCode = CodeOf(v[Numbers]);
            r.ForeignCode = CodeOf(v[Numbers + 1]);
            r.Stamp = FieldList.NullIfEmpty(v[Numbers + 2]);
            return r;
        }

        private static void Copy(SettlementTotals from, SettlementTotals to)
        {
            to.DomesticDebitCount = from.DomesticDebitCount;
            to.DomesticDebitFen = from.DomesticDebitFen;
            to.DomesticCreditCount = from.DomesticCreditCount;
            to.DomesticCreditFen = from.DomesticCreditFen;
            to.ForeignDebitCount = from.ForeignDebitCount;
            to.ForeignDebitFen = from.ForeignDebitFen;
            to.ForeignCreditCount = from.ForeignCreditCount;
            to.ForeignCreditFen = from.ForeignCreditFen;
        }

        private static string CodeText(char code)
        {
            return code >= '0' && code <= '9' ? new string(code, 1) : null;
        }

        private static char CodeOf(string text)
        {
            return text.Length == 1 && text[0] >= '0' && text[0] <= '9' ? text[0] : '\0';
        }
    }
}
