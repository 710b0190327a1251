using Pos.Core.Localization;
using Pos.Core.Ui;

namespace Pos.Core.Tests.Ui
{
    /// <summary>The key screens the golden hashes pin, built from the catalog as the state screens will build them.</summary>
    public static class GoldenScreens
    {
        /// <summary>A fixed status bar: online, 2 queued, 76 %, 09:41.</summary>
        public static StatusBar Status()
        {
            StatusBar bar = new StatusBar();
            bar.Online = true;
            bar.QueueCount = 2;
            bar.BatteryPercent = 76;
            bar.Hour = 9;
            bar.Minute = 41;
            return bar;
        }

        /// <summary>The idle screen.</summary>
        public static Screen Idle(int locale)
        {
            Screen s = new Screen();
            Status().Draw(s, locale);
            s.WriteCentered(5, Catalog.Get(locale, TextKey.UiIdleTitle), TextStyle.Title);
            s.WriteCentered(8, Catalog.Get(locale, TextKey.UiIdlePrompt), TextStyle.Normal);
            s.SetKeyHints(Catalog.Get(locale, TextKey.UiIdleKeys));
            return s;
        }

        /// <summary>Amount entry with 123.45 typed.</summary>
        public static Screen Amount(int locale)
        {
            Screen s = new Screen();
            Status().Draw(s, locale);
            s.Write(2, 2, Catalog.Get(locale, TextKey.UiAmountTitle), TextStyle.Title);
            s.Write(5, 2, Catalog.Get(locale, TextKey.UiAmountPrompt), TextStyle.Normal);
            s.WriteRight(8, Catalog.Get(locale, TextKey.UiAmountCurrency) + " 123.45  ", TextStyle.Normal);
            s.SetKeyHints(Catalog.Get(locale, TextKey.UiAmountKeys));
            return s;
        }

        /// <summary>A self-test summary: a few checks with PASS / WARN / FAIL / NOT RUN.</summary>
        public static Screen SelfTest(int locale)
        {
            Screen s = new Screen();
            Status().Draw(s, locale);
            s.Write(1, 1, Catalog.Get(locale, TextKey.UiMenuSummary), TextStyle.Title);
            int[] checks = new int[] { TextKey.DiagFirmware, TextKey.DiagBattery, TextKey.DiagWifi, TextKey.DiagDns, TextKey.DiagEcho, TextKey.DiagOfflineQueue };
            int[] results = new int[] { TextKey.UiResultPass, TextKey.UiResultPass, TextKey.UiResultWarn, TextKey.UiResultFail, TextKey.UiResultNotRun, TextKey.UiResultPass };
            string[] values = new string[] { "0.1.0", "76%", "-78 dBm", "host?", string.Empty, "2" };
            for (int i = 0; i < checks.Length; i++)
            {
                int row = 3 + i;
                byte style = results[i] == TextKey.UiResultPass ? TextStyle.Approved
                    : results[i] == TextKey.UiResultWarn ? TextStyle.Warning
                    : results[i] == TextKey.UiResultFail ? TextStyle.Declined : TextStyle.Dim;
                s.Write(row, 1, Catalog.Get(locale, checks[i]), i == 3 ? TextStyle.Inverse : TextStyle.Normal);
                s.Write(row, 24, values[i], TextStyle.Dim);
                string result = " " + Catalog.Get(locale, results[i]) + " ";
                s.Write(row, Screen.Columns - 1 - TextLayout.Cells(result), result, style);
            }

            s.SetKeyHints(Catalog.Get(locale, TextKey.UiKeysMenu));
            return s;
        }
    }
}
