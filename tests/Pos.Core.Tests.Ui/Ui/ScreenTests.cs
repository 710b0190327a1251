using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Ui;

namespace Pos.Core.Tests.Ui
{
    [TestClass]
    public class ScreenTests
    {
        [TestMethod]
        public void Status_bar_shows_link_queue_battery_and_time()
        {
            Screen screen = new Screen();
            StatusBar bar = new StatusBar();
            bar.Online = false;
            bar.QueueCount = 3;
            bar.BatteryPercent = 80;
            bar.Hour = 8;
            bar.Minute = 5;
            bar.Draw(screen, Locale.ZhCn);
            Assert.AreEqual(" 离线  待传3                 80%  08:05", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.Declined, (int)screen.StyleAt(0, 1));
            Assert.AreEqual((int)TextStyle.StatusBar, (int)screen.StyleAt(0, 39));

            bar.Online = true;
            bar.QueueCount = 0;
            bar.BatteryPercent = -1;
            bar.Hour = -1;
            bar.Draw(screen, Locale.EnUs);
            Assert.AreEqual(" ONLINE                           --:--", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.Approved, (int)screen.StyleAt(0, 1));
        }

        [TestMethod]
        public void Status_bar_marks_a_test_master_key_on_every_screen()
        {
            Screen screen = new Screen();
            StatusBar bar = new StatusBar();
            bar.Online = false;
            bar.QueueCount = 3;
            bar.FlaggedCount = 2;
            bar.TestKey = true;
            bar.BatteryPercent = 80;
            bar.Hour = 8;
            bar.Minute = 5;
            bar.Draw(screen, Locale.ZhCn);
            Assert.AreEqual(" 离线  待传3 待查2 测试      80%  08:05", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.SolidRed, (int)screen.StyleAt(0, 21));

            bar.QueueCount = 0;
            bar.FlaggedCount = 0;
            bar.Online = true;
            bar.Draw(screen, Locale.EnUs);
            Assert.AreEqual(" ONLINE  TEST                80%  08:05", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.SolidRed, (int)screen.StyleAt(0, 9));

            bar.TestKey = false;
            bar.Draw(screen, Locale.EnUs);
            Assert.AreEqual(" ONLINE                      80%  08:05", screen.RowText(0));
        }

        [TestMethod]
        public void Status_bar_shows_flagged_offline_sales_after_the_queue_in_the_warning_style()
        {
            Screen screen = new Screen();
            StatusBar bar = new StatusBar();
            bar.Online = false;
            bar.QueueCount = 3;
            bar.FlaggedCount = 2;
            bar.BatteryPercent = 80;
            bar.Hour = 8;
            bar.Minute = 5;
            bar.Draw(screen, Locale.ZhCn);
            Assert.AreEqual(" 离线  待传3 待查2           80%  08:05", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.StatusBar, (int)screen.StyleAt(0, 9));
            Assert.AreEqual((int)TextStyle.Warning, (int)screen.StyleAt(0, 15));

            bar.QueueCount = 0;
            bar.FlaggedCount = 1;
            bar.Draw(screen, Locale.EnUs);
            Assert.AreEqual(" OFFLINE  !1                 80%  08:05", screen.RowText(0));
            Assert.AreEqual((int)TextStyle.Warning, (int)screen.StyleAt(0, 10));

            bar.FlaggedCount = 0;
            bar.Draw(screen, Locale.EnUs);
            Assert.AreEqual(" OFFLINE                     80%  08:05", screen.RowText(0));
        }

        [TestMethod]
        public void Wide_characters_fill_two_cells_and_are_not_split_at_the_row_end()
        {
            Screen screen = new Screen();
            int end = screen.Write(1, 0, "余额", TextStyle.Normal);
            Assert.AreEqual(4, end);
            Assert.AreEqual('余', screen.CharAt(1, 0));
            Assert.AreEqual(Screen.Continuation, screen.CharAt(1, 1));
            Assert.AreEqual(40, screen.Write(2, 38, "余额", TextStyle.Normal));
            Assert.AreEqual(' ', screen.CharAt(2, 38) == '余' ? ' ' : 'x');
            Assert.AreEqual(39, screen.Write(3, 37, "AB余", TextStyle.Normal));
            Assert.AreEqual(' ', screen.CharAt(3, 39));
            screen.Write(1, 1, "X", TextStyle.Normal);
            Assert.AreEqual(' ', screen.CharAt(1, 0));
            Assert.AreEqual("X额", screen.RowText(1).Trim());
        }

        [TestMethod]
        public void Checklist_pages_keep_steps_whole_and_number_them()
        {
            string[] steps = new string[] { "one two three four five six", "alpha", "beta gamma delta epsilon" };
            ChecklistLayout layout = new ChecklistLayout(steps, 15, 4);
            Assert.AreEqual(3, layout.PageCount);
            Assert.AreEqual(3, layout.LineCount(0));
            Assert.AreEqual("1. one two", layout.Line(0, 0));
            Assert.AreEqual("   three four", layout.Line(0, 1));
            Assert.AreEqual("   five six", layout.Line(0, 2));
            Assert.AreEqual(1, layout.LineCount(1));
            Assert.AreEqual("2. alpha", layout.Line(1, 0));
            Assert.AreEqual(3, layout.LineCount(2));
            Assert.AreEqual("3. beta gamma", layout.Line(2, 0));
            Assert.AreEqual("   epsilon", layout.Line(2, 2));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => layout.Line(3, 0));

            // Two short steps share a page, separated by a blank line.
            ChecklistLayout two = new ChecklistLayout(new string[] { "a", "b" }, 15, 4);
            Assert.AreEqual(1, two.PageCount);
            Assert.AreEqual(3, two.LineCount(0));
            Assert.AreEqual(string.Empty, two.Line(0, 1));
        }

        [TestMethod]
        public void Decline_screen_shows_code_title_who_steps_and_the_cardholder_line()
        {
            Screen screen = new Screen();
            StatusBar bar = GoldenScreens.Status();
            int pages = ChecklistScreen.BuildDecline(screen, bar, Locale.ZhCn, "51", 0, true);
            Assert.AreEqual(1, pages);
            Assert.AreEqual(" 51  余额不足", screen.RowText(2));
            Assert.AreEqual("     需持卡人处理", screen.RowText(3));
            Assert.AreEqual(" 1. 请小声告知，勿当众说“余额不足”", screen.RowText(5));
            Assert.AreEqual(" 2. 可用余额查询功能查询（需输入密码）", screen.RowText(7));
            Assert.AreEqual(" 3. 可先付部分，其余用其他卡或方式支付", screen.RowText(9));
            string say = Catalog.Say(Locale.ZhCn, TextKey.Rc51);
            Assert.AreEqual(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiSayLabel), say), screen.RowText(11).Trim() + screen.RowText(12).Trim());
            Assert.IsTrue(screen.RowText(11).StartsWith(" 可告知持卡人："), screen.RowText(11));
            Assert.AreEqual((int)TextStyle.Say, (int)screen.StyleAt(11, 1));
            Assert.AreEqual((int)TextStyle.Say, (int)screen.StyleAt(12, 1));
            Assert.AreEqual((int)TextStyle.Normal, (int)screen.StyleAt(9, 1));
            Assert.AreEqual(" 确认 继续  取消 返回", screen.RowText(14));
            Assert.AreEqual((int)TextStyle.Declined, (int)screen.StyleAt(2, 0));

            // In English the steps take more rows: the sentence is the last block, on the last page.
            int enPages = ChecklistScreen.BuildDecline(screen, bar, Locale.EnUs, "51", 0, true);
            ChecklistScreen.BuildDecline(screen, bar, Locale.EnUs, "51", enPages - 1, true);
            int sayRow = -1;
            for (int row = ChecklistScreen.FirstStepRow; row < ChecklistScreen.PageRow; row++)
            {
                if (sayRow < 0 && screen.RowText(row).StartsWith(" Tell the cardholder: "))
                {
                    sayRow = row;
                }
            }

            Assert.IsTrue(sayRow > 0, screen.ToText());
            Assert.AreEqual((int)TextStyle.Say, (int)screen.StyleAt(sayRow, 1));
        }

        [TestMethod]
        public void An_entry_without_a_sentence_has_no_cardholder_line()
        {
            Screen screen = new Screen();
            ChecklistScreen.BuildEntry(screen, GoldenScreens.Status(), Locale.ZhCn, TextKey.DiagWifi, TextStyle.Warning, 0);
            for (int row = ChecklistScreen.FirstStepRow; row < ChecklistScreen.PageRow; row++)
            {
                Assert.AreNotEqual((int)TextStyle.Say, (int)screen.StyleAt(row, 1), "row " + row.ToString());
            }
        }

        [TestMethod]
        public void The_cardholder_line_pages_whole_after_the_steps()
        {
            ChecklistLayout layout = new ChecklistLayout(new string[] { "a", "b" }, "say it", 15, 4);
            Assert.AreEqual(2, layout.PageCount);
            Assert.AreEqual(3, layout.LineCount(0));
            Assert.IsFalse(layout.IsSay(0, 2));
            Assert.AreEqual(1, layout.LineCount(1));
            Assert.AreEqual("say it", layout.Line(1, 0));
            Assert.IsTrue(layout.IsSay(1, 0));

            ChecklistLayout fits = new ChecklistLayout(new string[] { "a" }, "say it", 15, 4);
            Assert.AreEqual(1, fits.PageCount);
            Assert.AreEqual(string.Empty, fits.Line(0, 1));
            Assert.IsTrue(fits.IsSay(0, 2));
        }

        // With retention off (the default) a pick-up code shows the not-retained entry: its title under the code's badge,
        // "return the card", never "pick up" or "keep the card".
        private static readonly string[] RetainCodes = new string[] { "04", "07", "34", "35", "37", "41", "43", "67" };

        [TestMethod]
        public void Retain_card_codes_follow_the_retention_setting()
        {
            Screen screen = new Screen();
            ChecklistScreen.BuildDecline(screen, GoldenScreens.Status(), Locale.EnUs, "04", 0, true);
            Assert.AreEqual(" 04  Pick up card", screen.RowText(2));
            Assert.AreEqual(" 1. Politely keep the card; do not", screen.RowText(5)); // wrapped at 38 cells
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                string title = Catalog.Get(locale, TextKey.LocalCardNotRetained);
                for (int i = 0; i < RetainCodes.Length; i++)
                {
                    ChecklistScreen.BuildDecline(screen, GoldenScreens.Status(), locale, RetainCodes[i], 0, false);
                    Assert.AreEqual(" " + RetainCodes[i] + "  " + title, screen.RowText(2), RetainCodes[i]);
                    Assert.AreEqual(" 1. " + Catalog.Step(locale, TextKey.LocalCardNotRetained, 0), screen.RowText(5), RetainCodes[i]);
                    string text = screen.ToText();
                    Assert.IsTrue(text.IndexOf("没收卡") < 0 && text.IndexOf("收下此卡") < 0 && text.IndexOf("Pick up") < 0 && text.IndexOf("keep the card") < 0, text);
                }
            }

            Assert.AreEqual("此卡暂不能使用", Catalog.Get(Locale.ZhCn, TextKey.LocalCardNotRetained));
            ChecklistScreen.BuildDecline(screen, GoldenScreens.Status(), Locale.ZhCn, "41", 0, false);
            Assert.AreEqual(" 41  此卡暂不能使用", screen.RowText(2));
            Assert.AreEqual(" 1. 请将卡交还持卡人", screen.RowText(5));
        }

        [TestMethod]
        public void Unknown_code_screen_shows_the_raw_code()
        {
            Screen screen = new Screen();
            ChecklistScreen.BuildDecline(screen, GoldenScreens.Status(), Locale.EnUs, "ZZ", 0, true);
            Assert.AreEqual(" Transaction failed (code ZZ)", screen.RowText(2)); // no empty badge: the code is in the title
        }

        [TestMethod]
        public void Long_checklists_page_with_an_indicator()
        {
            Screen screen = new Screen();
            int pages = ChecklistScreen.BuildEntry(screen, GoldenScreens.Status(), Locale.EnUs, TextKey.LocalNoNetwork, TextStyle.Declined, 1);
            Assert.AreEqual(2, pages);
            Assert.AreEqual("Page 2/2", screen.RowText(13).Trim());
            Assert.AreEqual(" 4. This terminal has 2.4 GHz Wi-Fi", screen.RowText(5));
            Assert.AreEqual(" UP/DOWN page  ENTER done  CANCEL back", screen.RowText(14));
            Assert.AreEqual(2, ChecklistScreen.BuildEntry(screen, GoldenScreens.Status(), Locale.EnUs, TextKey.LocalNoNetwork, TextStyle.Declined, 9));
            Assert.AreEqual("Page 2/2", screen.RowText(13).Trim());
        }

        [TestMethod]
        public void Every_checklist_fits_its_pages_in_every_locale()
        {
            Screen screen = new Screen();
            StatusBar bar = GoldenScreens.Status();
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int key = 0; key < TextKey.Count; key++)
                {
                    if (Catalog.StepCount(locale, key) == 0)
                    {
                        continue;
                    }

                    int pages = ChecklistScreen.BuildEntry(screen, bar, locale, key, TextStyle.Declined, 0);
                    Assert.IsTrue(pages >= 1 && pages <= 3, Catalog.KeyName(key));
                    Assert.IsTrue(TextLayout.Cells(screen.RowText(2)) <= Screen.Columns, Catalog.KeyName(key));
                }
            }
        }
    }
}
