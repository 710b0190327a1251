using Pos.Core.Events;
using Pos.Core.Link;
using Pos.Core.Simulation;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Link
{
    [TestClass]
    public class LinkSettingsTests
    {
        [TestMethod]
        public void The_defaults_are_valid_and_hold_both_spec_bounds_with_margin()
        {
            LinkSettings settings = new LinkSettings();
            settings.Validate();
            Assert.AreEqual(8000L, settings.WorstCaseDetectionMs);
            Assert.AreEqual(9000L, settings.WorstCaseRecoveryMs);
            Assert.IsTrue(settings.WorstCaseRecoveryMs <= LinkSettings.SpecBoundMs);
        }

        [TestMethod]
        public void Absurd_values_are_rejected_with_the_setting_named()
        {
            AssertRejected("ProbeTimeoutMs", 0, 0);
            AssertRejected("ProbeTimeoutMs", 0, 60000);
            AssertRejected("OnlineProbeIntervalMs", 1, 10);
            AssertRejected("SuspectProbeIntervalMs", 2, -1);
            AssertRejected("FailuresToOffline", 3, 0);
            AssertRejected("FailuresToOffline", 3, 11);
            AssertRejected("MinSuspectMs", 4, 9000);
            AssertRejected("OfflineDeadlineMs", 5, 10001);
            AssertRejected("OfflineDeadlineMs", 5, 999);
            AssertRejected("OfflineProbeMinMs", 6, 5000);
            AssertRejected("OfflineProbeMaxMs", 7, 60000);
            AssertRejected("BackoffFactor", 8, 0);
            AssertRejected("ConfirmProbeIntervalMs", 9, 10);
            AssertRejected("SuccessesToOnline", 10, 1);
            AssertRejected("MinRecoveringMs", 11, -5);
            AssertRejected("ProbeReplyTimeoutMs", 12, 999);
            AssertRejected("ProbeReplyTimeoutMs", 12, 180001);
        }

        [TestMethod]
        public void Combinations_that_break_the_recovery_bound_are_rejected()
        {
            LinkSettings settings = new LinkSettings();
            settings.OfflineProbeMaxMs = 5000;
            LinkSettingsException error = Capture(settings);
            Assert.IsNotNull(error);
            Assert.AreEqual("WorstCaseRecoveryMs", error.Setting);

            settings = new LinkSettings();
            settings.SuccessesToOnline = 5;
            error = Capture(settings);
            Assert.IsNotNull(error);
            Assert.AreEqual("WorstCaseRecoveryMs", error.Setting);
        }

        [TestMethod]
        public void Zero_turns_the_keep_alive_off_and_the_monitor_validates_and_copies()
        {
            LinkSettings settings = new LinkSettings();
            settings.OnlineProbeIntervalMs = 0;
            settings.Validate();

            settings.ProbeTimeoutMs = 0;
            SimulatedClock clock = new SimulatedClock(new System.DateTime(2026, 1, 1));
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 8);
            Assert.ThrowsException(typeof(LinkSettingsException), () => new LinkMonitor(settings, clock, timers, queue, new FakeProbe(clock), new MemoryLog()));

            settings.ProbeTimeoutMs = 1500;
            LinkMonitor monitor = new LinkMonitor(settings, clock, timers, queue, new FakeProbe(clock), new MemoryLog());
            settings.ProbeTimeoutMs = 1;
            Assert.AreEqual(1500L, monitor.Settings.ProbeTimeoutMs);
        }

        private static void AssertRejected(string name, int which, long value)
        {
            LinkSettings settings = new LinkSettings();
            Set(settings, which, value);
            LinkSettingsException error = Capture(settings);
            Assert.IsNotNull(error, name + " = " + value.ToString() + " was accepted");
            Assert.AreEqual(name, error.Setting);
        }

        private static LinkSettingsException Capture(LinkSettings settings)
        {
            try
            {
                settings.Validate();
                return null;
            }
            catch (LinkSettingsException e)
            {
                return e;
            }
        }

        private static void Set(LinkSettings s, int which, long value)
        {
            switch (which)
            {
                case 0: s.ProbeTimeoutMs = value; break;
                case 1: s.OnlineProbeIntervalMs = value; break;
                case 2: s.SuspectProbeIntervalMs = value; break;
                case 3: s.FailuresToOffline = (int)value; break;
                case 4: s.MinSuspectMs = value; break;
                case 5: s.OfflineDeadlineMs = value; break;
                case 6: s.OfflineProbeMinMs = value; break;
                case 7: s.OfflineProbeMaxMs = value; break;
                case 8: s.BackoffFactor = (int)value; break;
                case 9: s.ConfirmProbeIntervalMs = value; break;
                case 10: s.SuccessesToOnline = (int)value; break;
                case 11: s.MinRecoveringMs = value; break;
                case 12: s.ProbeReplyTimeoutMs = value; break;
            }
        }
    }
}
