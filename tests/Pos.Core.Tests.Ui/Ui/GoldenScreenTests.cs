using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Ui;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Ui
{
    /// <summary>
    /// Pixel-exact golden hashes: CRC-32 over every byte the renderer hands to the display for a key screen. A change
    /// of font, palette, layout or catalog text changes the hash; re-pin it only after looking at the screen
    /// (tests/Pos.Tests.Host/Catalog writes PNG snapshots to the temp folder).
    /// </summary>
    [TestClass]
    public class GoldenScreenTests
    {
        [TestMethod]
        public void Idle_screen_zh_CN()
        {
            Check(GoldenScreens.Idle(Locale.ZhCn), 0x4073F215u);
        }

        [TestMethod]
        public void Amount_entry_zh_CN()
        {
            Check(GoldenScreens.Amount(Locale.ZhCn), 0x1098C558u);
        }

        [TestMethod]
        public void Decline_51_zh_CN()
        {
            Screen s = new Screen();
            ChecklistScreen.BuildDecline(s, GoldenScreens.Status(), Locale.ZhCn, "51", 0, true);
            Check(s, 0xD16505ACu);
        }

        [TestMethod]
        public void Decline_51_en_US()
        {
            Screen s = new Screen();
            ChecklistScreen.BuildDecline(s, GoldenScreens.Status(), Locale.EnUs, "51", 0, true);
            Check(s, 0x03FEC132u);
        }

        [TestMethod]
        public void No_network_checklist_page_2_en_US()
        {
            Screen s = new Screen();
            ChecklistScreen.BuildEntry(s, GoldenScreens.Status(), Locale.EnUs, TextKey.LocalNoNetwork, TextStyle.Declined, 1);
            Check(s, 0xBCD283C5u);
        }

        [TestMethod]
        public void Self_test_summary_zh_CN()
        {
            Check(GoldenScreens.SelfTest(Locale.ZhCn), 0x2D8A0543u);
        }

        [TestMethod]
        public void Rendering_twice_gives_the_same_pixels_and_covers_the_screen()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            CrcDisplay a = new CrcDisplay();
            CrcDisplay b = new CrcDisplay();
            Screen s = GoldenScreens.Idle(Locale.EnUs);
            renderer.Render(s, a);
            renderer.Render(s, b);
            Assert.AreEqual(240, a.RowsWritten);
            Assert.AreEqual(a.Crc, b.Crc);
            Assert.AreEqual(10240, ScreenRenderer.BandBytes);
        }

        private static void Check(Screen screen, uint expected)
        {
            CrcDisplay display = new CrcDisplay();
            new ScreenRenderer().Render(screen, display);
            OutputHelper.WriteLine("CRC " + display.Crc.ToString("X8"));
            Assert.AreEqual(240, display.RowsWritten);
            Assert.AreEqual(expected, display.Crc);
        }
    }
}
