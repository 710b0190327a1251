namespace Pos.Core.Offline
{
    /// <summary>Why the forwarder stopped before the queue was drained (the parameter of <c>Signal.ForwardingStopped</c>). Stable values.</summary>
    public enum ForwardStopReason
    {
        /// <summary>The link monitor says the host is unreachable; draining resumes on <c>Signal.WentOnline</c>.</summary>
        Offline = 1,
        /// <summary>No MAK, or the host asked for a sign-in (header 3, 77, 99, A0): sign in, then call <c>Drain</c>.</summary>
        SignInRequired = 2,
        /// <summary>The pending reversal's payload cannot be read or built; shown in diagnostics, needs a technician.</summary>
        ReversalUnreadable = 3,
        /// <summary>The reversal exhausted its retries and could not be moved to the flagged items (queue full).</summary>
        ReversalStuck = 4,
        /// <summary>The journal refused a write (storage full or I/O error, or read-only after corruption).</summary>
        StorageFailed = 5,
    }
}
