namespace Pos.Core.Link
{
    /// <summary>
    /// Thresholds of the link monitor. The defaults hold the SPEC §3 bounds (offline within 10 s of the first
    /// failure, online within 10 s of the host coming back) with margin; <see cref="Validate"/> rejects absurd values
    /// and combinations that would break those bounds. docs/LINK_AND_OFFLINE.md explains each default.
    /// </summary>
    public sealed class LinkSettings
    {
        /// <summary>The SPEC §3 bound for both detection and recovery, in milliseconds.</summary>
        public const long SpecBoundMs = 10000;

        /// <summary>
        /// Added to a probe's connect and reply timeouts before the monitor counts a probe whose outcome never came
        /// as failed (a seam that never reports). Generous: a probe asked for while a sale is in flight is answered by
        /// the sale's exchange, whose connect budget may be longer than a probe's.
        /// </summary>
        public const long ProbeWatchdogMarginMs = 10000;

        /// <summary>Creates settings with the defaults.</summary>
        public LinkSettings()
        {
            ProbeTimeoutMs = 1500;
            ProbeReplyTimeoutMs = 60000;
            OnlineProbeIntervalMs = 60000;
            SuspectProbeIntervalMs = 1000;
            FailuresToOffline = 3;
            MinSuspectMs = 3000;
            OfflineDeadlineMs = 8000;
            OfflineProbeMinMs = 500;
            OfflineProbeMaxMs = 3000;
            BackoffFactor = 2;
            ConfirmProbeIntervalMs = 500;
            SuccessesToOnline = 2;
            MinRecoveringMs = 3000;
        }

        /// <summary>
        /// The connect timeout of a probe: a host that cannot be reached fails a probe in this time (the probe reports
        /// it). Also the reply latency up to which <see cref="WorstCaseRecoveryMs"/> is guaranteed.
        /// </summary>
        public long ProbeTimeoutMs { get; set; }

        /// <summary>
        /// How long a probe that got through waits for its reply before it counts as failed. The app sets it to the
        /// sale's response timeout: a host that answers a sale in time is reachable, however slow, and a probe that
        /// waits less would declare a slow host offline. The monitor counts a probe with no outcome at all as failed
        /// after <see cref="ProbeTimeoutMs"/> + this + <see cref="ProbeWatchdogMarginMs"/>.
        /// </summary>
        public long ProbeReplyTimeoutMs { get; set; }

        /// <summary>Idle keep-alive probe while online (restarted by every successful exchange); 0 turns it off.</summary>
        public long OnlineProbeIntervalMs { get; set; }

        /// <summary>Pause between the end of one probe and the start of the next while suspect.</summary>
        public long SuspectProbeIntervalMs { get; set; }

        /// <summary>Consecutive failures (the first one included) needed to go offline from suspect.</summary>
        public int FailuresToOffline { get; set; }

        /// <summary>Minimum time in suspect before the failure count may take us offline (hysteresis against short blips).</summary>
        public long MinSuspectMs { get; set; }

        /// <summary>Hard bound: offline this long after the first failure unless a success came first.</summary>
        public long OfflineDeadlineMs { get; set; }

        /// <summary>First pause between offline probes; also the pause after a relapse.</summary>
        public long OfflineProbeMinMs { get; set; }

        /// <summary>Cap of the offline backoff; bounds the recovery latency.</summary>
        public long OfflineProbeMaxMs { get; set; }

        /// <summary>The offline pause is multiplied by this after each failed probe (1 = constant interval).</summary>
        public int BackoffFactor { get; set; }

        /// <summary>Pause between confirmation probes while recovering.</summary>
        public long ConfirmProbeIntervalMs { get; set; }

        /// <summary>Consecutive successes (the first one included) needed to go online from recovering; at least 2.</summary>
        public int SuccessesToOnline { get; set; }

        /// <summary>Minimum time in recovering, without a failure, before going online (hysteresis against a flapping host).</summary>
        public long MinRecoveringMs { get; set; }

        /// <summary>
        /// The guaranteed bound on going offline after the first failure: the suspect deadline (the failure count
        /// usually decides earlier).
        /// </summary>
        public long WorstCaseDetectionMs => OfflineDeadlineMs;

        /// <summary>
        /// The guaranteed bound on going online after the host becomes reachable (link up), when every probe started
        /// after that answers within the probe timeout: a probe started just before fails only at its timeout, the
        /// backoff is at its cap, the first success takes a full timeout, then the recovering hold (or the
        /// confirmation probes, if they take longer).
        /// </summary>
        public long WorstCaseRecoveryMs
        {
            get
            {
                long confirmations = (SuccessesToOnline - 1) * (ConfirmProbeIntervalMs + ProbeTimeoutMs);
                long hold = MinRecoveringMs > confirmations ? MinRecoveringMs : confirmations;
                return ProbeTimeoutMs + OfflineProbeMaxMs + ProbeTimeoutMs + hold;
            }
        }

        /// <summary>A copy, so that a monitor keeps the values it validated.</summary>
        public LinkSettings Clone()
        {
            LinkSettings copy = new LinkSettings();
            copy.ProbeTimeoutMs = ProbeTimeoutMs;
            copy.ProbeReplyTimeoutMs = ProbeReplyTimeoutMs;
            copy.OnlineProbeIntervalMs = OnlineProbeIntervalMs;
            copy.SuspectProbeIntervalMs = SuspectProbeIntervalMs;
            copy.FailuresToOffline = FailuresToOffline;
            copy.MinSuspectMs = MinSuspectMs;
            copy.OfflineDeadlineMs = OfflineDeadlineMs;
            copy.OfflineProbeMinMs = OfflineProbeMinMs;
            copy.OfflineProbeMaxMs = OfflineProbeMaxMs;
            copy.BackoffFactor = BackoffFactor;
            copy.ConfirmProbeIntervalMs = ConfirmProbeIntervalMs;
            copy.SuccessesToOnline = SuccessesToOnline;
            copy.MinRecoveringMs = MinRecoveringMs;
            return copy;
        }

        /// <summary>Checks every value and the derived SPEC bounds.</summary>
        /// <exception cref="LinkSettingsException">A value is absurd, or the combination breaks a 10 s bound.</exception>
        public void Validate()
        {
            Range("ProbeTimeoutMs", ProbeTimeoutMs, 100, 5000);
            Range("ProbeReplyTimeoutMs", ProbeReplyTimeoutMs, 1000, 180000);
            if (OnlineProbeIntervalMs != 0)
            {
                Range("OnlineProbeIntervalMs", OnlineProbeIntervalMs, 1000, 3600000);
            }

            Range("SuspectProbeIntervalMs", SuspectProbeIntervalMs, 100, 5000);
            Range("FailuresToOffline", FailuresToOffline, 1, 10);
            Range("OfflineDeadlineMs", OfflineDeadlineMs, 1000, SpecBoundMs);
            Range("MinSuspectMs", MinSuspectMs, 0, OfflineDeadlineMs);
            Range("OfflineProbeMaxMs", OfflineProbeMaxMs, 100, SpecBoundMs);
            Range("OfflineProbeMinMs", OfflineProbeMinMs, 100, OfflineProbeMaxMs);
            Range("BackoffFactor", BackoffFactor, 1, 10);
            Range("ConfirmProbeIntervalMs", ConfirmProbeIntervalMs, 50, 5000);
            Range("SuccessesToOnline", SuccessesToOnline, 2, 10);
            Range("MinRecoveringMs", MinRecoveringMs, 0, SpecBoundMs);
            if (WorstCaseRecoveryMs > SpecBoundMs)
            {
                throw new LinkSettingsException(
                    "WorstCaseRecoveryMs",
                    "2 x ProbeTimeoutMs + OfflineProbeMaxMs + recovering hold = " + WorstCaseRecoveryMs.ToString() +
                    " ms exceeds the " + SpecBoundMs.ToString() + " ms recovery bound");
            }
        }

        private static void Range(string name, long value, long min, long max)
        {
            if (value < min || value > max)
            {
                throw new LinkSettingsException(
                    name, value.ToString() + " is outside " + min.ToString() + ".." + max.ToString());
            }
        }
    }
}
