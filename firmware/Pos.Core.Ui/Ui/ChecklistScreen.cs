using Pos.Core.Localization;

namespace Pos.Core.Ui
{
    /// <summary>
    /// Builds the screen of a rejection or a failed check: the code badge and title, who acts, the ordered steps and,
    /// when the entry has one, the sentence the cashier may say to the cardholder as the last block (its label in front,
    /// in <see cref="TextStyle.Say"/>), paged. Row 0 status bar; row 2 title; row 3 who acts; rows 5–12 steps; row 13
    /// page n/m; row 14 keys.
    /// </summary>
    public static class ChecklistScreen
    {
        /// <summary>Row of the title.</summary>
        public const int TitleRow = 2;

        /// <summary>Row of the who-acts line.</summary>
        public const int WhoRow = 3;

        /// <summary>First row of the steps.</summary>
        public const int FirstStepRow = 5;

        /// <summary>Rows for steps per page.</summary>
        public const int StepRows = 8;

        /// <summary>Row of the page indicator.</summary>
        public const int PageRow = 13;

        /// <summary>
        /// The decline screen for a response code (unknown codes show "transaction failed" with the raw code).
        /// When <paramref name="retainCard"/> is false, codes whose action is retain-card show the not-retained entry
        /// instead, its title and steps under the code's badge: "此卡暂不能使用", "return the card", never "pick up".
        /// Returns the number of pages; <paramref name="page"/> is clamped.
        /// </summary>
        public static int BuildDecline(Screen screen, StatusBar status, int locale, string code, int page, bool retainCard)
        {
            int key = Catalog.KeyForCode(code);
            bool known = key != TextKey.RcUnknown;
            byte badge = Catalog.ClassOf(key) == CodeClass.Success ? TextStyle.Approved : TextStyle.Declined;
            if (!retainCard && Catalog.ActionOf(key) == CodeAction.RetainCard)
            {
                int kept = TextKey.LocalCardNotRetained;
                return Build(screen, status, locale, code, Catalog.Get(locale, kept), key, kept, badge, page);
            }

            return Build(screen, status, locale, known ? code : null, Catalog.CodeTitle(locale, code), key, key, badge, page);
        }

        /// <summary>The screen of a local error or a diagnostics check (by key), with a badge style of choice.</summary>
        public static int BuildEntry(Screen screen, StatusBar status, int locale, int key, byte badgeStyle, int page)
        {
            return Build(screen, status, locale, null, Catalog.Get(locale, key), key, key, badgeStyle, page);
        }

        private static int Build(Screen screen, StatusBar status, int locale, string code, string title, int whoKey, int stepsKey, byte badge, int page)
        {
            screen.Clear();
            status.Draw(screen, locale);
            int col = 0;
            if (code != null)
            {
                col = screen.Write(TitleRow, 0, " " + code + " ", badge);
                col++;
            }
            else
            {
                screen.Write(TitleRow, 0, " ", badge);
                col = 2;
            }

            screen.Write(TitleRow, col, title, TextStyle.Title);
            Actor who = Catalog.WhoOf(whoKey);
            if (who != Actor.None)
            {
                screen.Write(WhoRow, col, TextFormat.Fill(Catalog.Get(locale, TextKey.UiWhoLabel), Catalog.ActorName(locale, who)), TextStyle.Dim);
            }

            string say = Catalog.Say(locale, stepsKey);
            if (say.Length > 0)
            {
                say = TextFormat.Fill(Catalog.Get(locale, TextKey.UiSayLabel), say);
            }

            ChecklistLayout layout = new ChecklistLayout(Catalog.Steps(locale, stepsKey), say, Screen.Columns - 1, StepRows);
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
                screen.Write(FirstStepRow + i, 1, layout.Line(page, i), layout.IsSay(page, i) ? TextStyle.Say : TextStyle.Normal);
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
