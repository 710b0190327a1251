using System.Collections;
using Pos.Core.Events;
using Pos.Core.Link;
using Pos.Hal;

namespace Pos.Core.Tests.Link
{
    /// <summary>
    /// A fake host seen through a probe, reporting as the app's probe does (HostChannel over the exchange seam). The
    /// outcome is fixed when the probe starts (reachable now: success after <see cref="SuccessLatencyMs"/>, however
    /// slow; unreachable: failure after <see cref="FailLatencyMs"/>, or at the probe's connect timeout when
    /// <see cref="FailByHanging"/> — the connect hangs —, or never when <see cref="NeverReports"/>, a broken seam that
    /// only the monitor's watchdog ends), as a TCP connect started before the host came back still fails.
    /// </summary>
    public sealed class FakeProbe : IReachabilityProbe
    {
        private readonly IClock _clock;
        private readonly ArrayList _pending = new ArrayList();

        /// <summary>Creates a fake over the rig's clock; the host starts reachable.</summary>
        public FakeProbe(IClock clock)
        {
            _clock = clock;
            HostReachable = true;
            SuccessLatencyMs = 50;
            FailLatencyMs = 50;
            FirstFailedStartMs = -1;
        }

        /// <summary>Whether a probe started now would succeed.</summary>
        public bool HostReachable { get; set; }

        /// <summary>Round trip of a successful probe.</summary>
        public long SuccessLatencyMs { get; set; }

        /// <summary>How long a failing probe takes to report (refused, unreachable).</summary>
        public long FailLatencyMs { get; set; }

        /// <summary>When true, a failing probe's connect hangs: it fails at <see cref="ConnectTimeoutMs"/>.</summary>
        public bool FailByHanging { get; set; }

        /// <summary>The probe's connect timeout (the rig sets <see cref="LinkSettings.ProbeTimeoutMs"/>).</summary>
        public long ConnectTimeoutMs { get; set; } = 1500;

        /// <summary>When true, a failing probe never reports at all: only the monitor's watchdog ends it.</summary>
        public bool NeverReports { get; set; }

        /// <summary>When true, a probe to a reachable host connects but its reply is lost: it fails at <see cref="ReplyTimeoutMs"/>.</summary>
        public bool LoseReplies { get; set; }

        /// <summary>The probe's reply timeout (the rig sets <see cref="LinkSettings.ProbeReplyTimeoutMs"/>).</summary>
        public long ReplyTimeoutMs { get; set; } = 60000;

        /// <summary>Probes started so far.</summary>
        public int Started { get; private set; }

        /// <summary>When the last probe started.</summary>
        public long LastStartMs { get; private set; }

        /// <summary>Start time of the first probe that was bound to fail since <see cref="ResetFailureMark"/>, or -1.</summary>
        public long FirstFailedStartMs { get; private set; }

        /// <summary>Start times of every probe, in order.</summary>
        public ArrayList StartTimes { get; } = new ArrayList();

        /// <summary>Forgets <see cref="FirstFailedStartMs"/>.</summary>
        public void ResetFailureMark()
        {
            FirstFailedStartMs = -1;
        }

        /// <inheritdoc />
        public void StartProbe(int probeId)
        {
            long now = _clock.UptimeMs;
            Started++;
            LastStartMs = now;
            StartTimes.Add(now);
            if (HostReachable)
            {
                bool lost = LoseReplies || SuccessLatencyMs > ReplyTimeoutMs;
                _pending.Add(new FakeProbeOutcome(probeId, now + (lost ? ReplyTimeoutMs : SuccessLatencyMs), !lost));
                return;
            }

            if (FirstFailedStartMs < 0)
            {
                FirstFailedStartMs = now;
            }

            if (!NeverReports)
            {
                _pending.Add(new FakeProbeOutcome(probeId, now + (FailByHanging ? ConnectTimeoutMs : FailLatencyMs), false));
            }
        }

        /// <summary>When the earliest pending outcome is due, or -1.</summary>
        public long NextDueMs()
        {
            long best = -1;
            for (int i = 0; i < _pending.Count; i++)
            {
                long due = ((FakeProbeOutcome)_pending[i]).DueMs;
                if (best < 0 || due < best)
                {
                    best = due;
                }
            }

            return best;
        }

        /// <summary>Posts every due outcome as ProbeSucceeded / ProbeFailed.</summary>
        public int DeliverDue(EventQueue queue)
        {
            long now = _clock.UptimeMs;
            int delivered = 0;
            for (int i = 0; i < _pending.Count; i++)
            {
                FakeProbeOutcome outcome = (FakeProbeOutcome)_pending[i];
                if (outcome.DueMs <= now)
                {
                    queue.Post(new Event(outcome.Succeeded ? Signal.ProbeSucceeded : Signal.ProbeFailed, outcome.ProbeId, null));
                    _pending.RemoveAt(i);
                    i--;
                    delivered++;
                }
            }

            return delivered;
        }
    }
}
