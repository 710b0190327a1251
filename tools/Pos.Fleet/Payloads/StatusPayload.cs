namespace Pos.Fleet.Payloads
{
    /// <summary>
    /// A terminal's status (<c>pos/&lt;tid&gt;/status</c>, retained), or its last will (<c>online</c> false and nothing
    /// else). Fields the terminal leaves out are null.
    /// </summary>
    public sealed class StatusPayload
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>The terminal's clock when sent (contract time), or null (the will has none).</summary>
        public string? At { get; init; }

        /// <summary>The status' number since boot.</summary>
        public long? N { get; init; }

        /// <summary>True while connected; the will says false.</summary>
        public bool Online { get; init; }

        /// <summary>Firmware version.</summary>
        public string? Fw { get; init; }

        /// <summary>Battery percent; null where nothing measures one.</summary>
        public int? Batt { get; init; }

        /// <summary>The link to the acquirer host: online, offline, checking.</summary>
        public string? Link { get; init; }

        /// <summary>Offline advices waiting.</summary>
        public int? Queue { get; init; }

        /// <summary>Advices flagged for review.</summary>
        public int? Flagged { get; init; }

        /// <summary>The last self-test's result (PASS, WARN, FAIL), null before the first.</summary>
        public string? St { get; init; }

        /// <summary>When the last self-test ran.</summary>
        public string? StAt { get; init; }

        /// <summary>A transaction is in flight.</summary>
        public bool? Busy { get; init; }

        /// <summary>Events not sent since boot because of the rate limit.</summary>
        public int? Dropped { get; init; }

        /// <summary>The last will: the broker says the terminal went away; it carries no state.</summary>
        public bool IsWill => !Online && At == null;
    }
}
