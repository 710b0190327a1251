namespace Pos.Core.Offline
{
    /// <summary>Why the forwarder stopped before the queue was drained (the parameter of <c>Signal.ForwardingStopped</c>). Stable values.</summary>
    public enum ForwardStopReason
    {
        /// <summary>The link monitor says the host is unreachable; draining resumes on <c>Signal.WentOnline</c>.</summary>
        Offline = 1,
        /// <summary>No MAK, or the host asked for a sign-in (header 3, 77, 99, A0): sign in, then call <c>Drain</c>.</summary>
        SignInRequired = 2,
        /// <summary>Not raised any more (the transaction machine owns the reversal); kept so stored values keep their meaning.</summary>
        ReversalUnreadable = 3,
        /// <summary>The pending reversal used its budget: it blocks the terminal (and the advices behind it) until it is sent or a technician clears it.</summary>
        ReversalStuck = 4,
        /// <summary>The journal refused a write (storage full or I/O error, or read-only after corruption).</summary>
        StorageFailed = 5,
    }
}
