using nanoFramework.TestFramework;
using Pos.Hal.Watchdog;

namespace Pos.Core.Tests.Hal.Watchdog
{
    /// <summary>The external watchdog is pulsed from the loop's turns, at most once per interval, and never without them.</summary>
    [TestClass]
    public class KickScheduleTests
    {
        [TestMethod]
        public void The_first_turn_pulses_then_at_most_once_per_interval()
        {
            KickSchedule kicks = new KickSchedule(1000);
            Assert.IsTrue(kicks.Due(5));
            Assert.IsFalse(kicks.Due(6));
            Assert.IsFalse(kicks.Due(1004));
            Assert.IsTrue(kicks.Due(1005));

            // The loop turns every 50 ms for 10 s: ten pulses, not two hundred.
            for (long t = 1055; t <= 11005; t += 50)
            {
                kicks.Due(t);
            }

            Assert.AreEqual(12, kicks.Kicks);
        }

        [TestMethod]
        public void No_turns_no_pulses_however_much_time_passes()
        {
            KickSchedule kicks = new KickSchedule(1000);
            Assert.IsTrue(kicks.Due(0));
            int before = kicks.Kicks;

            // A frozen loop asks nothing: the count stays, and the IC's own period runs out.
            Assert.AreEqual(before, kicks.Kicks);
            Assert.IsTrue(kicks.Due(120000), "the first turn after the freeze pulses at once");
        }
    }
}
