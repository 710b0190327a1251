using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// The layouts of the records look-up (FUNC, Transactions, 6) and today's summary (7): the ways to search, the value,
    /// the matches (two rows each: number, voucher no., kind and amount; date and time, card's last four and status),
    /// one record (with the answer to "1 print" on row 13), the "cardholder says charged" guide of its status (a
    /// checklist) and the summary, paged.
    /// </summary>
    internal static class RecordLayouts
    {
        private const string SearchDigits = "12345";

        private static readonly int[] SearchItems = new int[]
        {
            TextKey.UiRecByStan, TextKey.UiRecByRrn, TextKey.UiRecByAmount, TextKey.UiRecByCard, TextKey.UiRecByDate,
        };

        private static readonly int[] Prompts = new int[]
        {
            TextKey.UiRecPromptStan, TextKey.UiRecPromptRrn, TextKey.UiRecPromptAmount, TextKey.UiRecPromptCard, TextKey.UiRecPromptDate,
        };

        private static readonly int[] Kinds = new int[]
        {
            TextKey.UiRecKindSale, TextKey.UiRecKindVoid, TextKey.UiRecKindRefund, TextKey.UiRecKindOffline,
        };

        // By RecordStatus: the badge's text, its style and the guide's checklist.
        private static readonly int[] Statuses = new int[]
        {
            TextKey.UiRecStApproved, TextKey.UiRecStVoided, TextKey.UiRecStRefunded, TextKey.UiRecStReversed, TextKey.UiRecStReversing,
            TextKey.UiRecStDeclined, TextKey.UiRecStNotSent, TextKey.UiRecStStored, TextKey.UiRecStDelivered, TextKey.UiRecStFlagged,
            TextKey.UiRecStConfirming, TextKey.UiRecStUnknown,
        };

        private static readonly byte[] StatusStyles = new byte[]
        {
            TextStyle.Approved, TextStyle.Warning, TextStyle.Warning, TextStyle.Warning, TextStyle.Warning, TextStyle.Declined,
            TextStyle.Declined, TextStyle.Warning, TextStyle.Approved, TextStyle.Declined, TextStyle.Warning, TextStyle.Declined,
        };

        private static readonly int[] Guides = new int[]
        {
            TextKey.LocalGuideCharged, TextKey.LocalGuideCancelled, TextKey.LocalGuideRefunded, TextKey.LocalGuideReversed,
            TextKey.LocalGuideReversing, TextKey.LocalGuideNotCharged, TextKey.LocalGuideNotCharged, TextKey.LocalGuideOffline,
            TextKey.LocalGuideCharged, TextKey.LocalGuideFlagged, TextKey.LocalGuideConfirming, TextKey.LocalGuideUnknown,
        };

        // Summary lines of the first page, by kind: label, then count and amount (failed: count only).
        private static readonly int[] SummaryLabels = new int[]
        {
            TextKey.UiSumSales, TextKey.UiSumVoids, TextKey.UiSumRefunds, TextKey.UiSumOffline, TextKey.UiSumFailed,
        };

        private const int OperatorsPerPage = 4;

        // The detail's answer to "1 print" (the last notice row).
        private const int NoticeRow = 13;

        internal static int Menu(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiRecTitle));
            for (int i = 0; i < SearchItems.Length; i++)
            {
                c.Line(4 + i, SearchDigits.Substring(i, 1) + "  " + c.Text(SearchItems[i]), TextStyle.Normal);
            }

            c.Line(11, c.Text(TextKey.UiRecBatchOnly), TextStyle.Dim);
            return 1;
        }

        internal static int Query(ScreenCanvas c, ScreenModel m)
        {
            int search = (int)m.Search - 1;
            if (search < 0 || search >= Prompts.Length)
            {
                search = 0;
            }

            c.Title(c.Text(SearchItems[search]));
            c.Line(LayoutParts.PromptRow, c.Text(Prompts[search]), TextStyle.Normal);
            if (m.Search == RecordSearch.Date)
            {
                c.Line(LayoutParts.PromptRow + 1, c.Text(TextKey.UiRecToday), TextStyle.Dim);
            }

            bool amount = m.Search == RecordSearch.Amount && m.Digits.Length > 0;
            c.Input(LayoutParts.InputRow, amount ? LayoutParts.Amount(c, FieldList.ParseNumber(m.Digits)) : m.Digits);
            int error = m.Error == EntryError.NotFound ? TextKey.UiRecNone : m.Error == EntryError.Incomplete ? TextKey.UiRecIncomplete : -1;
            if (error >= 0)
            {
                c.Line(LayoutParts.ErrorRow, c.Text(error), TextStyle.Declined);
            }

            return 1;
        }

        internal static int List(ScreenCanvas c, ScreenModel m)
        {
            c.Title(c.Text(TextKey.UiRecTitle) + "  " + TextFormat.Fill(c.Text(TextKey.UiRecFound), LayoutParts.Count(m.MatchCount)));
            if (m.PageCount > 1)
            {
                c.Screen.WriteRight(ScreenCanvas.TitleRow, (m.Page + 1).ToString() + "/" + m.PageCount.ToString() + "  ", TextStyle.Dim);
            }

            for (int i = 0; i < m.RowCount; i++)
            {
                TransactionRecord r = m.Rows[i];
                int row = 3 + (2 * i);
                Pair(c, row, (i + 1).ToString() + "  " + LayoutParts.Number(r.Stan) + "  " + c.Text(Kinds[(int)r.Kind]), TextStyle.Normal,
                    LayoutParts.Amount(c, r.AmountFen), TextStyle.Title);
                string when = When(c, r, false);
                string card = r.Last4.Length > 0 ? "*" + r.Last4 : string.Empty;
                Pair(c, row + 1, "   " + when + (when.Length > 0 && card.Length > 0 ? "  " : string.Empty) + card, TextStyle.Dim,
                    c.Text(Statuses[(int)r.Status]), StatusStyles[(int)r.Status]);
            }

            return 1;
        }

        internal static int Detail(ScreenCanvas c, ScreenModel m)
        {
            TransactionRecord r = m.Record;
            if (r == null)
            {
                c.Title(c.Text(TextKey.UiRecTitle));
                c.Centered(6, c.Text(TextKey.UiRecGone), TextStyle.Warning);
                return 1;
            }

            int col = c.Screen.Write(ScreenCanvas.TitleRow, 1, " " + c.Text(Statuses[(int)r.Status]) + " ", StatusStyles[(int)r.Status]);
            c.Screen.Write(ScreenCanvas.TitleRow, col + 1, c.Text(Kinds[(int)r.Kind]), TextStyle.Title);
            c.Field(4, c.Text(TextKey.UiLabelAmount), LayoutParts.Amount(c, r.AmountFen), TextStyle.Title);
            LayoutParts.OptionalField(c, 5, TextKey.UiLabelCard, r.MaskedPan);
            c.Field(6, c.Text(TextKey.UiLabelTrace), LayoutParts.Number(r.Stan), TextStyle.Normal);
            LayoutParts.OptionalField(c, 7, TextKey.UiLabelRrn, r.Rrn);
            LayoutParts.OptionalField(c, 8, TextKey.UiLabelAuth, r.AuthCode);
            LayoutParts.OptionalField(c, 9, TextKey.UiLabelTime, When(c, r, true));
            c.Field(10, c.Text(TextKey.UiRecLabelOperator), r.Operator == Operators.None ? c.Text(TextKey.UiRecNoOperator) : Operators.Label(r.Operator),
                TextStyle.Normal);
            if (r.OriginalStan > 0 && r.Kind != RecordKind.Sale && r.Kind != RecordKind.OfflineSale)
            {
                c.Field(11, c.Text(TextKey.UiRecLabelOriginal), LayoutParts.Number(r.OriginalStan), TextStyle.Normal);
            }
            else
            {
                LayoutParts.OptionalField(c, 11, TextKey.UiLabelCode, r.Code);
            }

            string fact = r.HasReversal ? TextFormat.Fill(c.Text(r.ReversalAcknowledged ? TextKey.UiRecReversalAcked : TextKey.UiRecReversalPending),
                    r.ReversalAttempts.ToString())
                : r.RefundedFen > 0 ? TextFormat.Fill(c.Text(r.RefundedFen >= r.AmountFen ? TextKey.UiRecRefundedFull : TextKey.UiRecRefundedPart),
                    LayoutParts.Amount(c, r.RefundedFen))
                : string.Empty;
            if (fact.Length > 0)
            {
                c.Line(12, fact, r.HasReversal && !r.ReversalAcknowledged ? TextStyle.Warning : TextStyle.Normal);
            }

            int printed = PrintAnswerKeys.Of(m.Print);
            if (printed >= 0)
            {
                c.Line(NoticeRow, c.Text(printed), PrintAnswerKeys.Style(m.Print));
            }

            return 1;
        }

        internal static int Guide(ScreenCanvas c, ScreenModel m)
        {
            TransactionRecord r = m.Record;
            if (r == null)
            {
                return Detail(c, m);
            }

            int s = (int)r.Status;
            int guide = r.Status == RecordStatus.Approved && r.Kind == RecordKind.Void ? TextKey.LocalGuideCancelled
                : r.Status == RecordStatus.Approved && r.Kind == RecordKind.Refund ? TextKey.LocalGuideRefunded : Guides[s];
            ChecklistHeader h = c.Header; // no badge: the status words are long, and the guide's title says it
            string card = r.MaskedPan;
            h.Detail = LayoutParts.Amount(c, r.AmountFen) + (card.Length > 0 ? "  " + card : string.Empty);
            return ChecklistScreen.BuildEntry(c.Screen, c.Bar, c.Locale, guide, StatusStyles[s], c.Page, h);
        }

        internal static int Summary(ScreenCanvas c, ScreenModel m)
        {
            DaySummary s = m.Summary;
            string day = s == null || s.Day.Length != 8 ? string.Empty
                : s.Day.Substring(0, 4) + "-" + s.Day.Substring(4, 2) + "-" + s.Day.Substring(6, 2);
            c.Title(c.Text(TextKey.UiSumTitle) + "  " + day);
            if (s == null)
            {
                return 1;
            }

            int pages = 1 + ((s.OperatorCount + OperatorsPerPage - 1) / OperatorsPerPage);
            int page = c.Page < pages ? c.Page : pages - 1;
            if (page == 0)
            {
                Totals(c, 3, c.Text(SummaryLabels[0]), s.SaleCount, s.SaleFen);
                Totals(c, 5, c.Text(SummaryLabels[1]), s.VoidCount, s.VoidFen);
                Totals(c, 7, c.Text(SummaryLabels[2]), s.RefundCount, s.RefundFen);
                Totals(c, 9, c.Text(SummaryLabels[3]), s.OfflineCount, s.OfflineFen);
                Totals(c, 11, c.Text(SummaryLabels[4]), s.FailedCount, ScreenModel.NoAmount);
                c.Line(12, c.Text(TextKey.UiRecBatchOnly), TextStyle.Dim);
            }
            else
            {
                c.Line(3, c.Text(TextKey.UiSumByOperator), TextStyle.Dim);
                int first = (page - 1) * OperatorsPerPage;
                for (int i = first; i < s.OperatorCount && i < first + OperatorsPerPage; i++)
                {
                    int op = s.OperatorAt(i);
                    Totals(c, 4 + (2 * (i - first)), op == Operators.None ? c.Text(TextKey.UiRecNoOperator)
                        : TextFormat.Fill(c.Text(TextKey.UiSumOperator), Operators.Label(op)), s.CountAt(i), s.NetAt(i));
                }
            }

            if (pages > 1)
            {
                c.Screen.WriteRight(13, TextFormat.Fill(c.Text(TextKey.UiPage), (page + 1).ToString(), pages.ToString()) + " ", TextStyle.Dim);
            }

            return pages;
        }

        // A summary entry on two rows: the label and its count, then the amount (a credit with a minus) at the right margin.
        private static void Totals(ScreenCanvas c, int row, string label, int count, long fen)
        {
            Pair(c, row, label, TextStyle.Normal, TextFormat.Fill(c.Text(TextKey.UiSumCount), count.ToString()), TextStyle.Dim);
            if (fen != ScreenModel.NoAmount)
            {
                string amount = fen < 0 ? "-" + LayoutParts.Amount(c, -fen) : LayoutParts.Amount(c, fen);
                Pair(c, row + 1, string.Empty, TextStyle.Normal, amount, TextStyle.Title);
            }
        }

        // Left text at the margin, right text ending at the right margin.
        private static void Pair(ScreenCanvas c, int row, string left, byte leftStyle, string right, byte rightStyle)
        {
            c.Line(row, left, leftStyle);
            c.Screen.Write(row, Screen.Columns - ScreenCanvas.Margin - TextLayout.Cells(right), right, rightStyle);
        }

        // Local "MM-DD HH:MM" (a list row) or "YYYY-MM-DD HH:MM" (the detail); a record without its time: its date MMDD.
        private static string When(ScreenCanvas c, TransactionRecord r, bool year)
        {
            if (r.HasTime && r.UtcTime.Year >= StatusSnapshot.MinValidYear)
            {
                string date = LocalClock.Date(r.UtcTime, c.UtcOffsetMinutes);
                return (year ? date : date.Substring(5)) + " " + LocalClock.HourMinute(r.UtcTime, c.UtcOffsetMinutes);
            }

            return r.LocalDate.Length == 4 ? r.LocalDate.Substring(0, 2) + "-" + r.LocalDate.Substring(2) : string.Empty;
        }
    }
}
