using System;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// What the status bar shows, captured by the Terminal once per redraw: link state, offline-queue count, flagged
    /// offline sales, battery
    /// and the wall clock (UTC) with the fixed offset the merchant setting chose. nanoFramework has no time zones, so
    /// local time is UTC plus <see cref="UtcOffsetMinutes"/> (China: +480). A clock before
    /// <see cref="MinValidYear"/> counts as not set and shows --:--.
    /// </summary>
    public sealed class StatusSnapshot
    {
        /// <summary>UTC+8, China Standard Time (no daylight saving).</summary>
        public const int ChinaOffsetMinutes = Pos.Core.Common.HostClock.ChinaOffsetMinutes;

        /// <summary>A clock earlier than this year has not been set (the sign-in reply sets it).</summary>
        public const int MinValidYear = 2020;

        /// <summary>Whether the host is reachable (the link monitor's online side).</summary>
        public bool Online { get; set; }

        /// <summary>Offline sales waiting to be forwarded.</summary>
        public int OfflineCount { get; set; }

        /// <summary>Offline sales flagged for review (the technician retries or acknowledges them).</summary>
        public int FlaggedCount { get; set; }

        /// <summary>The master key is a TEST key: the bar says TEST on every screen.</summary>
        public bool TestKey { get; set; }

        /// <summary>Battery level 0–100, or -1 when unknown.</summary>
        public int BatteryPercent { get; set; } = -1;

        /// <summary>The wall clock from <c>IClock.UtcNow</c>.</summary>
        public DateTime UtcNow { get; set; }

        /// <summary>Minutes east of UTC for the displayed time (-720..840).</summary>
        public int UtcOffsetMinutes { get; set; } = ChinaOffsetMinutes;

        /// <summary>Whether the clock looks set (year ≥ <see cref="MinValidYear"/>).</summary>
        public bool ClockSet
        {
            get { return UtcNow.Year >= MinValidYear; }
        }

        /// <summary>Local minute of the day (0–1439), or -1 when the clock is not set.</summary>
        public int LocalMinuteOfDay
        {
            get { return ClockSet ? LocalClock.MinuteOfDay(UtcNow, UtcOffsetMinutes) : -1; }
        }

        /// <summary>Fills the status bar model the renderer draws.</summary>
        public void CopyTo(StatusBar bar)
        {
            bar.Online = Online;
            bar.QueueCount = OfflineCount;
            bar.FlaggedCount = FlaggedCount;
            bar.TestKey = TestKey;
            bar.BatteryPercent = BatteryPercent < 0 ? -1 : BatteryPercent > 100 ? 100 : BatteryPercent;
            int minute = LocalMinuteOfDay;
            bar.Hour = minute < 0 ? -1 : minute / 60;
            bar.Minute = minute < 0 ? 0 : minute % 60;
        }

        /// <summary>Copies every field of <paramref name="other"/>.</summary>
        public void CopyFrom(StatusSnapshot other)
        {
            Online = other.Online;
            OfflineCount = other.OfflineCount;
            FlaggedCount = other.FlaggedCount;
            TestKey = other.TestKey;
            BatteryPercent = other.BatteryPercent;
            UtcNow = other.UtcNow;
            UtcOffsetMinutes = other.UtcOffsetMinutes;
        }

        /// <summary>Whether the status bar would look the same (same minute, not the same second).</summary>
        public bool LooksLike(StatusSnapshot other)
        {
            return other != null && Online == other.Online && OfflineCount == other.OfflineCount && FlaggedCount == other.FlaggedCount
                && TestKey == other.TestKey && BatteryPercent == other.BatteryPercent && LocalMinuteOfDay == other.LocalMinuteOfDay;
        }
    }
}
