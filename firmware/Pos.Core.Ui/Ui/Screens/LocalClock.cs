using System;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Local time for the screen from a UTC instant and a fixed offset in minutes: the device has UTC only. Works on
    /// ticks, so it never builds a DateTime outside its range, and formats without custom numeric formats.
    /// </summary>
    public static class LocalClock
    {
        private const long TicksPerMinute = 600000000L;
        private const long MinutesPerDay = 1440L;

        // The calendar both targets have: nanoFramework's DateTime covers only 1601-01-01 to 3000-12-31, and
        // DateTime.MinValue/MaxValue are other dates on .NET (0001/9999), so the bounds are spelled out.
        private const long FirstTicks = 504911232000000000L; // 1601-01-01 00:00:00
        private const long LastTicks = 946708127999999999L; // 3000-12-31 23:59:59.9999999

        /// <summary>Minute of the local day, 0–1439.</summary>
        public static int MinuteOfDay(DateTime utc, int offsetMinutes)
        {
            long m = ((utc.Ticks / TicksPerMinute) + offsetMinutes) % MinutesPerDay;
            return (int)(m < 0 ? m + MinutesPerDay : m);
        }

        /// <summary>"HH:MM" of the local time.</summary>
        public static string HourMinute(DateTime utc, int offsetMinutes)
        {
            int m = MinuteOfDay(utc, offsetMinutes);
            return Two(m / 60) + ":" + Two(m % 60);
        }

        /// <summary>"YYYY-MM-DD" of the local date (the UTC date when the offset would leave the calendar's range).</summary>
        public static string Date(DateTime utc, int offsetMinutes)
        {
            long ticks = utc.Ticks + (offsetMinutes * TicksPerMinute);
            DateTime local = ticks < FirstTicks || ticks > LastTicks ? utc : new DateTime(ticks);
            string year = local.Year.ToString();
            while (year.Length < 4)
            {
                year = "0" + year;
            }

            return year + "-" + Two(local.Month) + "-" + Two(local.Day);
        }

        private static string Two(int v)
        {
            return v < 10 ? "0" + v.ToString() : v.ToString();
        }
    }
}
