namespace Pos.Core.Link
{
    /// <summary>
    /// The <c>TimerService</c> ids the link monitor arms (the 4000 block belongs to the link monitor). The app's
    /// timer service needs four free slots for them. The ids are contiguous (the monitor indexes by them).
    /// </summary>
    public static class LinkTimerIds
    {
        /// <summary>Time to start the next probe.</summary>
        public const int NextProbe = 4001;
        /// <summary>The probe in flight has had no answer for too long.</summary>
        public const int ProbeTimeout = 4002;
        /// <summary>The minimum time of Suspect or Recovering has passed: check the hysteresis.</summary>
        public const int Hold = 4003;
        /// <summary>The Suspect deadline: offline now, whatever the probes say.</summary>
        public const int Deadline = 4004;

        /// <summary>True when the id is one of the monitor's.</summary>
        public static bool IsLinkTimer(int timerId)
        {
            return timerId >= NextProbe && timerId <= Deadline;
        }
    }
}
