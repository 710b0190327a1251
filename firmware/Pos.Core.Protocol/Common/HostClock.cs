using System;
using Pos.Core.Protocol;

namespace Pos.Core.Common
{
    /// <summary>
    /// Local time as ISO 8583 carries it (fields 12 hhmmss and 13 MMDD: the acceptor's local time, no year, no zone)
    /// and the terminal's UTC clock. Reading a host time picks the year that puts it nearest the terminal's own idea of
    /// now, so a sign-in at New Year lands in the right year; for a clock that was never set (a fresh board boots in 1970)
    /// it takes the first occurrence from <see cref="EarliestLocal"/> on, so the first sign-in gives a plausible date,
    /// not 1970 (SNTP, when reachable, then gives the exact one).
    /// </summary>
    public static class HostClock
    {
        /// <summary>UTC+8, China Standard Time (no daylight saving).</summary>
        public const int ChinaOffsetMinutes = 480;

        private const long TicksPerMinute = 600000000;

        /// <summary>No real local time is earlier than this (the firmware did not exist before).</summary>
        public static readonly DateTime EarliestLocal = new DateTime(2026, 1, 1, 0, 0, 0);

        // The dates both targets hold (NF1017): a local time is clamped into them.
        private static readonly long FirstTicks = new DateTime(1601, 1, 2, 0, 0, 0).Ticks;
        private static readonly long LastTicks = new DateTime(3000, 12, 30, 0, 0, 0).Ticks;

        /// <summary>The local wall time at <paramref name="utc"/>.</summary>
        public static DateTime ToLocal(DateTime utc, int offsetMinutes)
        {
            // Total for any clock value: a clock at the ends of DateTime's range clamps instead of throwing.
            long ticks = utc.Ticks + (offsetMinutes * TicksPerMinute);
            if (ticks < FirstTicks)
            {
                ticks = FirstTicks;
            }
            else if (ticks > LastTicks)
            {
                ticks = LastTicks;
            }

            return new DateTime(ticks);
        }

        /// <summary>
        /// True when <paramref name="utc"/> lies in 2000–2099: a date the host's fields 12/13 (MMDD, no year) can
        /// stand for. A clock outside it was never set (a reset RTC reads 1970 or earlier) or jumped wildly; the
        /// terminal then writes no date into a request (an offline sale is refused with the clock's local code).
        /// </summary>
        public static bool IsPlausible(DateTime utc)
        {
            return utc.Year >= 2000 && utc.Year <= 2099;
        }

        /// <summary>"hhmmss" of the local time at <paramref name="utc"/> (field 12).</summary>
        public static string LocalTime(DateTime utc, int offsetMinutes)
        {
            DateTime local = ToLocal(utc, offsetMinutes);
            return Numeric.Format(local.Hour, 2) + Numeric.Format(local.Minute, 2) + Numeric.Format(local.Second, 2);
        }

        /// <summary>"MMDD" of the local date at <paramref name="utc"/> (field 13).</summary>
        public static string LocalDate(DateTime utc, int offsetMinutes)
        {
            DateTime local = ToLocal(utc, offsetMinutes);
            return Numeric.Format(local.Month, 2) + Numeric.Format(local.Day, 2);
        }

        /// <summary>"YYYYMMDD" of the local date at <paramref name="utc"/> (the merchant's business day).</summary>
        public static string LocalDay(DateTime utc, int offsetMinutes)
        {
            DateTime local = ToLocal(utc, offsetMinutes);
            return Numeric.Format(local.Year, 4) + Numeric.Format(local.Month, 2) + Numeric.Format(local.Day, 2);
        }

        /// <summary>
        /// Reads a host's local date and time into UTC, choosing the year nearest the terminal's clock.
        /// </summary>
        /// <param name="mmdd">Field 13.</param>
        /// <param name="hhmmss">Field 12.</param>
        /// <param name="utcNow">The terminal's clock now.</param>
        /// <param name="offsetMinutes">The merchant's UTC offset.</param>
        /// <param name="utc">The host's time in UTC; unchanged when false is returned.</param>
        /// <returns>False for a missing, malformed or impossible date or time (31 April, 25:00).</returns>
        public static bool TryReadHostTime(string mmdd, string hhmmss, DateTime utcNow, int offsetMinutes, ref DateTime utc)
        {
            if (mmdd == null || hhmmss == null || mmdd.Length != 4 || hhmmss.Length != 6
                || !Numeric.IsDigits(mmdd) || !Numeric.IsDigits(hhmmss))
            {
                return false;
            }

            int month = (int)Numeric.Parse(mmdd, 0, 2);
            int day = (int)Numeric.Parse(mmdd, 2, 2);
            int hour = (int)Numeric.Parse(hhmmss, 0, 2);
            int minute = (int)Numeric.Parse(hhmmss, 2, 2);
            int second = (int)Numeric.Parse(hhmmss, 4, 2);
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            DateTime reference = ToLocal(utcNow, offsetMinutes);
            bool unset = reference.Ticks < EarliestLocal.Ticks;
            if (unset)
            {
                reference = EarliestLocal;
            }

            long best = -1;
            long bestDistance = long.MaxValue;
            for (int year = reference.Year - 1; year <= reference.Year + 1; year++)
            {
                if (day > DaysIn(year, month))
                {
                    continue;
                }

                long ticks = new DateTime(year, month, day, hour, minute, second).Ticks;
                if (unset && ticks < EarliestLocal.Ticks)
                {
                    continue; // a clock never set knows nothing nearer than "not before the firmware existed"
                }

                long distance = ticks > reference.Ticks ? ticks - reference.Ticks : reference.Ticks - ticks;
                if (distance < bestDistance)
                {
                    best = ticks;
                    bestDistance = distance;
                }
            }

            if (best < 0)
            {
                return false; // 29 February in three years without one
            }

            utc = new DateTime(best - offsetMinutes * TicksPerMinute);
            return true;
        }

        private static int DaysIn(int year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }
    }
}
