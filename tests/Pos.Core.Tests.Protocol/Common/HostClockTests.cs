using System;
using nanoFramework.TestFramework;
using Pos.Core.Common;

namespace Pos.Core.Tests.Common
{
    [TestClass]
    public class HostClockTests
    {
        private const int Beijing = HostClock.ChinaOffsetMinutes;

        // What a read overwrites: a date no test expects (DateTime.MinValue is another date on the device).
        private static readonly DateTime NotRead = new DateTime(2000, 1, 1, 0, 0, 0);

        [TestMethod]
        public void The_hosts_local_time_is_read_as_utc_minus_the_merchants_offset()
        {
            DateTime clock = new DateTime(2026, 11, 22, 7, 59, 0);
            DateTime utc = NotRead;
            Assert.IsTrue(HostClock.TryReadHostTime("1122", "160000", clock, Beijing, ref utc));
            Assert.AreEqual(new DateTime(2026, 11, 22, 8, 0, 0).Ticks, utc.Ticks);
        }

        [TestMethod]
        public void Around_new_year_the_nearest_year_is_taken_in_both_directions()
        {
            DateTime utc = NotRead;

            // The terminal is at 23:59:50 local on 31 December; the host is already in the new year.
            DateTime lateInYear = new DateTime(2026, 12, 31, 15, 59, 50);
            Assert.IsTrue(HostClock.TryReadHostTime("0101", "000010", lateInYear, Beijing, ref utc));
            Assert.AreEqual(new DateTime(2026, 12, 31, 16, 0, 10).Ticks, utc.Ticks);

            // The terminal ran ahead into the new year; the host is still on 31 December.
            DateTime early = new DateTime(2026, 12, 31, 16, 0, 5);
            Assert.IsTrue(HostClock.TryReadHostTime("1231", "235955", early, Beijing, ref utc));
            Assert.AreEqual(new DateTime(2026, 12, 31, 15, 59, 55).Ticks, utc.Ticks);
        }

        [TestMethod]
        public void A_clock_that_was_never_set_gets_a_plausible_year_not_1970()
        {
            DateTime utc = NotRead;
            Assert.IsTrue(HostClock.TryReadHostTime("1122", "160000", new DateTime(1970, 1, 1, 0, 0, 0), Beijing, ref utc));
            Assert.AreEqual(new DateTime(2026, 11, 22, 8, 0, 0).Ticks, utc.Ticks);

            // Early January of the earliest year stays in that year rather than going back a year. The oldest clock
            // is 1601, the first year nanoFramework's DateTime has.
            Assert.IsTrue(HostClock.TryReadHostTime("0102", "080000", new DateTime(1601, 1, 1, 0, 0, 0), Beijing, ref utc));
            Assert.AreEqual(new DateTime(2026, 1, 2, 0, 0, 0).Ticks, utc.Ticks);
        }

        [TestMethod]
        public void The_29th_of_february_lands_in_the_leap_year_next_to_the_clock()
        {
            DateTime utc = NotRead;
            Assert.IsTrue(HostClock.TryReadHostTime("0229", "120000", new DateTime(2027, 6, 1, 0, 0, 0), 0, ref utc));
            Assert.AreEqual(new DateTime(2028, 2, 29, 12, 0, 0).Ticks, utc.Ticks);
        }

        [TestMethod]
        public void Malformed_or_impossible_host_times_are_refused_and_leave_the_value_alone()
        {
            DateTime clock = new DateTime(2026, 11, 22, 8, 0, 0);
            string[] dates = new string[] { "1301", "0001", "0100", "0431", "11a2", "112", null, "1122", "1122", "1122", "1122" };
            string[] times = new string[] { "120000", "120000", "120000", "120000", "120000", "120000", "120000", "240000", "126000", "120060", "12000" };
            for (int i = 0; i < dates.Length; i++)
            {
                DateTime utc = clock;
                Assert.IsFalse(HostClock.TryReadHostTime(dates[i], times[i], clock, Beijing, ref utc), "case " + i.ToString());
                Assert.AreEqual(clock.Ticks, utc.Ticks, "case " + i.ToString());
            }

            DateTime unchanged = clock;
            Assert.IsFalse(HostClock.TryReadHostTime("1122", null, clock, Beijing, ref unchanged));
        }

        [TestMethod]
        public void Local_fields_cross_midnight_with_the_offset()
        {
            DateTime utc = new DateTime(2026, 11, 22, 17, 30, 5); // 01:30:05 on the 23rd in Beijing
            Assert.AreEqual("013005", HostClock.LocalTime(utc, Beijing));
            Assert.AreEqual("1123", HostClock.LocalDate(utc, Beijing));
            Assert.AreEqual("20261123", HostClock.LocalDay(utc, Beijing));
            Assert.AreEqual("173005", HostClock.LocalTime(utc, 0));
            Assert.AreEqual("1122", HostClock.LocalDate(utc, 0));
        }
    }
}
