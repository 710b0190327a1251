using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Ui
{
    /// <summary>
    /// The printer's local codes: the table from <see cref="PrinterStatus"/>, each code's checklist as the screens
    /// resolve it, and the checklist screen of each (<see cref="ChecklistScreen.BuildDecline(Screen, StatusBar, int, string, int, bool)"/>,
    /// as the print queue shows it) pinned pixel-exact in both locales. Re-pin only after reading the printed screen.
    /// </summary>
    [TestClass]
    public class PrinterChecklistTests
    {
        [TestMethod]
        public void Each_fault_has_its_own_code_and_entry_and_ready_has_none()
        {
            Assert.IsNull(PrinterCodes.Of(PrinterStatus.Ready));
            Assert.AreEqual(-1, PrinterCodes.KeyOf(PrinterStatus.Ready));
            Assert.AreEqual("LPP", PrinterCodes.Of(PrinterStatus.PaperOut));
            Assert.AreEqual("LPC", PrinterCodes.Of(PrinterStatus.CoverOpen));
            Assert.AreEqual("LPH", PrinterCodes.Of(PrinterStatus.Overheated));
            Assert.AreEqual("LPO", PrinterCodes.Of(PrinterStatus.Offline));
            Assert.IsNull(PrinterCodes.Of((PrinterStatus)9));
            for (int i = 0; i < PrinterCodes.Count; i++)
            {
                PrinterStatus status = (PrinterStatus)(i + 1);
                string code = PrinterCodes.Of(status);
                Assert.AreEqual(PrinterCodes.CodeAt(i), code);
                Assert.AreEqual(PrinterCodes.KeyAt(i), PrinterCodes.KeyOf(status));
                Assert.AreEqual(PrinterCodes.KeyOf(status), ScreenCodeKeys.ForLocalCode(code), code + " resolves to its entry");
                Assert.IsTrue(Catalog.StepCount(Locale.ZhCn, PrinterCodes.KeyOf(status)) > 0);
                Assert.AreEqual(Catalog.StepCount(Locale.EnUs, PrinterCodes.KeyOf(status)), Catalog.StepCount(Locale.ZhCn, PrinterCodes.KeyOf(status)), code);
            }

            Assert.AreEqual((int)Actor.Cashier, (int)Catalog.WhoOf(TextKey.LocalPrinterPaperOut));
            Assert.AreEqual((int)Actor.Merchant, (int)Catalog.WhoOf(TextKey.LocalPrinterOffline));
            Assert.AreEqual("缺纸 (LPP)", DiagnosticValueText.Localize("paper out (LPP)", Locale.ZhCn));
            Assert.AreEqual("无应答 (LPO)", DiagnosticValueText.Localize("no answer (LPO)", Locale.ZhCn));
            Assert.AreEqual("正在打印，请稍后再试", DiagnosticValueText.Localize("printing, try again", Locale.ZhCn));
        }

        [TestMethod]
        public void Checklists_zh_CN()
        {
            // Paper out, cover open, overheated, not answering (PrinterStatus 1-4).
            CheckAll(Locale.ZhCn, new uint[] { 0x310ED8E1u, 0x163A6B86u, 0x21709C60u, 0x5588D92Fu });
        }

        [TestMethod]
        public void Checklists_en_US()
        {
            CheckAll(Locale.EnUs, new uint[] { 0xAFEA64B1u, 0x938B4425u, 0xF68D9D86u, 0xBC9E7C88u });
        }

        private static void CheckAll(int locale, uint[] expected)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                Check(locale, (PrinterStatus)(i + 1), expected[i]);
            }
        }

        // Every page of the code's screen is drawn; the first is pinned, after checking its title is the entry's.
        private static void Check(int locale, PrinterStatus status, uint expected)
        {
            string code = PrinterCodes.Of(status);
            Screen s = new Screen();
            int pages = ChecklistScreen.BuildDecline(s, GoldenScreens.Status(), locale, code, 0, false);
            OutputHelper.WriteLine(s.ToText());
            string title = s.RowText(ChecklistScreen.TitleRow);
            Assert.Contains(code, title);
            Assert.Contains(Catalog.Get(locale, PrinterCodes.KeyOf(status)), title);
            for (int page = 1; page < pages; page++)
            {
                Screen next = new Screen();
                ChecklistScreen.BuildDecline(next, GoldenScreens.Status(), locale, code, page, false);
                OutputHelper.WriteLine(next.ToText());
            }

            CrcDisplay display = new CrcDisplay();
            new ScreenRenderer().Render(s, display);
            OutputHelper.WriteLine("CRC " + display.Crc.ToString("X8") + ", pages " + pages.ToString());
            Assert.AreEqual(240, display.RowsWritten);
            Assert.AreEqual(expected, display.Crc, code);
        }
    }
}
