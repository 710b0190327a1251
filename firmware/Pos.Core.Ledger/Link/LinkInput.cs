namespace Pos.Core.Link
{
    /// <summary>The inputs of the link monitor's transition table (the columns of <see cref="LinkTransitionTable"/>).</summary>
    public enum LinkInput
    {
        /// <summary>The network seam reported the link up.</summary>
        LinkUp = 0,
        /// <summary>The network seam reported the link down.</summary>
        LinkDown = 1,
        /// <summary>A probe or a host exchange succeeded.</summary>
        Success = 2,
        /// <summary>A probe or a host exchange failed, or a probe timed out.</summary>
        Failure = 3,
        /// <summary>The hysteresis of the current state is satisfied (enough failures in Suspect, enough successes in Recovering, each over a minimum time).</summary>
        Confirmed = 4,
        /// <summary>The hard deadline of the Suspect state passed without a success.</summary>
        Deadline = 5,
    }
}
