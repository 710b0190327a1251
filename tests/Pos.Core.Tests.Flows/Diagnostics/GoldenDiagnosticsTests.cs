using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Ui;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>
    /// Pixel-exact hashes (CRC-32 through <see cref="CrcDisplay"/>) of the self-test summary and of a failed check's
    /// checklist page, in both locales. Re-pin only after looking at the screen (the test prints "CRC XXXXXXXX").
    /// </summary>
    [TestClass]
    public class GoldenDiagnosticsTests
    {
        [TestMethod]
        public void Summary_zh_CN()
        {
            Check(Summary(Locale.ZhCn), 0x08798300u);
        }

        [TestMethod]
        public void Summary_en_US()
        {
            Check(Summary(Locale.EnUs), 0xDCF3D623u);
        }

        [TestMethod]
        public void Wifi_fail_checklist_zh_CN()
        {
            Check(WifiChecklist(Locale.ZhCn), 0x4ACA2805u);
        }

        [TestMethod]
        public void Wifi_fail_checklist_en_US()
        {
            Check(WifiChecklist(Locale.EnUs), 0x24120435u);
        }

        private static DiagRig RunAll(int locale, int rssi)
        {
            DiagRig rig = DiagRig.Create();
            if (locale == Locale.EnUs)
            {
                rig.Press(Key.Func);
                rig.Press(Key.Enter);
                rig.Press(Key.Down);
                rig.Press(Key.Enter);
                rig.Press(Key.Cancel);
            }

            rig.Net.Rssi = rssi;
            rig.Host.Code = "A0";
            rig.Power.Millivolts = 3712;
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit1);
            rig.ConfirmDisplayPatterns();
            rig.Press(Pos.Core.Ui.Menus.InteractiveTests.KeypadOrder);
            rig.Press(Key.Cancel); // skip the card
            return rig;
        }

        private static Screen Summary(int locale)
        {
            DiagRig rig = RunAll(locale, -72);
            rig.Press(Key.Down);
            rig.Press(Key.Down);
            OutputHelper.WriteLine(rig.Menu.Screen.ToText());
            return rig.Menu.Screen;
        }

        private static Screen WifiChecklist(int locale)
        {
            DiagRig rig = RunAll(locale, -85);
            int wifi = rig.Runner.IndexOf("wifi");
            for (int i = 0; i < wifi; i++)
            {
                rig.Press(Key.Down);
            }

            rig.Press(Key.Enter);
            OutputHelper.WriteLine(rig.Menu.Screen.ToText());
            return rig.Menu.Screen;
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
