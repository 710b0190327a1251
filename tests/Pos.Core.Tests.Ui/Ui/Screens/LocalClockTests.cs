using System;
using nanoFramework.TestFramework;
using Pos.Core.Simulation;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Tests.Ui.Screens
{
    [TestClass]
    public class LocalClockTests
    {
        [TestMethod]
        public void China_time_is_UTC_plus_eight_across_midnight()
        {
            DateTime utc = new DateTime(2026, 11, 22, 16, 5, 59);
            Assert.AreEqual("00:05", LocalClock.HourMinute(utc, StatusSnapshot.ChinaOffsetMinutes));
            Assert.AreEqual("2026-11-23", LocalClock.Date(utc, StatusSnapshot.ChinaOffsetMinutes));
            Assert.AreEqual("16:05", LocalClock.HourMinute(utc, 0));
            Assert.AreEqual("2026-11-22", LocalClock.Date(utc, 0));
            Assert.AreEqual("23:35", LocalClock.HourMinute(new DateTime(2026, 1, 1, 2, 5, 0), -150));
            Assert.AreEqual("2025-12-31", LocalClock.Date(new DateTime(2026, 1, 1, 2, 5, 0), -150));
            Assert.AreEqual(0, LocalClock.MinuteOfDay(new DateTime(2026, 3, 1, 16, 0, 0), 480));
        }

        [TestMethod]
        public void Status_snapshot_fills_the_bar_and_shows_dashes_for_an_unset_clock()
        {
            StatusSnapshot s = new StatusSnapshot();
            s.Online = false;
            s.OfflineCount = 3;
            s.BatteryPercent = 80;
            s.UtcNow = new DateTime(2026, 6, 1, 0, 5, 0);
            StatusBar bar = new StatusBar();
            s.CopyTo(bar);
            Assert.AreEqual(8, bar.Hour);
            Assert.AreEqual(5, bar.Minute);
            Assert.AreEqual("80%  08:05 ", bar.RightText());

            s.UtcNow = new DateTime(1970, 1, 1, 0, 0, 0);
            s.BatteryPercent = 140;
            s.CopyTo(bar);
            Assert.IsFalse(s.ClockSet);
            Assert.AreEqual("100%  --:-- ", bar.RightText());
        }

        [TestMethod]
        public void Snapshots_look_alike_within_the_same_minute()
        {
            StatusSnapshot a = ScreenSamples.Status();
            StatusSnapshot b = new StatusSnapshot();
            b.CopyFrom(a);
            b.UtcNow = a.UtcNow.AddSeconds(20);
            Assert.IsTrue(a.LooksLike(b));
            b.UtcNow = a.UtcNow.AddSeconds(40);
            Assert.IsFalse(a.LooksLike(b));
            b.CopyFrom(a);
            b.OfflineCount++;
            Assert.IsFalse(a.LooksLike(b));
        }
    }
}
