using Pos.Core.Localization;
using Pos.Core.Protocol.Messages;
using Pos.Core.Transactions;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// The settlement report from the record the settlement kept (<see cref="SettlementSummary"/>): the head (title,
    /// REPRINT on a reprint, merchant, terminal, operator), batch and local time; a table of the batch log's kinds
    /// (sales, voids, refunds, offline sales delivered) with count and amount, and the net; the totals sent to the
    /// host in the 0500 (domestic and foreign debits and credits) with the host's answer per card group (balanced or
    /// not); then the outcome as the SETTLED screen says it: totals matched, or differed and the batch was uploaded.
    /// </summary>
    public static class SettlementSlips
    {
        // The label column of the tables, in cells; the count takes four more, the amount the rest of the row.
        private const int LabelCells = 15;

        // By SettlementKind.
        private static readonly int[] KindKeys = new int[]
        {
            TextKey.UiRecKindSale, TextKey.UiRecKindVoid, TextKey.UiRecKindRefund, TextKey.UiRecKindOffline,
        };

        /// <summary>Fills <paramref name="slip"/> (empty) with the report of <paramref name="r"/>.</summary>
        public static void Build(Slip slip, SettlementSummary r, SlipTerminal terminal, int locale, bool reprint)
        {
            SlipParts.Head(slip, terminal, locale, TextKey.UiSlipSettleTitle, -1, reprint, r.Operator);
            SlipParts.Pair(slip, locale, TextKey.UiLabelBatch, SlipParts.Number(r.Batch));
            SlipParts.Pair(slip, locale, TextKey.UiSlipSettleTime, SlipParts.When(r.Stamp, null, terminal.UtcOffsetMinutes));
            slip.Rule();
            slip.Pair(SlipParts.Columns(Catalog.Get(locale, TextKey.UiSlipKind), Catalog.Get(locale, TextKey.UiSlipCount), LabelCells),
                Catalog.Get(locale, TextKey.UiLabelAmount));
            for (int k = 0; k < KindKeys.Length; k++)
            {
                Row(slip, locale, KindKeys[k], r.CountOf((SettlementKind)k), r.FenOf((SettlementKind)k));
            }

            SlipParts.Pair(slip, locale, TextKey.UiSlipNet, SlipParts.Amount(r.NetFen, locale));
            slip.Rule();
            slip.Left(Catalog.Get(locale, TextKey.UiSlipSent));
            SettlementTotals t = r.Totals;
            Row(slip, locale, TextKey.UiSlipDomesticDebit, t.DomesticDebitCount, t.DomesticDebitFen);
            Row(slip, locale, TextKey.UiSlipDomesticCredit, t.DomesticCreditCount, t.DomesticCreditFen);
            Row(slip, locale, TextKey.UiSlipForeignDebit, t.ForeignDebitCount, t.ForeignDebitFen);
            Row(slip, locale, TextKey.UiSlipForeignCredit, t.ForeignCreditCount, t.ForeignCreditFen);
            SlipParts.Pair(slip, locale, TextKey.UiSlipDomesticResult, Result(r.DomesticCode, locale));
            SlipParts.Pair(slip, locale, TextKey.UiSlipForeignResult, Result(r.ForeignCode, locale));
            slip.Rule();
            slip.Center(Catalog.Get(locale, r.Uploaded ? TextKey.UiSettledUploaded : TextKey.UiSettlementOk));
        }

        private static void Row(Slip slip, int locale, int label, int count, long fen)
        {
            slip.Pair(SlipParts.Columns(Catalog.Get(locale, label), count.ToString(), LabelCells), SlipParts.Amount(fen, locale));
        }

        // The 0510's code of a card group: balanced, not balanced, another digit as sent, or empty when unknown.
        private static string Result(char code, int locale)
        {
            if (code == SettlementSummary.BalancedCode)
            {
                return Catalog.Get(locale, TextKey.UiSlipBalanced);
            }

            if (code == SettlementSummary.UnbalancedCode)
            {
                return Catalog.Get(locale, TextKey.UiSlipUnbalanced);
            }

            return code == '\0' ? string.Empty : TextFormat.Fill(Catalog.Get(locale, TextKey.UiSlipResultCode), new string(code, 1));
        }
    }
}
