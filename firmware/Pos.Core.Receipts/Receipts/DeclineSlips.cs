using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// The slip of a transaction that did not go through, from the last-transaction record: the head, the card masked,
    /// kind, batch, voucher no., time and amount; "nothing was charged" when the host declined it or it never reached the
    /// host (never for an outcome in doubt); then the code and its title, who acts, the numbered steps and the sentence
    /// for the cardholder, the very texts of the checklist screen (a host code by its response-code entry, a pick-up
    /// code by the "card not retained" entry as the decline screen shows it, a local code LTO, L03, E2… by its own).
    /// </summary>
    public static class DeclineSlips
    {
        /// <summary>Fills <paramref name="slip"/> (empty) with the decline slip of <paramref name="last"/>; operator as <see cref="Operators"/>.</summary>
        public static void Build(Slip slip, LastTransaction last, SlipTerminal terminal, int locale, int operatorNumber)
        {
            string code = last.Code == null ? string.Empty : last.Code;
            SlipParts.Head(slip, terminal, locale, TextKey.UiSlipDeclineTitle, -1, false, operatorNumber);
            SlipParts.Pair(slip, locale, TextKey.UiLabelCard, PanMask.Mask(last.Pan));
            SlipParts.Pair(slip, locale, TextKey.UiSlipKind, SlipParts.Kind(last.Flow, locale));
            SlipParts.Pair(slip, locale, TextKey.UiLabelBatch, SlipParts.Number(last.Batch));
            SlipParts.Pair(slip, locale, TextKey.UiSlipVoucher, SlipParts.Number(last.Stan));
            SlipParts.Pair(slip, locale, TextKey.UiLabelTime, SlipParts.When(last.Stamp, null, terminal.UtcOffsetMinutes));
            SlipParts.Pair(slip, locale, TextKey.UiLabelAmount, SlipParts.Amount(last.AmountFen, locale));
            slip.Rule();
            if (last.Outcome == LastOutcome.Declined || last.Outcome == LastOutcome.NotCompleted)
            {
                slip.Big(Catalog.Get(locale, TextKey.UiSlipNotCharged));
            }

            int key = ScreenCodeKeys.ForLocalCode(code);
            int steps = key;
            string title;
            if (key >= 0)
            {
                title = Catalog.Get(locale, key);
            }
            else
            {
                key = Catalog.KeyForCode(code);
                steps = Catalog.ActionOf(key) == CodeAction.RetainCard ? TextKey.LocalCardNotRetained : key;
                title = steps != key ? Catalog.Get(locale, steps) : Catalog.CodeTitle(locale, code);
            }

            SlipParts.Pair(slip, locale, TextKey.UiLabelCode, code);
            SlipParts.Pair(slip, locale, TextKey.UiLabelReason, title);
            SlipParts.Who(slip, locale, key);
            slip.Rule();
            SlipParts.Steps(slip, locale, steps);
        }
    }
}
