namespace Pos.Core.Storage
{
    /// <summary>Sizes and bounds of the journal. The defaults fit the device (256 KB LittleFS partition, ~100 KB heap).</summary>
    public sealed class JournalOptions
    {
        /// <summary>Largest record payload (the frame adds 14 bytes).</summary>
        public int MaxRecordPayload { get; set; } = 1024;

        /// <summary>Largest queue item or reversal payload.</summary>
        public int MaxItemPayload { get; set; } = 512;

        /// <summary>Offline queue capacity (items not yet delivered).</summary>
        public int QueueCapacity { get; set; } = 100;

        /// <summary>The journal file is compacted before an append when it is at least this long (and at least twice
        /// the length of the last compaction, so a large live state does not compact on every append).</summary>
        public int CompactThresholdBytes { get; set; } = 48 * 1024;

        /// <summary>Audit entries kept (oldest dropped first).</summary>
        public int AuditCapacity { get; set; } = 16;

        /// <summary>Diagnostics reports kept.</summary>
        public int DiagnosticsCapacity { get; set; } = 3;
    }
}
