using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Ui;

namespace Pos.Core.Tests.Ui
{
    [TestClass]
    public class TextLayoutTests
    {
        [TestMethod]
        public void Cjk_and_full_width_take_two_cells()
        {
            Assert.AreEqual(1, TextLayout.CellWidth('A'));
            Assert.AreEqual(2, TextLayout.CellWidth('余'));
            Assert.AreEqual(2, TextLayout.CellWidth('，'));
            Assert.AreEqual(2, TextLayout.CellWidth('（'));
            Assert.AreEqual(2, TextLayout.CellWidth('鼎')); // not in the font: the wide range decides
            Assert.AreEqual(8, TextLayout.Cells("余额不足"));
            Assert.AreEqual(9, TextLayout.Cells("MAC校验错"));
        }

        [TestMethod]
        public void Wrapping_breaks_latin_at_spaces()
        {
            string[] lines = TextLayout.Wrap("Check the IP address, gateway and DNS settings.", 20);
            Assert.AreEqual(3, lines.Length);
            Assert.AreEqual("Check the IP", lines[0]);
            Assert.AreEqual("address, gateway and", lines[1]);
            Assert.AreEqual("DNS settings.", lines[2]);
        }

        [TestMethod]
        public void Wrapping_breaks_cjk_anywhere_but_keeps_punctuation_with_its_character()
        {
            string[] lines = TextLayout.Wrap("请检查路由器是否通电、联网", 10);
            Assert.AreEqual("请检查路由", lines[0]);
            Assert.AreEqual("器是否通", lines[1]);
            Assert.AreEqual("电、联网", lines[2]);
        }

        [TestMethod]
        public void Wrapped_lines_never_exceed_the_width_nor_split_a_character_in_any_catalog_string()
        {
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int key = 0; key < TextKey.Count; key++)
                {
                    int n = Catalog.StepCount(locale, key);
                    for (int s = -1; s < n; s++)
                    {
                        string text = s < 0 ? Catalog.Get(locale, key) : Catalog.Step(locale, key, s);
                        foreach (int width in new int[] { 36, 13 })
                        {
                            string[] lines = TextLayout.Wrap(text, width);
                            string joined = string.Empty;
                            for (int i = 0; i < lines.Length; i++)
                            {
                                Assert.IsTrue(TextLayout.Cells(lines[i]) <= width, lines[i]);
                                joined += lines[i];
                            }

                            // Only spaces may be lost at the breaks: every other character survives, in order.
                            Assert.AreEqual(Strip(text), Strip(joined), text);
                        }
                    }
                }
            }
        }

        [TestMethod]
        public void A_word_longer_than_the_line_is_cut_hard()
        {
            string[] lines = TextLayout.Wrap("ABCDEFGHIJ", 4);
            Assert.AreEqual(3, lines.Length);
            Assert.AreEqual("IJ", lines[2]);
        }

        private static string Strip(string s)
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != ' ')
                {
                    sb.Append(s[i]);
                }
            }

            return sb.ToString();
        }
    }
}
