using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Every screen the transaction machine shows, one method each, over the one reused <see cref="ScreenModel"/>: the
    /// only place in the machine that knows which line of a screen carries what (the layouts in Pos.Core.Ui read the
    /// same positions). Amounts arrive in fen, cards as full PANs (masked here), times as UTC stamps.
    /// </summary>
    internal sealed class TxnScreens
    {
        private readonly ScreenModel _model;

        public TxnScreens(ScreenModel model)
        {
            _model = model;
        }

        /// <summary>The model the renderer, tests and scenarios read.</summary>
        public ScreenModel Model => _model;

        /// <summary>Shows another screen with empty lines (the state table's entry screen).</summary>
        public void Clear(string id)
        {
            _model.Clear(id);
        }

        /// <summary>Fen as "12.34".</summary>
        public static string FormatAmount(long fen)
        {
            long yuan = fen / 100;
            long cents = fen % 100;
            return yuan.ToString() + "." + (cents < 10 ? "0" : string.Empty) + cents.ToString();
        }

        /// <summary>The title word of a flow.</summary>
        public static string FlowName(TxnFlow flow)
        {
            switch (flow)
            {
                case TxnFlow.Purchase:
                    return "PURCHASE";
                case TxnFlow.Void:
                    return "VOID";
                case TxnFlow.Refund:
                    return "REFUND";
                case TxnFlow.Balance:
                    return "BALANCE";
                case TxnFlow.Settlement:
                    return "SETTLEMENT";
                case TxnFlow.SignIn:
                    return "SIGN_IN";
                case TxnFlow.ReversalOnly:
                    return "REVERSAL";
            }

            return string.Empty;
        }

        /// <summary>A result screen with up to four lines (the rest empty).</summary>
        public void Result(string id, string l0, string l1, string l2, string l3)
        {
            _model.Clear(id);
            _model.Set(0, l0);
            _model.Set(1, l1);
            _model.Set(2, l2);
            _model.Set(3, l3);
        }

        /// <summary>A result screen that shows one code.</summary>
        public void Code(string id, string code)
        {
            Result(id, code, null, null, null);
        }

        /// <summary>The idle screen: link, queued advices, pending reversal, sign-in and storage notes.</summary>
        public void Idle(bool online, int queued, PendingReversal reversal, bool signedIn, bool storageNew)
        {
            _model.Clear(ScreenIds.Idle);
            _model.Set(0, online ? "ONLINE" : "OFFLINE");
            _model.Set(1, queued.ToString());
            _model.Set(2, reversal == null ? string.Empty : "REVERSAL:" + reversal.Reason);
            _model.Set(3, signedIn ? string.Empty : "NOT_SIGNED_IN");
            _model.Set(4, storageNew ? "STORAGE_NEW" : string.Empty);
        }

        /// <summary>Amount entry: the flow's title and the amount typed so far.</summary>
        public void AmountEntry(TxnFlow flow, long amountFen)
        {
            _model.Set(0, FlowName(flow));
            Amount(amountFen);
        }

        /// <summary>The amount typed so far (the error line cleared).</summary>
        public void Amount(long amountFen)
        {
            _model.Set(1, FormatAmount(amountFen));
            _model.Set(2, string.Empty);
        }

        /// <summary>The original STAN entry's title.</summary>
        public void OriginalStanEntry(TxnFlow flow)
        {
            _model.Set(0, FlowName(flow));
        }

        /// <summary>The STAN typed so far (the error line cleared).</summary>
        public void OriginalStan(string digits)
        {
            _model.Set(1, digits);
            _model.Set(2, string.Empty);
        }

        /// <summary>The entry's error token (LIMIT, NOT_FOUND, VOIDED, a card read code).</summary>
        public void EntryError(string token)
        {
            _model.Set(2, token);
        }

        /// <summary>The void's confirmation: the original's amount, card and STAN.</summary>
        public void VoidConfirm(LoggedTransaction original)
        {
            _model.Set(0, FormatAmount(original.AmountFen));
            _model.Set(1, PanMask.Mask(original.Pan));
            _model.Set(2, Numeric.Format(original.Stan, 6));
        }

        /// <summary>The card prompt: title, amount (none for a balance inquiry) and the entry modes offered.</summary>
        public void PresentCard(TxnFlow flow, long amountFen, string modes)
        {
            _model.Set(0, FlowName(flow));
            _model.Set(1, flow == TxnFlow.Balance ? string.Empty : FormatAmount(amountFen));
            Modes(modes);
        }

        /// <summary>The entry modes the card prompt offers.</summary>
        public void Modes(string modes)
        {
            _model.Set(3, modes);
        }

        /// <summary>The PIN prompt: amount (none for a balance inquiry), masked card, retry and optional notes.</summary>
        public void PinEntry(TxnFlow flow, long amountFen, string pan, bool retry, bool optional)
        {
            _model.Set(0, flow == TxnFlow.Balance ? string.Empty : FormatAmount(amountFen));
            _model.Set(1, PanMask.Mask(pan));
            _model.Set(3, retry ? "RETRY" : string.Empty);
            _model.Set(4, optional ? "OPTIONAL" : string.Empty);
        }

        /// <summary>One star per PIN digit typed; <paramref name="clearNote"/> also clears the note line.</summary>
        public void PinDigits(int count, bool clearNote)
        {
            _model.Set(2, new string('*', count));
            if (clearNote)
            {
                _model.Set(3, string.Empty);
            }
        }

        /// <summary>The PIN's length is outside the rule.</summary>
        public void PinLength()
        {
            _model.Set(3, "LENGTH");
        }

        /// <summary>The processing screen's title.</summary>
        public void Processing(TxnFlow flow)
        {
            _model.Set(0, FlowName(flow));
        }

        /// <summary>The reversal's reason and attempt number.</summary>
        public void Reversing(string reason, int attempt)
        {
            _model.Set(0, reason);
            if (attempt > 0)
            {
                _model.Set(1, attempt.ToString());
            }
        }

        /// <summary>The batch upload's progress.</summary>
        public void Uploading(int sent, int total)
        {
            _model.Set(0, sent.ToString());
            _model.Set(1, total.ToString());
        }

        /// <summary>The duplicate warning: this sale's amount and card, and the earlier sale that matched.</summary>
        public void Duplicate(long amountFen, string pan, int stan, string stamp, bool offline, long ageMinutes)
        {
            _model.Set(0, FormatAmount(amountFen));
            _model.Set(1, PanMask.Mask(pan));
            _model.Set(2, Numeric.Format(stan, 6));
            _model.Set(3, stamp);
            _model.Set(4, offline ? "OFFLINE_APPROVED" : "APPROVED");
            _model.Set(5, ageMinutes.ToString());
        }

        /// <summary>The blocking reversal's reason and attempts.</summary>
        public void ReversalBlocked(PendingReversal reversal)
        {
            if (reversal != null)
            {
                _model.Set(0, reversal.Reason);
                _model.Set(1, reversal.Attempts.ToString());
            }
        }

        /// <summary>An online approval.</summary>
        public void Approved(TxnFlow flow, long amountFen, string pan, string authCode, int stan, string rrn, string stamp, string entry)
        {
            Result(ScreenIds.Approved, FormatAmount(amountFen), PanMask.Mask(pan), authCode, Numeric.Format(stan, 6));
            _model.Set(4, FlowName(flow));
            _model.Set(5, rrn);
            _model.Set(6, stamp);
            _model.Set(7, entry);
        }

        /// <summary>An offline approval (the advice is queued).</summary>
        public void OfflineApproved(long amountFen, string pan, int stan, string stamp, string entry)
        {
            Result(ScreenIds.OfflineApproved, FormatAmount(amountFen), PanMask.Mask(pan), Numeric.Format(stan, 6), stamp);
            _model.Set(4, entry);
        }

        /// <summary>The balance (empty when the host sent none).</summary>
        public void Balance(bool hasBalance, long balanceFen)
        {
            Result(ScreenIds.Balance, hasBalance ? FormatAmount(balanceFen) : string.Empty, null, null, null);
        }

        /// <summary>A decline: code, response class and what to do.</summary>
        public void Declined(string id, string code, ResponseClass cls, ResponseAction action)
        {
            Result(id, code, ResponseNames.Of(cls), ResponseNames.Of(action), null);
        }

        /// <summary>The settlement's result: status, new and closed batch, and the totals.</summary>
        public void Settled(bool uploaded, int newBatch, int closedBatch, SettlementTotals totals)
        {
            Result(ScreenIds.Settled, uploaded ? "UPLOADED" : "BALANCED", Numeric.Format(newBatch, 6), Numeric.Format(closedBatch, 6), null);
            if (totals != null)
            {
                _model.Set(3, totals.DomesticDebitCount.ToString());
                _model.Set(4, FormatAmount(totals.DomesticDebitFen));
                _model.Set(5, totals.DomesticCreditCount.ToString());
                _model.Set(6, FormatAmount(totals.DomesticCreditFen));
            }
        }

        /// <summary>The last transaction's record with its status word.</summary>
        public void Last(LastTransaction t, string status)
        {
            bool settlement = t.Flow == TxnFlow.Settlement;
            _model.Set(0, status);
            _model.Set(1, FlowName(t.Flow));
            _model.Set(2, FormatAmount(t.AmountFen));
            _model.Set(3, t.Pan == null ? string.Empty : PanMask.Mask(t.Pan));
            _model.Set(4, Numeric.Format(settlement ? t.Batch : t.Stan, 6));
            _model.Set(5, t.Rrn);
            _model.Set(6, t.Stamp);
            _model.Set(7, t.Code);
        }
    }
}
