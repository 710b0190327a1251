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
            Check(Summary(Locale.ZhCn), 0x7A62C331u);
        }

        [TestMethod]
        public void Summary_en_US()
        {
            Check(Summary(Locale.EnUs), 0x9749D0B8u);
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

        [TestMethod]
        public void Key_component_entry_zh_CN()
        {
            Check(KeyLoad(Locale.ZhCn, false), 0x5A362A0Cu);
        }

        [TestMethod]
        public void Key_component_entry_en_US()
        {
            Check(KeyLoad(Locale.EnUs, false), 0x4FBF53B7u);
        }

        [TestMethod]
        public void Master_key_check_value_zh_CN()
        {
            Check(KeyLoad(Locale.ZhCn, true), 0xA1EF8D1Fu);
        }

        [TestMethod]
        public void Master_key_check_value_en_US()
        {
            Check(KeyLoad(Locale.EnUs, true), 0xD1096377u);
        }

        // Custodian 2 halfway through with letters on, or the combined check value before the last ENTER (TEST components).
        private static Screen KeyLoad(int locale, bool combined)
        {
            DiagRig rig = DiagRig.Create();
            if (locale == Locale.EnUs)
            {
                rig.ChooseEnglish();
            }

            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit9);
            rig.Press(TestDigits(32, 3));
            rig.Press(new Key[] { Key.Enter, Key.Enter, Key.Enter });
            rig.Press(TestDigits(combined ? 32 : 13, 7));
            if (combined)
            {
                rig.Press(new Key[] { Key.Enter, Key.Enter });
            }
            else
            {
                rig.Press(Key.Func);
            }

            OutputHelper.WriteLine(rig.Menu.Screen.ToText());
            return rig.Menu.Screen;
        }

        // A TEST component of digits only, different for each step.
        private static Key[] TestDigits(int count, int step)
        {
            Key[] keys = new Key[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = (Key)((int)Key.Digit0 + (((i * step) + (i / 5)) % 10));
            }

            return keys;
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
