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

        /// <summary>
        /// Keyed entries (<see cref="Journal.SetEntry"/>: the batch's transaction log) the state's index holds before it
        /// grows: 8 bytes of heap each, allocated at open, so a batch up to this size costs no heap as it fills; past it
        /// the index doubles. The values stay in the flash.
        /// </summary>
        public int EntryCapacity { get; set; } = 128;

        /// <summary>Diagnostics reports kept.</summary>
        public int DiagnosticsCapacity { get; set; } = 3;

        /// <summary>STANs reserved by one durable record, handed out without writing (1-1000). At boot the journal
        /// goes on past the reservation plus one more block, since which reserved STANs went out is not written and
        /// the newest reservation record may be the one a lost tail took.</summary>
        public int StanReserveBlock { get; set; } = 16;

        /// <summary>STANs skipped past the reservation after a detected loss (a tail cut at recovery, or a salvage),
        /// persisted before the journal is used: a lost tail may have held more than one record (1-100000).</summary>
        public int StanSkipAfterLoss { get; set; } = 1000;

        /// <summary>How often, at most, the journal records its monotonic clock while items wait (ms), so that a
        /// reboot loses at most this much of the queue's age (60 s - 1 day).</summary>
        public long ClockCheckpointMs { get; set; } = 3600L * 1000;
    }
}
