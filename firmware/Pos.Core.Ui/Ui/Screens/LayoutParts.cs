using System;
using Pos.Core.Localization;
using Pos.Core.Protocol;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// What the transaction layouts share: the rows of an entry screen, and the typed values of a
    /// <see cref="ScreenModel"/> as the screen writes them (money in the locale's format, STAN and batch as six digits,
    /// local time, the entry mode's and the flow's names). A value at its "none" gives an empty text, never a throw.
    /// </summary>
    internal static class LayoutParts
    {
        /// <summary>An entry screen's prompt row.</summary>
        internal const int PromptRow = 5;

        /// <summary>An entry screen's input row.</summary>
        internal const int InputRow = 8;

        /// <summary>An entry screen's error row.</summary>
        internal const int ErrorRow = 11;

        /// <summary>The amount in the locale's money format; empty for <see cref="ScreenModel.NoAmount"/>.</summary>
        internal static string Amount(ScreenCanvas c, long fen)
        {
            return fen < 0 ? string.Empty : Money.Format(fen, c.Locale);
        }

        /// <summary>A STAN or batch number as six digits; empty for <see cref="ScreenModel.NoNumber"/>.</summary>
        internal static string Number(int n)
        {
            return n < 0 ? string.Empty : n > 999999 ? n.ToString() : Numeric.Format(n, 6);
        }

        /// <summary>A count for a "{0} sales" text: "0" when none.</summary>
        internal static string Count(long n)
        {
            return n < 0 ? "0" : n.ToString();
        }

        /// <summary>
        /// The model's UTC time as local "YYYY-MM-DD HH:MM" (the status bar's offset); empty when it has none or when the
        /// clock was not set (a year before <see cref="StatusSnapshot.MinValidYear"/>).
        /// </summary>
        internal static string Time(ScreenCanvas c, ScreenModel m)
        {
            DateTime utc = m.UtcTime;
            if (!m.HasTime || utc.Year < StatusSnapshot.MinValidYear)
            {
                return string.Empty;
            }

            return LocalClock.Date(utc, c.UtcOffsetMinutes) + " " + LocalClock.HourMinute(utc, c.UtcOffsetMinutes);
        }

        /// <summary>The localized name of an entry mode (unknown: empty, the row is left out).</summary>
        internal static string Entry(ScreenCanvas c, EntryMode mode)
        {
            int key = EntryModeKeys.Of(mode);
            return key < 0 ? string.Empty : c.Text(key);
        }

        /// <summary>The approval badge that names the flow: a void and a refund are approved too, and the cashier must tell them apart.</summary>
        internal static int ApprovedBadge(TxnFlow flow)
        {
            return flow == TxnFlow.Purchase ? TextKey.UiApprovedPurchase : flow == TxnFlow.Void ? TextKey.UiApprovedVoid
                : flow == TxnFlow.Refund ? TextKey.UiApprovedRefund : TextKey.UiApproved;
        }

        /// <summary>The flow's title, else <paramref name="fallback"/> (-1: no title).</summary>
        internal static void FlowTitle(ScreenCanvas c, TxnFlow flow, int fallback)
        {
            int key = ScreenCodeKeys.ForFlow(flow);
            if (key < 0)
            {
                key = fallback;
            }

            if (key >= 0)
            {
                c.Title(c.Text(key));
            }
        }

        /// <summary>A labelled row, left out when the value is empty.</summary>
        internal static void OptionalField(ScreenCanvas c, int row, int label, string value)
        {
            if (value.Length > 0)
            {
                c.Field(row, c.Text(label), value, TextStyle.Normal);
            }
        }

        /// <summary>True for the pending-reversal slot's reason of a refund awaiting confirmation (asked again, never reversed).</summary>
        internal static bool IsRefundConfirmation(string reason)
        {
            return reason == TxnLocalCodes.RefundConfirmation;
        }
    }
}
