using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Fills the reused <see cref="FinancialRequest"/> for a flow from what the cashier entered: the card read (and its
    /// PIN block), the amount, and for a void or refund the logged original. Every field is set, so nothing of the
    /// previous request carries over.
    /// </summary>
    public static class FinancialRequestFill
    {
        private const string UnknownRrn = "000000000000";

        /// <summary>Fills the context's request for its flow, with this STAN and batch.</summary>
        public static void Fill(TxnContext ctx, int stan, int batch)
        {
            Fill(ctx.Request, ctx.Flow, stan, batch, ctx.AmountFen, ctx.Card, ctx.HasPinBlock ? ctx.PinBlock : null, ctx.Original);
            ctx.Request.Operator = ctx.Operator;
        }

        /// <summary>
        /// Fills <paramref name="d"/>. <paramref name="pinBlock"/> is null when no PIN was entered (or it could not be
        /// enciphered); a void takes the card from <paramref name="original"/> and needs no <paramref name="card"/>.
        /// </summary>
        public static void Fill(FinancialRequest d, TxnFlow flow, int stan, int batch, long amountFen, CardData card,
            byte[] pinBlock, LoggedTransaction original)
        {
            d.Stan = stan;
            d.Batch = batch;
            d.AmountFen = amountFen;
            d.PinBlock = null;
            d.Track2 = null;
            d.Track3 = null;
            d.IccData = null;
            d.CardSequenceNumber = null;
            d.OriginalAuthCode = null;
            d.OriginalRrn = null;
            d.OriginalBatch = 0;
            d.OriginalStan = 0;
            d.OriginalDate = null;
            d.LocalDate = null;
            d.LocalTime = null;
            switch (flow)
            {
                case TxnFlow.Void:
                    d.Type = TransactionType.Void;
                    d.Pan = original.Pan;
                    d.ExpiryYymm = original.ExpiryYymm;
                    d.EntryMode = "012";
                    d.OriginalRrn = original.Rrn == null ? UnknownRrn : original.Rrn;
                    d.OriginalAuthCode = original.AuthCode;
                    d.OriginalBatch = original.Batch;
                    d.OriginalStan = original.Stan;
                    return;
                case TxnFlow.Refund:
                    d.Type = TransactionType.Refund;
                    d.OriginalRrn = original.Rrn == null ? UnknownRrn : original.Rrn;
                    d.OriginalBatch = original.Batch;
                    d.OriginalStan = original.Stan;
                    d.OriginalDate = original.Date;
                    break;
                case TxnFlow.Balance:
                    d.Type = TransactionType.BalanceInquiry;
                    d.AmountFen = 0;
                    break;
                default:
                    d.Type = TransactionType.Purchase;
                    break;
            }

            d.Pan = card.Pan;
            d.ExpiryYymm = Empty(card.ExpiryYymm) ? null : card.ExpiryYymm;
            d.Track2 = Empty(card.Track2) ? null : card.Track2;
            d.IccData = card.IccData;
            d.CardSequenceNumber = Empty(card.CardSequenceNumber) ? null : card.CardSequenceNumber;
            d.PinBlock = pinBlock;
            d.EntryMode = EntryNames.Field22Digits(card.EntryMode) + (pinBlock != null ? "1" : "2");
        }

        private static bool Empty(string value)
        {
            return value == null || value.Length == 0;
        }
    }
}
