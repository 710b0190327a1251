namespace Pos.Fleet.Load
{
    /// <summary>
    /// A status or an event as the console's history keeps it: terminal, number, time text, when the console received it
    /// (ms since 1970, its clock) and, for a live status, its lag (the moment it was stored minus its <c>at</c>).
    /// </summary>
    public sealed class StoredMessage
    {
        /// <summary>A status or an event.</summary>
        public SentKind Kind { get; set; }

        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>Its number since boot.</summary>
        public long? N { get; set; }

        /// <summary>Its time text.</summary>
        public string? At { get; set; }

        /// <summary>When the console received it.</summary>
        public long ReceivedMs { get; set; }

        /// <summary>A live status' lag as the console measured it; null for an event or a retained status.</summary>
        public long? LagMs { get; set; }

        /// <summary>What finds the message among those sent.</summary>
        public string Key => MessageKey.Of(Kind, Tid, N, At);
    }
}
