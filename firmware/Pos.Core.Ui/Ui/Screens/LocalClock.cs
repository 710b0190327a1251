using System;
using Pos.Core.Common;
using Pos.Core.Protocol;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Local time for the screen from a UTC instant and a fixed offset in minutes: the device has UTC only. The
    /// conversion is the protocol's (<see cref="HostClock.ToLocal"/>, clamped into the calendar both targets have);
    /// this class only formats it, without custom numeric formats.
    /// </summary>
    public static class LocalClock
    {
        /// <summary>Minute of the local day, 0–1439.</summary>
        public static int MinuteOfDay(DateTime utc, int offsetMinutes)
        {
            DateTime local = HostClock.ToLocal(utc, offsetMinutes);
            return (local.Hour * 60) + local.Minute;
        }

        /// <summary>"HH:MM" of the local time.</summary>
        public static string HourMinute(DateTime utc, int offsetMinutes)
        {
            DateTime local = HostClock.ToLocal(utc, offsetMinutes);
            return Numeric.Format(local.Hour, 2) + ":" + Numeric.Format(local.Minute, 2);
        }

        /// <summary>"YYYY-MM-DD" of the local date.</summary>
        public static string Date(DateTime utc, int offsetMinutes)
        {
            DateTime local = HostClock.ToLocal(utc, offsetMinutes);
            return Numeric.Format(local.Year, 4) + "-" + Numeric.Format(local.Month, 2) + "-" + Numeric.Format(local.Day, 2);
        }
    }
}
