namespace Pos.Core.Link
{
    /// <summary>
    /// Asks whether the host can be reached (a TCP connect or a protocol echo 0820), without blocking. The outcome
    /// comes back later as <c>Signal.ProbeSucceeded</c> / <c>Signal.ProbeFailed</c> with the probe id as
    /// <c>Event.Param</c> (or a call to <see cref="LinkMonitor.OnProbeResult"/> from the dispatcher thread). Never
    /// report the outcome from inside <see cref="StartProbe"/>. A probe reports exactly once: failed when the host
    /// cannot be reached within <see cref="LinkSettings.ProbeTimeoutMs"/> (connect) or does not answer within
    /// <see cref="LinkSettings.ProbeReplyTimeoutMs"/> after that; succeeded on any reply, however slow. The monitor
    /// fails a probe whose outcome never comes after both timeouts plus <see cref="LinkSettings.ProbeWatchdogMarginMs"/>
    /// and ignores its later outcome. A probe reports only through these signals, not also as an exchange outcome.
    /// </summary>
    public interface IReachabilityProbe
    {
        /// <summary>Starts one probe; at most one is in flight at a time.</summary>
        /// <param name="probeId">The id to report the outcome with.</param>
        void StartProbe(int probeId);
    }
}
