using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the results that did not go through: each a checklist (<see cref="ChecklistScreen"/>, paged) of
    /// its code — a host decline, a local code (LTO, L03, E2…) — with a banner where the screen says more (a kept
    /// reversal, a blocked terminal, a failed sign-in or settlement). The checklist draws its own key hints.
    /// </summary>
    internal static class ChecklistLayouts
    {
        internal static int Declined(ScreenCanvas c, ScreenModel m)
        {
            // The machine shows DECLINED for a pick-up code only when the retain prompt is off: "return the card".
            int pages = ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, m.Code, c.Page, false, Payment(c, m));
            if (m.Action == ResponseAction.ReEnterPin)
            {
                c.Keys(pages > 1 ? TextKey.UiKeysPinAgainPaged : TextKey.UiKeysPinAgain);
            }

            return pages;
        }

        internal static int RetainCard(ScreenCanvas c, ScreenModel m)
        {
            return ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, m.Code, c.Page, true, Payment(c, m));
        }

        internal static int Failed(ScreenCanvas c, ScreenModel m)
        {
            return CodeChecklist(c, m.Code, TextKey.RcUnknown, Payment(c, m));
        }

        internal static int OfflineDeclined(ScreenCanvas c, ScreenModel m)
        {
            return CodeChecklist(c, m.Code, TextKey.RcUnknown, Payment(c, m));
        }

        internal static int ReversalPending(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = Payment(c, m);
            h.Banner = LayoutParts.IsRefundConfirmation(m.ReversalReason) ? c.Text(TextKey.UiRefundKept)
                : TextFormat.Fill(c.Text(TextKey.UiReversalKept), m.ReversalReason);
            return CodeChecklist(c, m.Code, TextKey.LocalReversalPending, h);
        }

        internal static int NoConnection(ScreenCanvas c, ScreenModel m)
        {
            string code = m.Code;
            ChecklistHeader h = Payment(c, m);
            if (code == TxnLocalCodes.CodeNoConnection || code.Length == 0)
            {
                // Nothing was sent: with the link up the host refused the connection; with it down there is no network.
                // The model holds the link state when it happened (the status bar's may have moved since).
                h.Badge = code;
                return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, m.Online ? TextKey.LocalConnectFailed : TextKey.LocalNoNetwork,
                    TextStyle.Declined, c.Page, h);
            }

            return CodeChecklist(c, code, TextKey.LocalConnectFailed, h);
        }

        internal static int ReversalBlocked(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = c.Header;
            int banner = LayoutParts.IsRefundConfirmation(m.ReversalReason) ? TextKey.UiRefundBlocked : TextKey.UiReversalBlocked;
            h.Banner = TextFormat.Fill(c.Text(banner), m.ReversalReason, m.Attempt < 0 ? string.Empty : m.Attempt.ToString());
            int pages = ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, TextKey.LocalReversalFailed, TextStyle.Declined, c.Page, h);
            c.Keys(TextKey.UiKeysRetryMenu);
            return pages;
        }

        internal static int SignInFailed(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = c.Header;
            h.Banner = c.Text(TextKey.UiSignInFailed);
            h.BannerStyle = TextStyle.Declined;
            return CodeChecklist(c, m.Code, TextKey.LocalSignInFailed, h);
        }

        internal static int SettleFailed(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = c.Header;
            h.Banner = c.Text(TextKey.UiSettleFailed);
            h.BannerStyle = TextStyle.Declined;
            return CodeChecklist(c, m.Code, TextKey.RcUnknown, h);
        }

        /// <summary>
        /// Over a merchant limit, before the card was read: the limit's checklist (split the payment, or have the limit
        /// raised) under its code, the amount on the detail line, the limit on the note, and for the daily limit what is
        /// left of it today as the banner. ENTER or CANCEL go back to the amount entry.
        /// </summary>
        internal static int OverLimit(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = c.Header;
            string code = m.Code;
            int key = ScreenCodeKeys.ForLocalCode(code);
            h.Badge = code;
            h.Detail = TextFormat.Fill(c.Text(TextKey.UiLimitAmount), LayoutParts.Amount(c, m.AmountFen));
            int limit = code == TxnLocalCodes.CodeOverDailyLimit ? TextKey.UiLimitDaily
                : code == TxnLocalCodes.CodeOverRefundLimit ? TextKey.UiLimitRefund : TextKey.UiLimitSale;
            h.Note = TextFormat.Fill(c.Text(limit), LayoutParts.Amount(c, m.LimitFen));
            if (m.DayTotalFen >= 0 && m.LimitFen >= 0)
            {
                long left = m.LimitFen - m.DayTotalFen;
                h.Banner = TextFormat.Fill(c.Text(TextKey.UiLimitLeft), LayoutParts.Amount(c, left < 0 ? 0 : left));
            }

            int pages = ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, key < 0 ? TextKey.LocalOverSaleLimit : key, TextStyle.Warning, c.Page, h);
            c.Keys(pages > 1 ? TextKey.UiKeysLimitPaged : TextKey.UiKeysLimit);
            return pages;
        }

        // The payment the result is about, on the detail line: its amount and masked card, whichever the model has.
        private static ChecklistHeader Payment(ScreenCanvas c, ScreenModel m)
        {
            ChecklistHeader h = c.Header;
            string amount = m.AmountFen >= 0 && m.Flow != TxnFlow.Balance ? LayoutParts.Amount(c, m.AmountFen) : string.Empty;
            string card = m.MaskedPan;
            h.Detail = amount.Length > 0 && card.Length > 0 ? amount + "  " + card : amount + card;
            return h;
        }

        /// <summary>
        /// The checklist of a code: a local code (LTO, L03, E2…) shows its local entry with the code as its badge; a
        /// two-character host code its response-code entry (unknown codes: "transaction failed" with the code);
        /// anything else the fallback entry.
        /// </summary>
        private static int CodeChecklist(ScreenCanvas c, string code, int fallback, ChecklistHeader header)
        {
            int key = ScreenCodeKeys.ForLocalCode(code);
            if (key >= 0)
            {
                header.Badge = code;
                return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, key, TextStyle.Declined, c.Page, header);
            }

            if (code.Length == 2 || fallback == TextKey.RcUnknown)
            {
                return ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, code, c.Page, false, header);
            }

            return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, fallback, TextStyle.Declined, c.Page, header);
        }
    }
}
