using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The transaction machine's entries in the audit trail, written after the journal group that commits what they
    /// tell (a refused append changes nothing of the payment). One short line each, under the operator who made the
    /// transaction: what it was ("sale 12.34 #000012 *1234", the voucher number after '#', the card's last four only,
    /// never a PAN, a track, a PIN or a key), then what came of it ("approved auth 123456", "declined 51").
    /// </summary>
    internal sealed class TxnAudit
    {
        // By TransactionType, packed (PackedNames).
        private const string Kinds = "balance|sale|void|refund|offline sale";

        private readonly AuditTrail _trail;
        private readonly IClock _clock;

        public TxnAudit(AuditTrail trail, IClock clock)
        {
            _trail = trail;
            _clock = clock;
        }

        /// <summary>
        /// An approval the log holds now: kind, amount, voucher, card, original, then the authorisation code. Not the
        /// RRN: the trail masks every run of 12 digits (a PAN's length), and the voucher number finds the log's entry.
        /// </summary>
        public void Approved(LoggedTransaction t)
        {
            Write(AuditEvent.Transaction, t.Operator, Describe(t) + " approved" + Tail(" auth ", t.AuthCode));
        }

        /// <summary>A transaction the host declined (<see cref="DeclineAudit"/>, read by the declines check).</summary>
        public void Declined(LoggedTransaction t, string code)
        {
            Write(AuditEvent.Decline, t.Operator, DeclineAudit.Text(Describe(t), code));
        }

        /// <summary>A transaction with another end than approved or declined: "not sent 98", "reversal sent 98", "reversed 00".</summary>
        public void Outcome(LoggedTransaction t, string what, string code)
        {
            Write(AuditEvent.Transaction, t.Operator, Describe(t) + " " + what + Tail(" ", code));
        }

        /// <summary>A settlement's end: settled (its totals, whether the batch was uploaded) or failed with its code.</summary>
        public void Settlement(int operatorNumber, int batch, SettlementTotals totals, bool uploaded, string failedCode)
        {
            string text = "settle batch " + Numeric.Format(batch, 6);
            if (failedCode != null)
            {
                text = text + " failed " + failedCode;
            }
            else
            {
                text = text + " ok";
                if (totals != null)
                {
                    text = text + " debit " + (totals.DomesticDebitCount + totals.ForeignDebitCount).ToString() + " "
                        + ScreenText.Amount(totals.DomesticDebitFen + totals.ForeignDebitFen) + " credit "
                        + (totals.DomesticCreditCount + totals.ForeignCreditCount).ToString() + " "
                        + ScreenText.Amount(totals.DomesticCreditFen + totals.ForeignCreditFen);
                }

                text = text + (uploaded ? " uploaded" : string.Empty);
            }

            Write(AuditEvent.Transaction, operatorNumber, text);
        }

        /// <summary>"sale 12.34 #000012 *1234" (a void adds " of #000011", its original's voucher).</summary>
        public static string Describe(LoggedTransaction t)
        {
            int type = (int)t.Type;
            string last4 = t.Last4 != null ? t.Last4 : TransactionLog.Last4Of(t.Pan);
            string kind = PackedNames.At(Kinds, type);
            return (kind != null ? kind : "[" + type.ToString() + "]") + " " + ScreenText.Amount(t.AmountFen)
                + " #" + ScreenText.Number6(t.Stan) + Tail(" *", last4) + (t.OriginalStan > 0 ? " of #" + ScreenText.Number6(t.OriginalStan) : string.Empty);
        }

        private static string Tail(string label, string value)
        {
            return value == null || value.Length == 0 ? string.Empty : label + value;
        }

        private void Write(AuditEvent kind, int operatorNumber, string text)
        {
            if (_trail != null && _trail.IsOpen)
            {
                // A number the trail cannot hold (a damaged record's) is nobody's: the entry must never throw.
                _trail.Append(_clock.UtcNow.Ticks, operatorNumber < 0 || operatorNumber > Operators.None ? Operators.None : operatorNumber, kind, text);
            }
        }
    }
}
