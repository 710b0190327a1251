namespace Pos.Fleet.Storage
{
    /// <summary>The columns a status fills, shared by a terminal's latest status and the status history.</summary>
    public abstract class StatusFields
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>1 while connected to the broker, 0 after its will.</summary>
        public long Online { get; set; }

        /// <summary>Firmware version.</summary>
        public string? Fw { get; set; }

        /// <summary>Battery percent.</summary>
        public long? Batt { get; set; }

        /// <summary>The link to the acquirer: online, offline, checking.</summary>
        public string? Link { get; set; }

        /// <summary>Offline advices waiting.</summary>
        public long? Queue { get; set; }

        /// <summary>Advices flagged for review.</summary>
        public long? Flagged { get; set; }

        /// <summary>The last self-test's result.</summary>
        public string? St { get; set; }

        /// <summary>When the last self-test ran (terminal clock).</summary>
        public string? StAt { get; set; }

        /// <summary>1 while a transaction is in flight.</summary>
        public long? Busy { get; set; }

        /// <summary>Events dropped by the rate limit since boot.</summary>
        public long? Dropped { get; set; }

        /// <summary>The status' number since boot.</summary>
        public long? N { get; set; }

        /// <summary>The status' time (terminal clock); null for a will.</summary>
        public string? StatusAt { get; set; }

        /// <summary>True while connected.</summary>
        public bool IsOnline => Online != 0;
    }
}
