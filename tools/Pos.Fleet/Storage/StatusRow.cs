namespace Pos.Fleet.Storage
{
    /// <summary>A row of <c>status_history</c>.</summary>
    public sealed class StatusRow
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>When the console received it (ms since 1970).</summary>
        public long ReceivedMs { get; set; }

        /// <summary>Its time (terminal clock); null for a will.</summary>
        public string? StatusAt { get; set; }

        /// <summary>Its number since boot.</summary>
        public long? N { get; set; }

        /// <summary>1 online, 0 the will.</summary>
        public long Online { get; set; }

        /// <summary>Firmware version.</summary>
        public string? Fw { get; set; }

        /// <summary>Battery percent.</summary>
        public long? Batt { get; set; }

        /// <summary>Link state.</summary>
        public string? Link { get; set; }

        /// <summary>Offline queue depth.</summary>
        public long? Queue { get; set; }

        /// <summary>Flagged advices.</summary>
        public long? Flagged { get; set; }

        /// <summary>Last self-test result.</summary>
        public string? St { get; set; }

        /// <summary>Last self-test time.</summary>
        public string? StAt { get; set; }

        /// <summary>1 while a transaction is in flight.</summary>
        public long? Busy { get; set; }

        /// <summary>Events dropped since boot.</summary>
        public long? Dropped { get; set; }

        /// <summary>Receive time minus its time, ms (live statuses only).</summary>
        public long? LagMs { get; set; }
    }
}
