using System;
using System.Collections;
using Pos.Core.Events;
using Pos.Core.Simulation;
using Pos.Core.Tests.Support;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    [TestClass]
    public class TimerServiceTests
    {
        private static readonly DateTime Start = new DateTime(2026, 11, 22, 8, 0, 0);

        // The owner the expiries are addressed to (these tests read the queue directly).
        private static readonly RecordingHandler Owner = new RecordingHandler("owner", new ArrayList());

        [TestMethod]
        public void A_one_shot_timer_fires_once_when_due_and_not_before()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 4);

            timers.Arm(Owner, 7, 1000);
            clock.Advance(999);
            Assert.AreEqual(0, timers.PostDue());
            Assert.AreEqual(1L, timers.NextDueInMs());

            clock.Advance(1);
            Assert.AreEqual(1, timers.PostDue());
            Event fired = queue.TryTake();
            Assert.AreEqual((int)Signal.TimerExpired, (int)fired.Signal);
            Assert.AreEqual(7, fired.Param);

            clock.Advance(10000);
            Assert.AreEqual(0, timers.PostDue());
            Assert.IsFalse(timers.IsArmed(7));
            Assert.AreEqual(-1L, timers.NextDueInMs());
        }

        [TestMethod]
        public void Due_timers_fire_earliest_first_and_ties_in_arming_order()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 4);

            timers.Arm(Owner, 1, 300);
            timers.Arm(Owner, 2, 100);
            timers.Arm(Owner, 3, 300);
            timers.Arm(Owner, 4, 200);
            clock.Advance(500);
            Assert.AreEqual(4, timers.PostDue());

            Assert.AreEqual(2, queue.TryTake().Param);
            Assert.AreEqual(4, queue.TryTake().Param);
            Assert.AreEqual(1, queue.TryTake().Param);
            Assert.AreEqual(3, queue.TryTake().Param);
        }

        [TestMethod]
        public void Rearming_replaces_the_old_deadline_and_disarming_cancels()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 2);

            timers.Arm(Owner, 5, 100);
            clock.Advance(50);
            timers.Arm(Owner, 5, 100);
            clock.Advance(60);
            Assert.AreEqual(0, timers.PostDue());
            clock.Advance(40);
            Assert.AreEqual(1, timers.PostDue());

            timers.Arm(Owner, 6, 10);
            timers.Disarm(6);
            clock.Advance(100);
            Assert.AreEqual(0, timers.PostDue());
        }

        [TestMethod]
        public void A_periodic_timer_keeps_its_period_and_never_bursts_after_a_time_jump()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            EventQueue queue = new EventQueue(16);
            TimerService timers = new TimerService(clock, queue, 2);

            timers.ArmPeriodic(Owner, 9, 1000, 1000);
            int fired = 0;
            for (int second = 0; second < 5; second++)
            {
                clock.Advance(1000);
                fired += timers.PostDue();
            }

            Assert.AreEqual(5, fired);

            // An hour passes at once (the device slept, or a test jumped): one expiry, then the period resumes.
            clock.Advance(3600000);
            Assert.AreEqual(1, timers.PostDue());
            Assert.AreEqual(1000L, timers.NextDueInMs());
        }

        [TestMethod]
        public void An_expiry_queued_before_a_rearm_or_disarm_is_recognised_as_stale()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 2);

            timers.Arm(Owner, 3, 100);
            clock.Advance(100);
            timers.PostDue();
            Event first = queue.TryTake();
            Assert.IsTrue(timers.IsCurrent(first));

            // Re-armed after its expiry was queued: the queued expiry is stale, the next one is current.
            timers.Arm(Owner, 3, 100);
            Assert.IsFalse(timers.IsCurrent(first));
            clock.Advance(100);
            timers.PostDue();
            Event second = queue.TryTake();
            Assert.IsTrue(timers.IsCurrent(second));

            timers.Disarm(3);
            Assert.IsFalse(timers.IsCurrent(second));
            Assert.IsFalse(timers.IsCurrent(new Event(Signal.TimerExpired, 3, null)));
            Assert.IsFalse(timers.IsCurrent(new Event(Signal.KeyPressed, 3, null)));
        }

        [TestMethod]
        public void Running_out_of_slots_is_an_error_not_a_silent_loss()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            TimerService timers = new TimerService(clock, new EventQueue(4), 1);
            timers.Arm(Owner, 1, 10);
            Assert.ThrowsException(typeof(InvalidOperationException), () => timers.Arm(Owner, 2, 10));
        }

        [TestMethod]
        public void The_simulated_clock_keeps_uptime_monotonic_when_the_wall_clock_is_set()
        {
            SimulatedClock clock = new SimulatedClock(Start);
            clock.Advance(5000);
            clock.SetUtc(new DateTime(2020, 1, 1, 0, 0, 0));
            Assert.AreEqual(5000L, clock.UptimeMs);
            clock.Advance(1000);
            Assert.AreEqual(new DateTime(2020, 1, 1, 0, 0, 1), clock.UtcNow);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => clock.Advance(-1));
        }
    }
}
