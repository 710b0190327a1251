namespace Pos.Core.Link
{
    /// <summary>
    /// The link monitor's states. <see cref="Online"/> and <see cref="Suspect"/> are the online side (the status bar
    /// shows online, transactions go to the host); the other three are the offline side. Names come from
    /// <see cref="LinkNames"/>, never from enum formatting.
    /// </summary>
    public enum LinkState
    {
        /// <summary>The host answers; no failure pending.</summary>
        Online = 0,
        /// <summary>A failure was seen while online; probing quickly to confirm or clear it. Still shown as online.</summary>
        Suspect = 1,
        /// <summary>The host is unreachable (link up); probing with backoff.</summary>
        Offline = 2,
        /// <summary>Offline, but a probe or exchange succeeded; waiting for confirmation before going online.</summary>
        Recovering = 3,
        /// <summary>The network seam reported the link down; no probing until it comes back.</summary>
        LinkDown = 4,
    }
}
