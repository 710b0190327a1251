using Pos.Core.Events;
using Pos.Core.Link;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Link
{
    [TestClass]
    public class LinkMonitorTests
    {
        [TestMethod]
        public void Boot_with_a_reachable_host_goes_online_once_after_confirmation()
        {
            LinkRig rig = new LinkRig();
            Assert.AreEqual((int)LinkState.LinkDown, (int)rig.Monitor.State);
            rig.StartLinkUp();
            Assert.AreEqual((int)LinkState.Offline, (int)rig.Monitor.State);
            Assert.AreEqual(1, rig.Probe.Started, "link up probes at once");

            rig.RunFor(10000);

            Assert.AreEqual(1, rig.Changes.Count);
            Assert.AreEqual("On@3050(HostReachable)", (string)rig.Changes[0]);
            Assert.AreEqual((int)LinkState.Online, (int)rig.Monitor.State);
            Assert.IsTrue(rig.Monitor.IsOnline);
        }

        [TestMethod]
        public void A_link_down_event_takes_it_offline_at_once_and_stops_probing()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            long at = rig.Now;

            rig.Post(Signal.LinkChanged, 0);

            Assert.AreEqual(at, rig.LastOfflineMs, "offline in the same instant");
            Assert.AreEqual(LinkReason.LinkDown, rig.LastVisibleReason);
            Assert.AreEqual((int)LinkState.LinkDown, (int)rig.Monitor.State);
            Assert.IsFalse(rig.Monitor.IsOnline);

            int probes = rig.Probe.Started;
            rig.RunFor(600000);
            Assert.AreEqual(probes, rig.Probe.Started, "no probes while the link is down");
            Assert.AreEqual(2, rig.Changes.Count);
        }

        [TestMethod]
        public void A_link_down_from_suspect_is_also_immediate()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Post(Signal.ExchangeFailed, 0);
            rig.RunFor(500);
            Assert.AreEqual((int)LinkState.Suspect, (int)rig.Monitor.State);
            long at = rig.Now;

            rig.Post(Signal.LinkChanged, 0);

            Assert.AreEqual(at, rig.LastOfflineMs);
            Assert.AreEqual(LinkReason.LinkDown, rig.LastVisibleReason);
        }

        [TestMethod]
        public void Link_up_again_with_the_host_reachable_is_online_within_10_s()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Post(Signal.LinkChanged, 0);
            rig.RunFor(120000);
            long up = rig.Now;

            rig.Post(Signal.LinkChanged, 1);
            rig.RunFor(10000);

            long latency = rig.LastOnlineMs - up;
            OutputHelper.WriteLine("link up -> online: " + latency.ToString() + " ms");
            Assert.IsTrue(rig.LastOnlineMs >= up && latency <= 10000, "latency " + latency.ToString());
            Assert.IsTrue(rig.Monitor.IsOnline);
        }

        [TestMethod]
        public void A_late_exchange_reply_while_link_down_starts_recovery()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Post(Signal.LinkChanged, 0);
            rig.Post(Signal.ExchangeReplied, 0);
            Assert.AreEqual((int)LinkState.Recovering, (int)rig.Monitor.State);
            rig.RunFor(10000);
            Assert.IsTrue(rig.Monitor.IsOnline);
        }

        [TestMethod]
        public void Silent_loss_after_a_failed_exchange_is_offline_within_10_s()
        {
            bool[] hanging = new bool[] { false, true };
            for (int i = 0; i < hanging.Length; i++)
            {
                LinkRig rig = new LinkRig();
                rig.StartOnline();
                rig.RunFor(20000);
                rig.Probe.HostReachable = false;
                rig.Probe.FailByHanging = hanging[i];
                long first = rig.Now;

                rig.Post(Signal.ExchangeFailed, 0);
                Assert.IsTrue(rig.Monitor.IsOnline, "one failure does not go offline yet");
                rig.RunFor(15000);

                long latency = rig.LastOfflineMs - first;
                OutputHelper.WriteLine("exchange failure -> offline (hanging " + (hanging[i] ? "yes" : "no") + "): " + latency.ToString() + " ms");
                Assert.IsTrue(rig.LastOfflineMs >= first && latency <= 10000, "latency " + latency.ToString());
                Assert.AreEqual(LinkReason.HostUnreachable, rig.LastVisibleReason);
            }
        }

        [TestMethod]
        public void Silent_loss_found_by_the_idle_keep_alive_probe_is_offline_within_10_s()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Probe.FailByHanging = true;
            rig.Probe.ResetFailureMark();

            rig.RunFor(120000);

            long first = rig.Probe.FirstFailedStartMs;
            long latency = rig.LastOfflineMs - first;
            OutputHelper.WriteLine("first failed probe start -> offline: " + latency.ToString() + " ms");
            Assert.IsTrue(first > 0 && rig.LastOfflineMs > first && latency <= 10000, "latency " + latency.ToString());
        }

        [TestMethod]
        public void The_deadline_takes_it_offline_when_failures_come_too_slowly()
        {
            LinkSettings settings = new LinkSettings();
            settings.FailuresToOffline = 10;
            LinkRig rig = new LinkRig(settings);
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Probe.FailByHanging = true;
            long first = rig.Now;

            rig.Post(Signal.ExchangeFailed, 0);
            rig.RunFor(20000);

            Assert.AreEqual(first + settings.OfflineDeadlineMs, rig.LastOfflineMs);
            Assert.AreEqual(LinkReason.NoResponse, rig.LastVisibleReason);
        }

        [TestMethod]
        public void A_failure_followed_by_a_success_clears_the_suspicion_without_a_visible_change()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            int transitions = rig.Monitor.TransitionCount;

            rig.Post(Signal.ExchangeFailed, 0);
            Assert.AreEqual((int)LinkState.Suspect, (int)rig.Monitor.State);
            Assert.IsTrue(rig.Monitor.ProbeInFlight, "suspect probes at once");
            rig.RunFor(100);

            Assert.AreEqual((int)LinkState.Online, (int)rig.Monitor.State);
            Assert.AreEqual(transitions + 2, rig.Monitor.TransitionCount);
            Assert.AreEqual(1, rig.Changes.Count, "only the boot WentOnline");
            Assert.AreEqual(LinkReason.ProbeSucceeded, rig.Monitor.LastReason);
        }

        [TestMethod]
        public void A_single_success_after_failures_does_not_go_online()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Post(Signal.ExchangeFailed, 0);
            rig.RunFor(60000);
            Assert.IsFalse(rig.Monitor.IsOnline);
            int changes = rig.Changes.Count;

            // One good probe, then the host is gone again before the confirmation.
            rig.Probe.HostReachable = true;
            rig.RunUntilProbeStarts(10000);
            rig.Probe.HostReachable = false;
            rig.RunFor(100);
            Assert.AreEqual((int)LinkState.Recovering, (int)rig.Monitor.State);
            rig.RunFor(60000);

            Assert.AreEqual(changes, rig.Changes.Count);
            Assert.IsFalse(rig.Monitor.IsOnline);
            Assert.IsTrue(rig.Monitor.EntriesInto(LinkState.Recovering) >= 2, "entered recovering and relapsed");
        }

        [TestMethod]
        public void Offline_probes_back_off_exponentially_up_to_the_cap()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Probe.FailLatencyMs = 0;
            rig.Post(Signal.ExchangeFailed, 0);
            rig.RunFor(30000);
            Assert.IsFalse(rig.Monitor.IsOnline);
            int from = 0;
            while ((long)rig.Probe.StartTimes[from] <= rig.LastOfflineMs)
            {
                from++;
            }

            Assert.AreEqual(rig.LastOfflineMs + 500, (long)rig.Probe.StartTimes[from], "first offline probe after the minimum pause");
            from++;
            long[] expected = new long[] { 1000, 2000, 3000, 3000, 3000 };
            for (int i = 0; i < expected.Length; i++)
            {
                long gap = (long)rig.Probe.StartTimes[from + i] - (long)rig.Probe.StartTimes[from + i - 1];
                Assert.AreEqual(expected[i], gap, "gap " + i.ToString());
            }

            Assert.AreEqual(3000L, rig.Monitor.CurrentBackoffMs);
        }

        [TestMethod]
        public void Recovery_is_within_10_s_of_the_host_returning_in_the_worst_phase_after_a_long_outage()
        {
            long[] offsets = new long[] { 0, 1, 500, 1499, 1500, 2000, 2999, 3000, 4499 };
            bool[] hanging = new bool[] { true, false };
            long worst = 0;
            for (int h = 0; h < hanging.Length; h++)
            {
                for (int i = 0; i < offsets.Length; i++)
                {
                    LinkRig rig = new LinkRig();
                    rig.StartOnline();
                    rig.Probe.HostReachable = false;
                    rig.Probe.FailByHanging = hanging[h];
                    rig.Post(Signal.ExchangeFailed, 0);
                    rig.RunFor(120000);
                    Assert.AreEqual(rig.Monitor.Settings.OfflineProbeMaxMs, rig.Monitor.CurrentBackoffMs, "backoff at its cap");

                    // The host comes back 'offset' ms after a probe started; successes take the longest accepted time.
                    Assert.IsTrue(rig.RunUntilProbeStarts(60000));
                    rig.RunFor(offsets[i]);
                    rig.Probe.HostReachable = true;
                    rig.Probe.SuccessLatencyMs = rig.Monitor.Settings.ProbeTimeoutMs - 1;
                    long back = rig.Now;
                    rig.RunFor(20000);

                    long latency = rig.LastOnlineMs - back;
                    Assert.IsTrue(rig.LastOnlineMs >= back && latency <= 10000, "offset " + offsets[i].ToString() + ": " + latency.ToString());
                    if (latency > worst)
                    {
                        worst = latency;
                    }
                }
            }

            OutputHelper.WriteLine("worst recovery over the phases: " + worst.ToString() + " ms");
            Assert.IsTrue(worst <= new LinkSettings().WorstCaseRecoveryMs);
        }

        [TestMethod]
        public void A_flapping_host_produces_a_bounded_number_of_changes()
        {
            long[] halfPeriods = new long[] { 100, 300, 700, 1000, 1500, 2500, 4000, 6000 };
            long duration = 120000;
            LinkSettings settings = new LinkSettings();
            int bound = (int)(2 * (duration / (settings.MinSuspectMs + settings.MinRecoveringMs))) + 2;
            for (int p = 0; p < halfPeriods.Length; p++)
            {
                LinkRig rig = new LinkRig(settings);
                rig.StartOnline();
                int before = rig.Changes.Count;
                bool reachable = true;
                long end = rig.Now + duration;
                while (rig.Now < end)
                {
                    reachable = !reachable;
                    rig.Probe.HostReachable = reachable;
                    if (rig.Monitor.IsOnline)
                    {
                        // The app keeps trying transactions while it believes it is online.
                        rig.Post(reachable ? Signal.ExchangeReplied : Signal.ExchangeFailed, 0);
                    }

                    rig.RunFor(halfPeriods[p]);
                }

                int changes = rig.Changes.Count - before;
                OutputHelper.WriteLine("half period " + halfPeriods[p].ToString() + " ms: " + changes.ToString() + " visible changes in 120 s");
                Assert.IsTrue(changes <= bound, "half period " + halfPeriods[p].ToString() + ": " + changes.ToString() + " > " + bound.ToString());
                if (halfPeriods[p] < 1000)
                {
                    Assert.AreEqual(0, changes, "blips shorter than the hysteresis never show");
                }

                AssertDwell(rig, before, settings);
            }
        }

        [TestMethod]
        public void A_request_that_never_left_is_no_evidence_against_the_host()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            int transitions = rig.Monitor.TransitionCount;

            // NotReady: the seam was busy, or the request's connect budget ran out while it waited (HostChannel).
            rig.Queue.Post(new Event(Signal.ExchangeFailed, 5, new Pos.Core.Exchange.ExchangeOutcome(5, null, Pos.Hal.ExchangeFailure.NotReady)));
            rig.Drain();
            Assert.AreEqual((int)LinkState.Online, (int)rig.Monitor.State);
            Assert.AreEqual(transitions, rig.Monitor.TransitionCount);

            rig.Queue.Post(new Event(Signal.ExchangeFailed, 6, new Pos.Core.Exchange.ExchangeOutcome(6, null, Pos.Hal.ExchangeFailure.ConnectFailed)));
            rig.Drain();
            Assert.AreEqual((int)LinkState.Suspect, (int)rig.Monitor.State, "a connect failure is evidence");
        }

        [TestMethod]
        public void A_probe_whose_outcome_never_comes_is_failed_by_the_watchdog_and_its_late_outcome_ignored()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.HostReachable = false;
            rig.Probe.NeverReports = true;
            rig.Post(Signal.ExchangeFailed, 0);
            long started = rig.Probe.LastStartMs;
            long watchdog = rig.Monitor.Settings.ProbeTimeoutMs + rig.Monitor.Settings.ProbeReplyTimeoutMs + LinkSettings.ProbeWatchdogMarginMs;
            int stale = rig.Monitor.StaleProbeResults;
            rig.RunFor(watchdog - 1);
            Assert.AreEqual(0, rig.Monitor.ProbeTimeouts, "a probe is given its connect and reply timeouts");
            Assert.IsFalse(rig.Monitor.IsOnline, "the deadline still bounds detection");
            rig.RunFor(1);
            Assert.AreEqual(1, rig.Monitor.ProbeTimeouts);
            Assert.AreEqual(started + watchdog, rig.Now);

            rig.Post(Signal.ProbeSucceeded, 1);
            Assert.AreEqual(stale + 1, rig.Monitor.StaleProbeResults);
            Assert.IsFalse(rig.Monitor.IsOnline);
        }

        [TestMethod]
        public void A_slow_host_that_answers_within_the_reply_timeout_is_never_declared_offline()
        {
            // The sale's response timeout is 15 s; the host answers everything after 1.6 to 14.9 s.
            long[] latencies = new long[] { 1600, 4000, 7999, 9000, 14999 };
            for (int i = 0; i < latencies.Length; i++)
            {
                LinkSettings settings = new LinkSettings();
                settings.ProbeReplyTimeoutMs = 15000;
                LinkRig rig = new LinkRig(settings);
                rig.Probe.SuccessLatencyMs = latencies[i];
                rig.StartLinkUp();
                rig.RunFor(60000);
                Assert.IsTrue(rig.Monitor.IsOnline, "latency " + latencies[i].ToString() + ": online after boot");
                int changes = rig.Changes.Count;
                for (int round = 0; round < 30; round++)
                {
                    // A sale every 90 s (its reply restarts the keep-alive), so a keep-alive probe in between.
                    rig.Post(Signal.ExchangeReplied, 0);
                    rig.RunFor(90000);
                }

                OutputHelper.WriteLine("latency " + latencies[i].ToString() + " ms: " + rig.Monitor.SlowProbeReplies.ToString() + " slow probe replies, "
                    + rig.Monitor.WentOfflineCount.ToString() + " WentOffline in 45 min");
                Assert.AreEqual(changes, rig.Changes.Count, "latency " + latencies[i].ToString() + ": no visible change");
                Assert.AreEqual(0, rig.Monitor.WentOfflineCount);
                Assert.IsTrue(rig.Monitor.SlowProbeReplies >= 29, "the keep-alive probes were slow and counted as reachable");
            }
        }

        [TestMethod]
        public void A_slow_reply_inside_the_deadline_clears_a_suspicion_raised_by_a_failed_exchange()
        {
            LinkSettings settings = new LinkSettings();
            settings.ProbeReplyTimeoutMs = 15000;
            LinkRig rig = new LinkRig(settings);
            rig.Probe.SuccessLatencyMs = 4000;
            rig.StartLinkUp();
            rig.RunFor(60000);
            Assert.IsTrue(rig.Monitor.IsOnline);

            rig.Post(Signal.ExchangeFailed, 0); // one lost reply
            Assert.AreEqual((int)LinkState.Suspect, (int)rig.Monitor.State);
            rig.RunFor(4000);
            Assert.AreEqual((int)LinkState.Online, (int)rig.Monitor.State, "the probe's slow reply is a success");
            rig.RunFor(120000);
            Assert.AreEqual(0, rig.Monitor.WentOfflineCount);
        }

        [TestMethod]
        public void A_probe_that_connected_before_a_silent_loss_fails_at_its_reply_timeout_and_offline_follows_within_10_s()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Probe.LoseReplies = true; // the keep-alive probe connects, then the host goes silent
            Assert.IsTrue(rig.RunUntilProbeStarts(120000));
            rig.Probe.HostReachable = false;
            rig.Probe.FailByHanging = true;
            long failureAt = rig.Probe.LastStartMs + rig.Monitor.Settings.ProbeReplyTimeoutMs;
            rig.RunFor(failureAt - rig.Now - 1);
            Assert.IsTrue(rig.Monitor.IsOnline, "no evidence before the reply timeout");
            rig.RunFor(15000);

            long latency = rig.LastOfflineMs - failureAt;
            OutputHelper.WriteLine("probe failed at its reply timeout -> offline: " + latency.ToString() + " ms");
            Assert.IsTrue(rig.LastOfflineMs >= failureAt && latency <= 10000, "latency " + latency.ToString());
        }

        [TestMethod]
        public void Diagnostics_and_log_show_state_reason_and_counts()
        {
            LinkRig rig = new LinkRig();
            rig.StartOnline();
            rig.Post(Signal.LinkChanged, 0);
            rig.RunFor(4000);

            Assert.AreEqual(LinkReason.LinkDown, rig.Monitor.LastReason);
            Assert.AreEqual(4000L, rig.Monitor.TimeInStateMs);
            Assert.AreEqual(4000L, rig.Monitor.TimeSinceVisibleChangeMs);
            Assert.AreEqual(1, rig.Monitor.WentOnlineCount);
            Assert.AreEqual(1, rig.Monitor.WentOfflineCount);
            Assert.AreEqual(2, rig.Monitor.EntriesInto(LinkState.LinkDown));
            Assert.AreEqual(1, rig.Monitor.EntriesInto(LinkState.Online));
            Assert.AreEqual("LinkDown for 4 s (LinkDown)", rig.Monitor.Describe());
            Assert.IsTrue(rig.Log.Contains("Recovering -> Online (HostReachable) at 3050 ms: ONLINE"));
            Assert.IsTrue(rig.Log.Contains("Online -> LinkDown (LinkDown) at 10000 ms: OFFLINE"));
        }

        [TestMethod]
        public void Foreign_timers_are_not_the_monitors_business()
        {
            LinkRig rig = new LinkRig();
            Assert.IsFalse(rig.Monitor.OnTimer(7));
            Assert.IsTrue(LinkTimerIds.IsLinkTimer(LinkTimerIds.Hold));
            Assert.IsFalse(LinkTimerIds.IsLinkTimer(4000));
        }

        private static void AssertDwell(LinkRig rig, int from, LinkSettings settings)
        {
            for (int i = from + 1; i < rig.Changes.Count; i++)
            {
                long gap = (long)rig.ChangeTimes[i] - (long)rig.ChangeTimes[i - 1];
                bool toOnline = ((string)rig.Changes[i]).IndexOf("On@") == 0;
                long min = toOnline ? settings.MinRecoveringMs : settings.MinSuspectMs;
                Assert.IsTrue(gap >= min, (string)rig.Changes[i - 1] + " then " + (string)rig.Changes[i]);
            }
        }
    }
}
