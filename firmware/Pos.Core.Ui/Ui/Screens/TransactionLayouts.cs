using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Protocol;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layout of each transaction screen (the rows of docs/LOCALIZATION_AND_SCREEN.md "Screens"). Row 0 is the
    /// status bar and row 14 the key hints (both drawn by the view); row 2 holds the title or result badge, rows 4–12
    /// the body. Parameter lines come from <see cref="ScreenModel"/> as <see cref="ScreenIds"/> documents them; a
    /// line that is missing or unreadable falls back to showing nothing (or the raw text), never throws.
    /// </summary>
    internal static class TransactionLayouts
    {
        private const int PromptRow = 5;
        private const int InputRow = 8;
        private const int ErrorRow = 11;
        private const int ProgressCells = 30;
        private const string MenuDigits = "12345";

        // Clearing a pending reversal is not here: it needs the technician PIN (technician menu).
        private static readonly int[] MenuItems = new int[]
        {
            TextKey.UiFnVoid, TextKey.UiFnRefund, TextKey.UiFnBalance, TextKey.UiFnSettle, TextKey.UiFnSignIn,
        };

        // The boot screen's outcomes (ScreenIds.LastTransaction line 0): badge text, its style, and what the cashier
        // must do. APPROVED names the kind with the approval screen's own badges.
        private static readonly string[] LastStatuses = new string[]
        {
            "APPROVED", "OFFLINE_APPROVED", "DECLINED", "REVERSED", "NOT_COMPLETED", "REVERSING", "UNKNOWN", "SETTLED", "SETTLE_UNCONFIRMED",
            "CONFIRMING",
        };

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

        // ---- idle and menu ----

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
            if (m.Line(0) == "OFFLINE")
            {
                c.Badge(8, c.Text(TextKey.UiOfflineMode), TextStyle.Declined);
            }

            string queued = m.Line(1);
            if (queued.Length > 0 && queued != "0")
            {
                c.Centered(9, TextFormat.Fill(c.Text(TextKey.UiIdleQueued), queued), TextStyle.Dim);
            }

            string reversal = m.Line(2);
            if (reversal.Length > 0)
            {
                int colon = reversal.IndexOf(':');
                string reason = colon < 0 ? reversal : reversal.Substring(colon + 1);
                c.Centered(11, reason == TxnLocalCodes.RefundConfirmation ? c.Text(TextKey.UiIdleRefund)
                    : TextFormat.Fill(c.Text(TextKey.UiIdleReversal), reason), TextStyle.Warning);
            }

            if (m.Line(4).Length > 0)
            {
                c.Centered(12, c.Text(TextKey.UiIdleStorageNew), TextStyle.Warning);
            }

            if (m.Line(3).Length > 0)
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

        // ---- entry ----

        internal static int Amount(ScreenCanvas c, ScreenModel m)
        {
            KindTitle(c, m.Line(0), TextKey.UiAmountTitle);
            c.Line(PromptRow, c.Text(TextKey.UiAmountPrompt), TextStyle.Normal);
            c.Input(InputRow, AmountText(c, m.Line(1)));
            if (m.Line(2).Length > 0)
            {
                c.Line(ErrorRow, c.Text(TextKey.UiAmountLimit), TextStyle.Declined);
            }

            return 1;
        }

        internal static int OriginalStan(ScreenCanvas c, ScreenModel m)
        {
            KindTitle(c, m.Line(0), TextKey.UiFnVoid);
            c.Line(PromptRow, c.Text(TextKey.UiStanPrompt), TextStyle.Normal);
            c.Input(InputRow, m.Line(1));
            string error = m.Line(2);
            if (error.Length > 0)
            {
                string text = error == "NOT_FOUND" ? c.Text(TextKey.UiStanNotFound) : error == "VOIDED" ? c.Text(TextKey.UiStanVoided) : error;
                c.Line(ErrorRow, text, TextStyle.Declined);
            }

            return 1;
        }

        internal static int VoidConfirm(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnVoid));
            c.Field(5, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(0)), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), PanMask.Mask(m.Line(1)), TextStyle.Normal);
            c.Field(7, c.Text(TextKey.UiLabelTrace), m.Line(2), TextStyle.Normal);
            c.Centered(10, c.Text(TextKey.UiVoidConfirm), TextStyle.Warning);
            return 1;
        }

        internal static int PresentCard(ScreenCanvas c, ScreenModel m)
        {
            KindTitle(c, m.Line(0), TextKey.UiAmountTitle);
            if (m.Line(1).Length > 0)
            {
                c.Field(4, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(1)), TextStyle.Title);
            }

            // Line 3: the modes this transaction accepts (offline: what the policy allows); empty: all three.
            string modes = m.Line(3);
            bool chip = modes.Length == 0 || modes.IndexOf('C') >= 0;
            bool tap = modes.Length == 0 || modes.IndexOf('T') >= 0;
            bool swipe = modes.Length == 0 || modes.IndexOf('S') >= 0;
            if (!chip && !tap && !swipe)
            {
                chip = tap = swipe = true; // nothing readable in the line: offer everything, never an empty prompt
            }

            c.Centered(7, c.Text(chip && tap && swipe ? TextKey.UiCardPrompt : TextKey.UiCardPromptOnly), TextStyle.Normal);
            string chipText = chip ? " " + c.Text(TextKey.UiCardChip) + " " : string.Empty;
            string tapText = tap ? " " + c.Text(TextKey.UiCardTap) + " " : string.Empty;
            string swipeText = swipe ? " " + c.Text(TextKey.UiCardSwipe) + " " : string.Empty;
            int shown = (chip ? 1 : 0) + (tap ? 1 : 0) + (swipe ? 1 : 0);
            int cells = TextLayout.Cells(chipText) + TextLayout.Cells(tapText) + TextLayout.Cells(swipeText) + (2 * (shown - 1));
            int col = (Screen.Columns - cells) / 2;
            col = EntryBadge(c, col, chipText);
            col = EntryBadge(c, col, tapText);
            EntryBadge(c, col, swipeText);

            string error = m.Line(2);
            if (error.Length > 0)
            {
                int key = ScreenCodeKeys.ForLocalCode(error);
                c.Centered(ErrorRow, c.Text(key < 0 ? TextKey.LocalCardReadError : key), TextStyle.Declined);
            }

            return 1;
        }

        internal static int Pin(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiPinPrompt));
            if (m.Line(0).Length > 0)
            {
                c.Field(4, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(0)), TextStyle.Title);
            }

            c.Field(5, c.Text(TextKey.UiLabelCard), PanMask.Mask(m.Line(1)), TextStyle.Normal);

            // One '*' per character of the line, whatever the line holds: a digit is never drawn.
            c.Centered(InputRow, new string('*', m.Line(2).Length) + "_", TextStyle.Title);
            if (m.Line(4) == "OPTIONAL")
            {
                c.Centered(10, c.Text(TextKey.UiPinHint), TextStyle.Dim);
            }

            string note = m.Line(3);
            if (note == "RETRY")
            {
                c.Centered(ErrorRow, c.Text(TextKey.UiPinRetry), TextStyle.Warning);
            }
            else if (note.Length > 0)
            {
                c.Centered(ErrorRow, c.Text(TextKey.UiPinLength), TextStyle.Declined);
            }

            return 1;
        }

        // ---- waiting for the host ----

        internal static int Processing(ScreenCanvas c, ScreenModel m)
        {
            KindTitle(c, m.Line(0), -1);
            c.Centered(6, c.Text(TextKey.UiProcessing), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            c.Centered(10, c.Text(TextKey.UiProcessingCard), TextStyle.Warning);
            return 1;
        }

        internal static int Reversing(ScreenCanvas c, ScreenModel m)
        {
            if (m.Line(0) == TxnLocalCodes.RefundConfirmation)
            {
                // A refund whose answer was lost is asked again (the same 0220), never reversed.
                c.Title(c.Text(TextKey.UiFnRefund));
                c.Centered(6, c.Text(TextKey.UiBusyRefund), TextStyle.Normal);
                return 1;
            }

            c.Title(c.Text(TextKey.UiFnReversal));
            c.Centered(6, c.Text(TextKey.UiBusyReversal), TextStyle.Normal);
            if (m.Line(0).Length > 0)
            {
                c.Centered(8, TextFormat.Fill(c.Text(TextKey.UiBusyAttempt), m.Line(0), m.Line(1).Length > 0 ? m.Line(1) : "1"), TextStyle.Dim);
            }

            return 1;
        }

        internal static int SigningIn(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSignIn));
            c.Centered(6, c.Text(TextKey.UiBusySignIn), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            return 1;
        }

        internal static int Settling(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSettle));
            c.Centered(6, c.Text(TextKey.UiBusySettle), TextStyle.Normal);
            c.Centered(8, c.Text(TextKey.UiBusyHost), TextStyle.Dim);
            return 1;
        }

        internal static int Uploading(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnSettle));
            c.Centered(6, c.Text(TextKey.UiBusyUpload), TextStyle.Normal);
            int sent = ParseCount(m.Line(0));
            int total = ParseCount(m.Line(1));
            if (total > 0)
            {
                c.Centered(8, TextFormat.Fill(c.Text(TextKey.UiBusyProgress), sent.ToString(), total.ToString()), TextStyle.Dim);
                int filled = (sent > total ? total : sent) * ProgressCells / total;
                int col = (Screen.Columns - ProgressCells) / 2;
                c.Screen.Write(10, col, new string(' ', filled), TextStyle.Approved);
                c.Screen.Write(10, col + filled, new string('.', ProgressCells - filled), TextStyle.Dim);
            }

            return 1;
        }

        // ---- results ----

        internal static int Approved(ScreenCanvas c, ScreenModel m)
        {
            // The badge names the kind: a void and a refund are approved too, and the cashier must tell them apart.
            string kind = m.Line(4);
            int title = kind == "PURCHASE" ? TextKey.UiApprovedPurchase : kind == "VOID" ? TextKey.UiApprovedVoid
                : kind == "REFUND" ? TextKey.UiApprovedRefund : TextKey.UiApproved;
            c.Badge(2, c.Text(title), TextStyle.Approved);
            c.Field(4, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(0)), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), PanMask.Mask(m.Line(1)), TextStyle.Normal);
            OptionalField(c, 7, TextKey.UiLabelEntry, EntryText(c, m.Line(7)));
            c.Field(8, c.Text(TextKey.UiLabelAuth), m.Line(2), TextStyle.Normal);
            c.Field(9, c.Text(TextKey.UiLabelTrace), m.Line(3), TextStyle.Normal);
            OptionalField(c, 10, TextKey.UiLabelRrn, m.Line(5));
            OptionalField(c, 11, TextKey.UiLabelTime, TimeText(c, m.Line(6)));
            return 1;
        }

        internal static int OfflineApproved(ScreenCanvas c, ScreenModel m)
        {
            c.Badge(2, c.Text(TextKey.UiOfflineApproved), TextStyle.Approved);
            c.Field(4, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(0)), TextStyle.Title);
            c.Field(6, c.Text(TextKey.UiLabelCard), PanMask.Mask(m.Line(1)), TextStyle.Normal);
            OptionalField(c, 7, TextKey.UiLabelEntry, EntryText(c, m.Line(4)));
            c.Field(8, c.Text(TextKey.UiLabelTrace), m.Line(2), TextStyle.Normal);
            OptionalField(c, 9, TextKey.UiLabelTime, TimeText(c, m.Line(3)));
            c.Wrapped(11, 2, c.Text(TextKey.UiOfflineAccepted), TextStyle.Warning);
            return 1;
        }

        internal static int LastTransaction(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiLastTitle));
            int s = 6; // unreadable: say unknown, never "approved"
            for (int i = 0; i < LastStatuses.Length; i++)
            {
                if (LastStatuses[i] == m.Line(0))
                {
                    s = i;
                }
            }

            string kind = m.Line(1);
            int badge = s != 0 ? LastBadges[s] : kind == "PURCHASE" ? TextKey.UiApprovedPurchase : kind == "VOID" ? TextKey.UiApprovedVoid
                : kind == "REFUND" ? TextKey.UiApprovedRefund : TextKey.UiApproved;
            c.Badge(2, c.Text(badge), LastStyles[s]);
            bool settlement = kind == "SETTLEMENT";
            c.Field(4, settlement ? TextFormat.Fill(c.Text(TextKey.UiSettleSales), Count(m.Line(7))) : c.Text(TextKey.UiLabelAmount),
                AmountText(c, m.Line(2)), TextStyle.Title);
            OptionalField(c, 6, TextKey.UiLabelCard, m.Line(3).Length > 0 ? PanMask.Mask(m.Line(3)) : string.Empty);
            c.Field(7, c.Text(settlement ? TextKey.UiLabelBatch : TextKey.UiLabelTrace), m.Line(4), TextStyle.Normal);
            OptionalField(c, 8, TextKey.UiLabelRrn, m.Line(5));
            OptionalField(c, 9, TextKey.UiLabelTime, TimeText(c, m.Line(6)));
            if (!settlement && m.Line(7).Length > 0)
            {
                c.Line(10, TextFormat.Fill(c.Text(TextKey.UiCode), m.Line(7)), TextStyle.Dim);
            }

            c.Centered(12, c.Text(LastNotes[s]), LastStyles[s] == TextStyle.Approved ? TextStyle.Warning : TextStyle.Normal);
            return 1;
        }

        internal static int Duplicate(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiDupTitle));
            c.Field(4, c.Text(TextKey.UiLabelAmount), AmountText(c, m.Line(0)), TextStyle.Title);
            c.Field(5, c.Text(TextKey.UiLabelCard), PanMask.Mask(m.Line(1)), TextStyle.Normal);
            c.Line(7, TextFormat.Fill(c.Text(TextKey.UiDupSince), Count(m.Line(5))), TextStyle.Warning);
            c.Field(8, c.Text(TextKey.UiLabelTrace), m.Line(2), TextStyle.Normal);
            OptionalField(c, 9, TextKey.UiLabelTime, TimeText(c, m.Line(3)));
            c.Field(10, string.Empty, c.Text(m.Line(4) == "OFFLINE_APPROVED" ? TextKey.UiOfflineApproved : TextKey.UiApproved), TextStyle.Approved);
            c.Centered(12, c.Text(TextKey.UiDupAsk), TextStyle.Warning);
            return 1;
        }

        internal static int Balance(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiFnBalance));
            if (m.Line(0).Length > 0)
            {
                c.Field(6, c.Text(TextKey.UiBalanceValue), AmountText(c, m.Line(0)), TextStyle.Title);
            }
            else
            {
                c.Centered(6, c.Text(TextKey.UiBalanceNone), TextStyle.Dim);
            }

            return 1;
        }

        internal static int Declined(ScreenCanvas c, ScreenModel m)
        {
            // The machine shows DECLINED for a pick-up code only when the retain prompt is off: "return the card".
            int pages = ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, m.Line(0), c.Page, false);
            if (m.Line(2) == "ReEnterPin")
            {
                c.Keys(pages > 1 ? TextKey.UiKeysPinAgainPaged : TextKey.UiKeysPinAgain);
            }

            return pages;
        }

        internal static int RetainCard(ScreenCanvas c, ScreenModel m)
        {
            return ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, m.Line(0), c.Page, true);
        }

        internal static int Failed(ScreenCanvas c, ScreenModel m)
        {
            return CodeChecklist(c, m.Line(0), TextKey.RcUnknown);
        }

        internal static int OfflineDeclined(ScreenCanvas c, ScreenModel m)
        {
            return CodeChecklist(c, m.Line(0), TextKey.RcUnknown);
        }

        internal static int ReversalPending(ScreenCanvas c, ScreenModel m)
        {
            int pages = CodeChecklist(c, m.Line(1), TextKey.LocalReversalPending);
            c.Banner(m.Line(0) == TxnLocalCodes.RefundConfirmation ? c.Text(TextKey.UiRefundKept)
                : TextFormat.Fill(c.Text(TextKey.UiReversalKept), m.Line(0)), TextStyle.Warning);
            return pages;
        }

        internal static int NoConnection(ScreenCanvas c, ScreenModel m)
        {
            string code = m.Line(0);
            if (code == TxnLocalCodes.CodeNoConnection || code.Length == 0)
            {
                // Nothing was sent: with the link up the host refused the connection; with it down there is no network.
                // Line 1 is the link state when it happened; the status bar's is only the fallback (it may have moved).
                string link = m.Line(1);
                bool online = link == "ONLINE" || (link != "OFFLINE" && c.Bar.Online);
                return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, online ? TextKey.LocalConnectFailed : TextKey.LocalNoNetwork, TextStyle.Declined, c.Page);
            }

            return CodeChecklist(c, code, TextKey.LocalConnectFailed);
        }

        internal static int ReversalBlocked(ScreenCanvas c, ScreenModel m)
        {
            int pages = ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, TextKey.LocalReversalFailed, TextStyle.Declined, c.Page);
            int banner = m.Line(0) == TxnLocalCodes.RefundConfirmation ? TextKey.UiRefundBlocked : TextKey.UiReversalBlocked;
            c.Banner(TextFormat.Fill(c.Text(banner), m.Line(0), m.Line(1)), TextStyle.Warning);
            c.Keys(TextKey.UiKeysRetryMenu);
            return pages;
        }

        internal static int SignedIn(ScreenCanvas c, ScreenModel m)
        {
            c.Badge(2, c.Text(TextKey.UiSignedIn), TextStyle.Approved);
            c.Field(5, c.Text(TextKey.UiLabelBatch), m.Line(0), TextStyle.Normal);
            return 1;
        }

        internal static int SignInFailed(ScreenCanvas c, ScreenModel m)
        {
            int pages = CodeChecklist(c, m.Line(0), TextKey.LocalSignInFailed);
            c.Banner(c.Text(TextKey.UiSignInFailed), TextStyle.Declined);
            return pages;
        }

        internal static int Settled(ScreenCanvas c, ScreenModel m)
        {
            bool uploaded = m.Line(0) == "UPLOADED";
            c.Badge(2, c.Text(uploaded ? TextKey.UiSettledUploaded : TextKey.UiSettlementOk), uploaded ? TextStyle.Warning : TextStyle.Approved);
            OptionalField(c, 4, TextKey.UiLabelBatch, m.Line(2));
            c.Field(5, c.Text(TextKey.UiLabelNewBatch), m.Line(1), TextStyle.Normal);
            if (m.Line(3).Length > 0 || m.Line(5).Length > 0)
            {
                // The domestic totals the terminal sent in the 0500 (what the badge says the host agreed with or not).
                c.Field(7, TextFormat.Fill(c.Text(TextKey.UiSettleSales), Count(m.Line(3))), AmountText(c, Zero(m.Line(4))), TextStyle.Title);
                c.Field(8, TextFormat.Fill(c.Text(TextKey.UiSettleRefunds), Count(m.Line(5))), AmountText(c, Zero(m.Line(6))), TextStyle.Title);
                c.Centered(10, c.Text(TextKey.UiSettleVoids), TextStyle.Dim);
            }

            return 1;
        }

        internal static int SettleFailed(ScreenCanvas c, ScreenModel m)
        {
            int pages = CodeChecklist(c, m.Line(0), TextKey.RcUnknown);
            c.Banner(c.Text(TextKey.UiSettleFailed), TextStyle.Declined);
            return pages;
        }

        /// <summary>A screen id without a view: its raw id and lines (they never hold a clear PAN or a PIN).</summary>
        internal static int Unknown(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiUnknownScreen));
            c.Line(4, m.Id, TextStyle.Dim);
            for (int i = 0; i < ScreenModel.LineCount; i++)
            {
                c.Line(6 + i, m.Line(i), TextStyle.Normal);
            }

            c.Keys(TextKey.UiKeysConfirmBack);
            return 1;
        }

        // ---- helpers ----

        /// <summary>
        /// The checklist of a code: a local code (LTO, L03, E2…) shows its local entry; a two-character host code its
        /// response-code entry (unknown codes: "transaction failed" with the code); anything else the fallback entry.
        /// </summary>
        private static int CodeChecklist(ScreenCanvas c, string code, int fallback)
        {
            int key = ScreenCodeKeys.ForLocalCode(code);
            if (key >= 0)
            {
                return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, key, TextStyle.Declined, c.Page);
            }

            if (code.Length == 2 || fallback == TextKey.RcUnknown)
            {
                return ChecklistScreen.BuildDecline(c.Screen, c.Bar, c.Locale, code, c.Page, false);
            }

            return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, fallback, TextStyle.Declined, c.Page);
        }

        private static void KindTitle(ScreenCanvas c, string kind, int fallback)
        {
            int key = ScreenCodeKeys.ForKind(kind);
            if (key < 0)
            {
                key = fallback;
            }

            if (key >= 0)
            {
                c.Title(c.Text(key));
            }
        }

        private static void OptionalField(ScreenCanvas c, int row, int label, string value)
        {
            if (value.Length > 0)
            {
                c.Field(row, c.Text(label), value, TextStyle.Normal);
            }
        }

        private static int EntryBadge(ScreenCanvas c, int col, string text)
        {
            return text.Length == 0 ? col : c.Screen.Write(9, col, text, TextStyle.Inverse) + 2;
        }

        /// <summary>The localized name of an <see cref="EntryNames"/> word (empty or unknown: empty, the row is left out).</summary>
        private static string EntryText(ScreenCanvas c, string entry)
        {
            int key = entry == EntryNames.Chip ? TextKey.UiCardChip : entry == EntryNames.Tap ? TextKey.UiCardTap
                : entry == EntryNames.Swipe ? TextKey.UiCardSwipe : entry == EntryNames.Fallback ? TextKey.UiEntryFallback
                : entry == EntryNames.Manual ? TextKey.UiEntryManual : -1;
            return key < 0 ? string.Empty : c.Text(key);
        }

        /// <summary>
        /// The machine's UTC "YYYYMMDDThhmmss" as local "YYYY-MM-DD HH:MM" (the status bar's offset); empty when
        /// unreadable or when the clock was not set (a year before <see cref="StatusSnapshot.MinValidYear"/>).
        /// </summary>
        private static string TimeText(ScreenCanvas c, string stamp)
        {
            if (stamp.Length != 15 || stamp[8] != 'T')
            {
                return string.Empty;
            }

            int year = (int)Numeric.Parse(stamp, 0, 4);
            int month = (int)Numeric.Parse(stamp, 4, 2);
            int day = (int)Numeric.Parse(stamp, 6, 2);
            int hour = (int)Numeric.Parse(stamp, 9, 2);
            int minute = (int)Numeric.Parse(stamp, 11, 2);
            int second = (int)Numeric.Parse(stamp, 13, 2);
            if (year < StatusSnapshot.MinValidYear || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59)
            {
                return string.Empty;
            }

            System.DateTime utc;
            try
            {
                // nanoFramework's DateTime rolls 31 April over to 1 May where .NET throws: check the day first.
                if (day > System.DateTime.DaysInMonth(year, month))
                {
                    return string.Empty;
                }

                utc = new System.DateTime(year, month, day, hour, minute, second);
            }
            catch (System.ArgumentException)
            {
                return string.Empty; // a year nanoFramework's DateTime does not have (after 3000)
            }

            return LocalClock.Date(utc, c.UtcOffsetMinutes) + " " + LocalClock.HourMinute(utc, c.UtcOffsetMinutes);
        }

        private static string Count(string count)
        {
            return count.Length == 0 ? "0" : count;
        }

        private static string Zero(string amount)
        {
            return amount.Length == 0 ? "0.00" : amount;
        }

        /// <summary>The machine's "12.34" in the locale's money format; unreadable text is shown as it came.</summary>
        private static string AmountText(ScreenCanvas c, string machineAmount)
        {
            long fen;
            return Money.TryParse(machineAmount, out fen) ? Money.Format(fen, c.Locale) : machineAmount;
        }

        private static int ParseCount(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length && i < 9; i++)
            {
                char ch = text[i];
                if (ch < '0' || ch > '9')
                {
                    return 0;
                }

                n = (n * 10) + (ch - '0');
            }

            return n;
        }
    }
}
