using System;
using nanoFramework.TestFramework;
using Pos.Core.Simulation;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Flows.Transactions
{
    /// <summary>The idle reversal's pacing: doubling pauses up to the cap, a quicker look while the host is unconfirmed, reset on success.</summary>
    [TestClass]
    public class IdleReversalScheduleTests
    {
        [TestMethod]
        public void Pauses_double_to_the_cap_and_a_reset_starts_over()
        {
            SimulatedClock clock = new SimulatedClock(new DateTime(2026, 1, 5, 8, 0, 0));
            IdleReversalSchedule s = new IdleReversalSchedule(5000, 60000, clock);
            Assert.IsTrue(s.PauseOver, "nothing failed yet");
            s.InFlight = true;
            long[] expected = new long[] { 5000, 10000, 20000, 40000, 60000, 60000 };
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], s.BackOff());
                Assert.IsFalse(s.InFlight, "a failed attempt is no longer in flight");
                Assert.IsFalse(s.PauseOver);
                Assert.AreEqual(expected[i], s.WaitMs(true, 1000));
                clock.Advance(expected[i]);
                Assert.IsTrue(s.PauseOver);
            }

            s.Reset();
            Assert.AreEqual(5000L, s.BackOff(), "after a success the first pause again");
        }

        [TestMethod]
        public void An_unconfirmed_host_is_looked_at_again_soon_but_not_at_once()
        {
            SimulatedClock clock = new SimulatedClock(new DateTime(2026, 1, 5, 8, 0, 0));
            IdleReversalSchedule s = new IdleReversalSchedule(5000, 60000, clock);
            Assert.IsTrue(s.WaitMs(true, 1000) <= 0, "due now with the host confirmed");
            Assert.AreEqual(1000L, s.WaitMs(false, 1000), "one recheck interval while the link monitor confirms");
            s.BackOff();
            Assert.AreEqual(5000L, s.WaitMs(false, 1000), "a longer pause stands");
        }
    }
}
