namespace Pos.Core.Link
{
    /// <summary>What the monitor does on a transition (the action column of <see cref="LinkTransitionTable"/>).</summary>
    public enum LinkAction
    {
        /// <summary>Nothing: the input does not matter in this state.</summary>
        None = 0,
        /// <summary>Online traffic succeeded: restart the idle keep-alive probe timer.</summary>
        KeepAlive = 1,
        /// <summary>First failure: start counting failures, arm the hold and deadline timers, probe at once.</summary>
        EnterSuspect = 2,
        /// <summary>Another failure in Suspect: count it and check the hysteresis.</summary>
        CountFailure = 3,
        /// <summary>A success cleared the suspicion: back to Online without a visible change, with one verification probe soon.</summary>
        ClearSuspect = 4,
        /// <summary>Go offline: reset the backoff and schedule the first offline probe.</summary>
        EnterOffline = 5,
        /// <summary>A probe failed while offline: grow the backoff (capped) and schedule the next probe.</summary>
        BackOff = 6,
        /// <summary>The link came back: reset the backoff and probe at once.</summary>
        ProbeNow = 7,
        /// <summary>First success while offline: start counting successes and arm the hold timer.</summary>
        EnterRecovering = 8,
        /// <summary>Another success in Recovering: count it and check the hysteresis.</summary>
        CountSuccess = 9,
        /// <summary>Confirmed: go online.</summary>
        EnterOnline = 10,
        /// <summary>The link went down: stop probing, forget the probe in flight.</summary>
        DropLink = 11,
    }
}
