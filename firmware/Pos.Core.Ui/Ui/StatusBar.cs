using Pos.Core.Localization;

namespace Pos.Core.Ui
{
    /// <summary>
    /// What the top row shows: link state (online / offline), offline-queue count, flagged offline sales (for the
    /// technician), TEST when the master key is a test key, battery level and time HH:MM.
    /// A plain model the application updates; <see cref="Draw"/> writes it into a screen.
    /// </summary>
    public sealed class StatusBar
    {
        /// <summary>Whether the host is reachable.</summary>
        public bool Online { get; set; }

        /// <summary>Items waiting in the offline queue (shown when above zero).</summary>
        public int QueueCount { get; set; }

        /// <summary>Offline sales flagged for review, not yet acknowledged (shown in the warning style when above zero).</summary>
        public int FlaggedCount { get; set; }

        /// <summary>The master key is a TEST key (emulator, bench board): "TEST" in the warning style, never hidden.</summary>
        public bool TestKey { get; set; }

        /// <summary>Battery level 0–100, or -1 when unknown (not shown).</summary>
        public int BatteryPercent { get; set; } = -1;

        /// <summary>Hour of the clock (0–23), or -1 when the clock is not set (shown as --:--).</summary>
        public int Hour { get; set; } = -1;

        /// <summary>Minute of the clock (0–59).</summary>
        public int Minute { get; set; }

        /// <summary>Writes the status bar into row 0 of <paramref name="screen"/> in <paramref name="locale"/>.</summary>
        public void Draw(Screen screen, int locale)
        {
            screen.FillRow(Screen.StatusRow, TextStyle.StatusBar);
            string link = Catalog.Get(locale, Online ? TextKey.UiStatusOnline : TextKey.UiStatusOffline);
            int col = screen.Write(Screen.StatusRow, 0, " ", Online ? TextStyle.Approved : TextStyle.Declined);
            col = screen.Write(Screen.StatusRow, col, link, Online ? TextStyle.Approved : TextStyle.Declined);
            col = screen.Write(Screen.StatusRow, col, " ", Online ? TextStyle.Approved : TextStyle.Declined);
            if (QueueCount > 0)
            {
                col = screen.Write(Screen.StatusRow, col + 1, TextFormat.Fill(Catalog.Get(locale, TextKey.UiStatusQueue), QueueCount.ToString()), TextStyle.StatusBar);
            }

            if (FlaggedCount > 0)
            {
                col = screen.Write(Screen.StatusRow, col + 1, TextFormat.Fill(Catalog.Get(locale, TextKey.UiStatusFlagged), FlaggedCount.ToString()), TextStyle.Warning);
            }

            if (TestKey)
            {
                screen.Write(Screen.StatusRow, col + 1, Catalog.Get(locale, TextKey.UiStatusTestKey), TextStyle.SolidRed);
            }

            screen.WriteRight(Screen.StatusRow, RightText(), TextStyle.StatusBar);
        }

        /// <summary>The right part: "80%  08:30 ".</summary>
        public string RightText()
        {
            string time = Hour < 0 ? "--:--" : Two(Hour) + ":" + Two(Minute);
            string battery = BatteryPercent < 0 ? string.Empty : BatteryPercent.ToString() + "%  ";
            return battery + time + " ";
        }

        private static string Two(int v)
        {
            return v < 10 ? "0" + v.ToString() : v.ToString();
        }
    }
}
