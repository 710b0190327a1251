using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the screens between transactions: idle, the function menu, the last transaction at boot (in-doubt
    /// recovery) and a screen id without a view. Rows as docs/LOCALIZATION_AND_SCREEN.md "Screens" lists them.
    /// </summary>
    internal static class IdleLayouts
    {
        private const string MenuDigits = "1234567";

        // Clearing a pending reversal is not here: it needs the technician PIN (technician menu).
        private static readonly int[] MenuItems = new int[]
        {
            TextKey.UiFnVoid, TextKey.UiFnRefund, TextKey.UiFnBalance, TextKey.UiFnSettle, TextKey.UiFnSignIn, TextKey.UiFnRecords,
            TextKey.UiFnSummary,
        };

        // The boot screen's outcomes, indexed by LastStatus: badge text, its style, and what the cashier must do.
        // APPROVED names the kind with the approval screen's own badges.
        private static readonly int[] LastBadges = new int[]
        {
            TextKey.UiApproved, TextKey.UiOfflineApproved, TextKey.UiDeclined, TextKey.UiLastReversed, TextKey.UiLastNotDone,
            TextKey.UiLastReversing, TextKey.UiLastUnknown, TextKey.UiLastSettled, TextKey.UiLastSettleUnconfirmed, TextKey.UiLastConfirming,
        };

        private static readonly byte[] LastStyles = new byte[]
        {
            TextStyle.Approved, TextStyle.Approved, TextStyle.Declined, TextStyle.Warning, TextStyle.Warning,
            TextStyle.Warning, TextStyle.Declined, TextStyle.Approved, TextStyle.Warning, TextStyle.Warning,
        };

        private static readonly int[] LastNotes = new int[]
        {
            TextKey.UiLastCharged, TextKey.UiLastOffline, TextKey.UiLastNotCharged, TextKey.UiLastNotCharged, TextKey.UiLastNotCharged,
            TextKey.UiLastReversingNote, TextKey.UiLastUnknownNote, TextKey.UiLastSettledNote, TextKey.UiLastSettleAgain, TextKey.UiLastConfirmingNote,
        };

        internal static int Idle(ScreenCanvas c, ScreenModel m)
        {
            c.Centered(2, c.Text(TextKey.UiIdleTitle), TextStyle.Title);
            if (c.MerchantName.Length > 0)
            {
                c.Centered(3, c.MerchantName, TextStyle.Normal);
            }

            if (c.TerminalId.Length > 0)
            {
                c.Centered(4, TextFormat.Fill(c.Text(TextKey.UiIdleTerminal), c.TerminalId), TextStyle.Dim);
            }

            c.Centered(6, c.Text(TextKey.UiIdlePrompt), TextStyle.Normal);
            if (!m.Online)
            {
                c.Badge(8, c.Text(TextKey.UiOfflineMode), TextStyle.Declined);
            }

            if (m.Queued > 0)
            {
                c.Centered(9, TextFormat.Fill(c.Text(TextKey.UiIdleQueued), m.Queued.ToString()), TextStyle.Dim);
            }

            string reason = m.ReversalReason;
            if (reason.Length > 0)
            {
                c.Centered(11, LayoutParts.IsRefundConfirmation(reason) ? c.Text(TextKey.UiIdleRefund)
                    : TextFormat.Fill(c.Text(TextKey.UiIdleReversal), reason), TextStyle.Warning);
            }

            if (m.StorageNew)
            {
                c.Centered(12, c.Text(TextKey.UiIdleStorageNew), TextStyle.Warning);
            }

            if (m.KeysLost)
            {
                c.Centered(13, c.Text(TextKey.UiIdleKeysLost), TextStyle.Warning);
            }
            else if (!m.SignedIn)
            {
                c.Centered(13, c.Text(TextKey.UiIdleNotSignedIn), TextStyle.Warning);
            }

            return 1;
        }

        internal static int Menu(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnTitle));
            for (int i = 0; i < MenuItems.Length; i++)
            {
                c.Line(4 + i, MenuDigits.Substring(i, 1) + "  " + c.Text(MenuItems[i]), TextStyle.Normal);
            }

            return 1;
        }

        internal static int LastTransaction(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiLastTitle));
            int s = (int)m.LastStatus;
            if (s < 0 || s >= LastBadges.Length)
            {
                s = (int)LastStatus.Unknown; // none or unknown: say unknown, never "approved"
            }

            int badge = s != (int)LastStatus.Approved ? LastBadges[s] : LayoutParts.ApprovedBadge(m.Flow);
            c.Badge(2, c.Text(badge), LastStyles[s]);
            bool settlement = m.Flow == TxnFlow.Settlement;
            c.Field(4, settlement ? TextFormat.Fill(c.Text(TextKey.UiSettleSales), LayoutParts.Count(m.SalesCount)) : c.Text(TextKey.UiLabelAmount),
                LayoutParts.Amount(c, m.AmountFen), TextStyle.Title);
            LayoutParts.OptionalField(c, 6, TextKey.UiLabelCard, m.MaskedPan);
            c.Field(7, c.Text(settlement ? TextKey.UiLabelBatch : TextKey.UiLabelTrace), LayoutParts.Number(settlement ? m.Batch : m.Stan), TextStyle.Normal);
            LayoutParts.OptionalField(c, 8, TextKey.UiLabelRrn, m.Rrn);
            LayoutParts.OptionalField(c, 9, TextKey.UiLabelTime, LayoutParts.Time(c, m));
            if (!settlement && m.Code.Length > 0)
            {
                c.Line(10, TextFormat.Fill(c.Text(TextKey.UiCode), m.Code), TextStyle.Dim);
            }

            c.Centered(12, c.Text(LastNotes[s]), LastStyles[s] == TextStyle.Approved ? TextStyle.Warning : TextStyle.Normal);
            return 1;
        }

        /// <summary>A screen id without a view: its raw id (a test reflects over <see cref="ScreenIds"/> so a build has none).</summary>
        internal static int Unknown(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiUnknownScreen));
            c.Line(4, m.Id, TextStyle.Dim);
            c.Keys(TextKey.UiKeysConfirmBack);
            return 1;
        }
    }
}
