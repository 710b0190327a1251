using Pos.Core.Localization;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Builds the screen of a rejection or a failed check: the badge and title, who acts, the header's detail line and
    /// banner, the ordered steps and, when the entry has one, the sentence the cashier may say to the cardholder as the
    /// last block (its label in front, in <see cref="TextStyle.Say"/>), paged. Row 0 status bar; row 1 left blank under
    /// it; row 2 badge and title; row 3 who acts; then the detail line, its note and the banner when there are any; the steps after
    /// one blank row, up to row 12; row 13 page n/m; row 14 keys. Text keeps one blank cell at each side of the screen.
    /// </summary>
    public static class ChecklistScreen
    {
        /// <summary>Row of the title.</summary>
        public const int TitleRow = 2;

        /// <summary>Row of the who-acts line.</summary>
        public const int WhoRow = 3;

        /// <summary>First row of the steps when the header has no detail line and no banner.</summary>
        public const int FirstStepRow = 5;

        /// <summary>Rows for steps per page when the header has no detail line and no banner.</summary>
        public const int StepRows = 8;

        /// <summary>Row of the page indicator.</summary>
        public const int PageRow = 13;

        /// <summary>Cells a step row may use: one blank cell at each side.</summary>
        public const int StepWidth = Screen.Columns - 2;

        /// <summary>
        /// The decline screen for a response code (unknown codes show "transaction failed" with the raw code).
        /// When <paramref name="retainCard"/> is false, codes whose action is retain-card show the not-retained entry
        /// instead, its title and steps under the code's badge: "此卡暂不能使用", "return the card", never "pick up".
        /// Returns the number of pages; <paramref name="page"/> is clamped.
        /// </summary>
        public static int BuildDecline(Screen screen, StatusBar status, int locale, string code, int page, bool retainCard)
        {
            return BuildDecline(screen, status, locale, code, page, retainCard, null);
        }

        /// <summary>
        /// The decline screen with a header (the payment's amount and card, a banner); the code is its badge. A local
        /// code of the terminal's (<see cref="ScreenCodeKeys"/>: LTO, L03, E2, LPP…) shows its own entry.
        /// </summary>
        public static int BuildDecline(Screen screen, StatusBar status, int locale, string code, int page, bool retainCard, ChecklistHeader header)
        {
            int local = ScreenCodeKeys.ForLocalCode(code);
            if (local >= 0)
            {
                return Build(screen, status, locale, code, Catalog.Get(locale, local), local, local, BadgeOf(local), page, header);
            }

            int key = Catalog.KeyForCode(code);
            bool known = key != TextKey.RcUnknown;
            byte badge = BadgeOf(key);
            if (!retainCard && Catalog.ActionOf(key) == CodeAction.RetainCard)
            {
                int kept = TextKey.LocalCardNotRetained;
                return Build(screen, status, locale, code, Catalog.Get(locale, kept), key, kept, badge, page, header);
            }

            return Build(screen, status, locale, known ? code : string.Empty, Catalog.CodeTitle(locale, code), key, key, badge, page, header);
        }

        /// <summary>The screen of a local error or a diagnostics check (by key), with a badge style of choice and no badge text.</summary>
        public static int BuildEntry(Screen screen, StatusBar status, int locale, int key, byte badgeStyle, int page)
        {
            return BuildEntry(screen, status, locale, key, badgeStyle, page, null);
        }

        /// <summary>The screen of a local error or a check with a header: its badge text (a local code, a result word), detail and banner.</summary>
        public static int BuildEntry(Screen screen, StatusBar status, int locale, int key, byte badgeStyle, int page, ChecklistHeader header)
        {
            return Build(screen, status, locale, header == null ? string.Empty : header.Badge, Catalog.Get(locale, key), key, key, badgeStyle, page, header);
        }

        // Green for an entry of the success class, red for any other.
        private static byte BadgeOf(int key)
        {
            return Catalog.ClassOf(key) == CodeClass.Success ? TextStyle.Approved : TextStyle.Declined;
        }

        private static int Build(Screen screen, StatusBar status, int locale, string badgeText, string title, int whoKey, int stepsKey, byte badge, int page, ChecklistHeader header)
        {
            screen.Clear();
            status.Draw(screen, locale);
            int col = 1;
            if (badgeText != null && badgeText.Length > 0)
            {
                // No empty badge: a screen without a code starts its title at the margin.
                col = screen.Write(TitleRow, 0, " " + badgeText + " ", badge) + 1;
            }

            screen.Write(TitleRow, col, title, TextStyle.Title);
            int row = WhoRow;
            Actor who = Catalog.WhoOf(whoKey);
            if (who != Actor.None)
            {
                screen.Write(row, col, TextFormat.Fill(Catalog.Get(locale, TextKey.UiWhoLabel), Catalog.ActorName(locale, who)), TextStyle.Dim);
            }

            if (header != null && header.Detail.Length > 0)
            {
                row++;
                screen.Write(row, col, header.Detail, header.DetailStyle);
            }

            if (header != null && header.Note.Length > 0)
            {
                row++;
                screen.Write(row, col, header.Note, header.DetailStyle);
            }

            if (header != null && header.Banner.Length > 0)
            {
                row++;
                screen.FillRow(row, header.BannerStyle);
                screen.Write(row, 1, header.Banner, header.BannerStyle);
            }

            string say = Catalog.Say(locale, stepsKey);
            if (say.Length > 0)
            {
                say = TextFormat.Fill(Catalog.Get(locale, TextKey.UiSayLabel), say);
            }

            int first = row + 2;
            ChecklistLayout layout = new ChecklistLayout(Catalog.Steps(locale, stepsKey), say, StepWidth, PageRow - first);
            int pages = layout.PageCount;
            if (page >= pages)
            {
                page = pages - 1;
            }

            if (page < 0)
            {
                page = 0;
            }

            for (int i = 0; i < layout.LineCount(page); i++)
            {
                screen.Write(first + i, 1, layout.Line(page, i), layout.IsSay(page, i) ? TextStyle.Say : TextStyle.Normal);
            }

            if (pages > 1)
            {
                screen.WriteRight(PageRow, TextFormat.Fill(Catalog.Get(locale, TextKey.UiPage), (page + 1).ToString(), pages.ToString()) + " ", TextStyle.Dim);
            }

            screen.SetKeyHints(Catalog.Get(locale, pages > 1 ? TextKey.UiKeysChecklist : TextKey.UiKeysConfirmBack));
            return pages;
        }
    }
}
