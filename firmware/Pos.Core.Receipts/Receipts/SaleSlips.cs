using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Protocol.Messages;
using Pos.Core.Transactions;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// The slip of an approved sale, void or refund, or of a sale approved offline, from its entry in the transaction
    /// log: the head (title, which copy, REPRINT on a reprint, merchant, terminal, operator), the card masked as on the
    /// screen, entry mode, kind, batch, voucher no., the original's voucher no. for a void or refund, ref. no., auth
    /// code, local date and time, the amount at double height; then "PIN verified" when the cardholder entered a PIN
    /// (field 22's third digit is 1) or a signature line and the cardholder's consent when not; an offline sale says it
    /// is stored offline, to be sent. Never the PAN, track, PIN or a key: only the masked card.
    /// </summary>
    public static class SaleSlips
    {
        // Field 22's third digit when a PIN was entered ("051", "021"; "052" without).
        private const char PinEntered = '1';

        /// <summary>Fills <paramref name="slip"/> (empty) with the slip of <paramref name="entry"/>.</summary>
        public static void Build(Slip slip, LoggedTransaction entry, SlipTerminal terminal, int locale, SlipCopy copy, bool reprint)
        {
            bool offline = entry.Offline || entry.Type == TransactionType.OfflineAdvice;
            TxnFlow flow = entry.Type == TransactionType.Void ? TxnFlow.Void
                : entry.Type == TransactionType.Refund ? TxnFlow.Refund : TxnFlow.Purchase;
            SlipParts.Head(slip, terminal, locale, TextKey.UiSlipTitle,
                copy == SlipCopy.Merchant ? TextKey.UiSlipMerchantCopy : TextKey.UiSlipCardholderCopy, reprint, entry.Operator);
            SlipParts.Pair(slip, locale, TextKey.UiLabelCard, PanMask.Mask(entry.Pan));
            SlipParts.Pair(slip, locale, TextKey.UiLabelEntry, SlipParts.Entry(EntryNames.ModeOfField22(entry.EntryMode), locale));
            SlipParts.Pair(slip, locale, TextKey.UiSlipKind, offline ? Catalog.Get(locale, TextKey.UiRecKindOffline) : SlipParts.Kind(flow, locale));
            SlipParts.Pair(slip, locale, TextKey.UiLabelBatch, SlipParts.Number(entry.Batch));
            SlipParts.Pair(slip, locale, TextKey.UiSlipVoucher, SlipParts.Number(entry.Stan));
            if (flow != TxnFlow.Purchase)
            {
                SlipParts.Pair(slip, locale, TextKey.UiRecLabelOriginal, SlipParts.Number(entry.OriginalStan));
            }

            SlipParts.Pair(slip, locale, TextKey.UiLabelRrn, entry.Rrn);
            SlipParts.Pair(slip, locale, TextKey.UiLabelAuth, entry.AuthCode);
            SlipParts.Pair(slip, locale, TextKey.UiLabelTime, SlipParts.When(entry.Stamp, entry.Date, terminal.UtcOffsetMinutes));
            slip.Left(Catalog.Get(locale, TextKey.UiLabelAmount));
            slip.Big(SlipParts.Amount(entry.AmountFen, locale));
            slip.Rule();
            if (offline)
            {
                slip.Center(Catalog.Get(locale, TextKey.UiSlipOffline));
            }

            string mode = entry.EntryMode;
            if (mode != null && mode.Length >= 3 && mode[2] == PinEntered)
            {
                slip.Center(Catalog.Get(locale, TextKey.UiSlipPinVerified));
            }
            else
            {
                slip.Signature(Catalog.Get(locale, TextKey.UiSlipSignature));
                slip.Paragraph(string.Empty, Catalog.Get(locale, TextKey.UiSlipAgree));
            }
        }
    }
}
