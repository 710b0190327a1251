using System;
using Pos.Core.Protocol;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The terminal's UTC time as the journal keeps it, "YYYYMMDDThhmmss" (the last-transaction record, the recent
    /// sales): written from the clock, read back into a <see cref="DateTime"/> for the screen and the duplicate guard.
    /// </summary>
    public static class UtcStamps
    {
        /// <summary>"YYYYMMDDThhmmss" of <paramref name="utc"/> (seconds truncated).</summary>
        public static string Format(DateTime utc)
        {
            return Numeric.Format(utc.Year, 4) + Numeric.Format(utc.Month, 2) + Numeric.Format(utc.Day, 2)
                + "T" + Numeric.Format(utc.Hour, 2) + Numeric.Format(utc.Minute, 2) + Numeric.Format(utc.Second, 2);
        }

        /// <summary>
        /// Reads a stamp; false (and <paramref name="utc"/> the default) when it is not one: wrong shape, a field out of
        /// range, a day the month does not have, or a year the platform's <see cref="DateTime"/> cannot hold.
        /// </summary>
        public static bool TryParse(string stamp, out DateTime utc)
        {
            utc = default(DateTime);
            if (stamp == null || stamp.Length != 15 || stamp[8] != 'T')
            {
                return false;
            }

            long date = Numeric.Parse(stamp, 0, 8);
            long time = Numeric.Parse(stamp, 9, 6);
            if (date < 0 || time < 0)
            {
                return false;
            }

            int year = (int)(date / 10000);
            int month = (int)(date / 100 % 100);
            int day = (int)(date % 100);
            int hour = (int)(time / 10000);
            int minute = (int)(time / 100 % 100);
            int second = (int)(time % 100);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            try
            {
                // nanoFramework's DateTime rolls 31 April over to 1 May where .NET throws: check the day first.
                if (day > DateTime.DaysInMonth(year, month))
                {
                    return false;
                }

                utc = new DateTime(year, month, day, hour, minute, second);
                return true;
            }
            catch (ArgumentException)
            {
                return false; // a year nanoFramework's DateTime does not have
            }
        }
    }
}
