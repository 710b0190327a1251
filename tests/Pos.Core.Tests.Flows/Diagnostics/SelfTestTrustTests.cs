using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>
    /// What a technician reads on the self-test screens is true now and in the screen's language: results kept from an
    /// earlier run are marked as such, the DNS check resolves the host the exchange really uses, and detail values are
    /// localized.
    /// </summary>
    [TestClass]
    public class SelfTestTrustTests
    {
        [TestMethod]
        public void One_check_run_again_leaves_the_others_marked_as_earlier_results()
        {
            DiagRig rig = DiagRig.Create();
            rig.Net.Rssi = -85;
            rig.EnterAsTechnician("482916");
            rig.Press(Key.Digit1); // run all
            rig.ConfirmDisplayPatterns();
            rig.Press(InteractiveTests.KeypadOrder);
            rig.Press(Key.Cancel); // skip the card
            int wifi = rig.Runner.IndexOf("wifi");
            int firmware = rig.Runner.IndexOf("firmware");
            Assert.IsTrue(rig.Runner.IsCurrent(wifi));
            Assert.IsTrue(rig.Runner.IsCurrent(firmware));

            // Fixed: the technician runs the Wi-Fi check alone (main menu 2, the check, ENTER).
            rig.Net.Rssi = -50;
            rig.Press(Key.Cancel); // summary -> main
            rig.Press(Key.Digit2);
            Assert.AreEqual((int)MenuState.PickCheck, (int)rig.Menu.State);
            for (int i = 0; i < wifi; i++)
            {
                rig.Press(Key.Down);
            }

            rig.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.Summary, (int)rig.Menu.State);
            Assert.AreEqual((int)CheckStatus.Pass, (int)rig.Runner.ResultAt(wifi).Status);
            Assert.IsTrue(rig.Runner.IsCurrent(wifi));
            Assert.IsFalse(rig.Runner.IsCurrent(firmware), "the firmware result is from the earlier run");

            // The summary greys the earlier badge and keeps this run's colour; selected, the note says "earlier".
            Screen s = rig.Menu.Screen;
            int firmwareRow = RowOf(s, Catalog.Get(rig.Menu.Locale, TextKey.DiagFirmware));
            int wifiRow = RowOf(s, Catalog.Get(rig.Menu.Locale, TextKey.DiagWifi));
            Assert.AreEqual((int)TextStyle.Dim, (int)s.StyleAt(firmwareRow, Screen.Columns - 3));
            Assert.AreEqual((int)TextStyle.Approved, (int)s.StyleAt(wifiRow, Screen.Columns - 3));
            while (rig.Menu.Screen.StyleAt(firmwareRow, 1) != TextStyle.Inverse)
            {
                rig.Press(Key.Up);
            }

            string earlier = Catalog.Get(rig.Menu.Locale, TextKey.UiDiagEarlier);
            Assert.Contains(earlier.Substring(0, earlier.IndexOf("{0}")), rig.Menu.Screen.RowText(MenuLayouts.NoteRow));
        }

        private static int RowOf(Screen s, string text)
        {
            for (int row = 0; row < Screen.Rows; row++)
            {
                if (s.RowText(row).IndexOf(text) >= 0)
                {
                    return row;
                }
            }

            Assert.IsTrue(false, text + " not on the screen");
            return -1;
        }

        [TestMethod]
        public void Dns_resolves_the_host_the_exchange_uses_and_an_address_needs_no_dns()
        {
            DiagRig rig = DiagRig.Create();
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.HostName, string.Empty);
            rig.Ctx.HostName = "acq.example";
            CheckResult r = rig.RunCheck("dns");
            Assert.AreEqual((int)CheckStatus.Pass, (int)r.Status, "no journal setting: the configured host is resolved");
            rig.Ctx.HostName = "127.0.0.1";
            r = rig.RunCheck("dns");
            Assert.AreEqual((int)CheckStatus.NotRun, (int)r.Status);
            Assert.AreEqual("host is an IP", r.Value);

            // No host anywhere is a settings fault: the checklist is the host connection's, not DNS and the router's.
            rig.Ctx.HostName = null;
            r = rig.RunCheck("dns");
            Assert.AreEqual((int)CheckStatus.Fail, (int)r.Status);
            Assert.AreEqual(TextKey.DiagTcpConnect, r.ChecklistKey);
        }

        [TestMethod]
        public void Detail_values_read_in_the_screen_language()
        {
            Assert.AreEqual("网络未连接", DiagnosticValueText.Localize("link down", Locale.ZhCn));
            Assert.AreEqual("未设置主机", DiagnosticValueText.Localize("host not set", Locale.ZhCn));
            Assert.AreEqual("3 笔, 最早 2 小时", DiagnosticValueText.Localize("3 items, oldest 2 h", Locale.ZhCn));
            Assert.AreEqual("终端号 10000001, 批次 000001", DiagnosticValueText.Localize("TID 10000001, batch 000001", Locale.ZhCn));
            Assert.AreEqual("-67 dBm", DiagnosticValueText.Localize("-67 dBm", Locale.ZhCn));
            Assert.AreEqual("刷卡 622202******1234", DiagnosticValueText.Localize("swipe 622202******1234", Locale.ZhCn));
            Assert.AreEqual("link down", DiagnosticValueText.Localize("link down", Locale.EnUs));
            Assert.AreEqual("不通过 红色", DiagnosticValueText.Localize("rejected red", Locale.ZhCn));
            Assert.AreEqual("应按 3, 实按 4", DiagnosticValueText.Localize("expected 3, got 4", Locale.ZhCn));
            Assert.AreEqual("16/16 键", DiagnosticValueText.Localize("16/16 keys", Locale.ZhCn));

            // Every known word has a Chinese text without Latin letters, and comes back unchanged in English.
            for (int i = 0; i < DiagnosticValueText.Count; i++)
            {
                string word = DiagnosticValueText.WordAt(i);
                Assert.AreEqual(word, DiagnosticValueText.Localize(word, Locale.EnUs));
                string zh = DiagnosticValueText.Localize(word, Locale.ZhCn);
                for (int c = 0; c < zh.Length; c++)
                {
                    bool latin = (zh[c] >= 'a' && zh[c] <= 'z') || (zh[c] >= 'A' && zh[c] <= 'Z');
                    Assert.IsFalse(latin && word.IndexOf("IP") < 0 && word.IndexOf("DNS") < 0, word + " -> " + zh);
                }
            }
        }
    }
}
