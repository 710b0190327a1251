namespace Pos.Core.Storage
{
    /// <summary>The record type byte of each journal record (see docs/STORAGE.md for the payload of each).</summary>
    public static class RecordTypes
    {
        /// <summary>First record of every generation file: the generation number.</summary>
        public const byte GenerationHeader = 1;

        /// <summary>Closes the snapshot a generation file starts with: how many snapshot records it had.</summary>
        public const byte SnapshotEnd = 2;

        /// <summary>STAN and batch counters, as absolute values.</summary>
        public const byte Counters = 10;

        /// <summary>A pending reversal is set.</summary>
        public const byte ReversalSet = 11;

        /// <summary>The pending reversal's reason or attempt count changed.</summary>
        public const byte ReversalUpdate = 12;

        /// <summary>The pending reversal is done.</summary>
        public const byte ReversalClear = 13;

        /// <summary>An offline queue item is added (or carried into a new generation).</summary>
        public const byte QueueAdd = 20;

        /// <summary>A queue item's attempt count.</summary>
        public const byte QueueAttempt = 21;

        /// <summary>A queue item's state (delivered, exhausted, expired).</summary>
        public const byte QueueState = 22;

        /// <summary>A setting is set or removed.</summary>
        public const byte Setting = 24;

        /// <summary>An audit log entry: read only, from journals written before the audit trail had files of its own
        /// (<c>Pos.Core.Audit.AuditTrail</c>); kept in <see cref="JournalState.LegacyAuditAt"/> until the next compaction.</summary>
        public const byte Audit = 30;

        /// <summary>A diagnostics report.</summary>
        public const byte Diagnostics = 31;

        // 40-49: the offline queue with its time base and review (types above keep their formats and meanings).

        /// <summary>An offline queue item is added (or carried into a new generation), with its monotonic time stamps
        /// and its flag reason; replaces <see cref="QueueAdd"/> for new items (QueueAdd is still read).</summary>
        public const byte QueueItemAdd = 40;

        /// <summary>A queue item is flagged (exhausted or expired) with a reason and the host's code.</summary>
        public const byte QueueFlag = 41;

        /// <summary>A person retried or acknowledged a flagged item; carries its audit entry (one atomic record).</summary>
        public const byte QueueReview = 42;

        /// <summary>The journal's monotonic clock: boot number and terminal time (checkpoints, snapshot).</summary>
        public const byte Clock = 43;

        /// <summary>
        /// Several of the records above that must reach the flash and the state together or not at all
        /// (<see cref="Journal.BeginGroup"/>): each as its type (1 byte), payload length (2 bytes) and payload.
        /// </summary>
        public const byte Group = 50;

        // 60-61: keyed logs whose values stay in the flash (the batch's transaction log and failed log).

        /// <summary>
        /// An entry of a keyed log is set or removed: log u8 (0-3), key u32 (up to 20 bits), present u8, value UTF-8
        /// (rest, up to 2,047 bytes). The state keeps where the value is, not the value (<see cref="Journal.GetEntry"/>).
        /// </summary>
        public const byte Entry = 60;

        /// <summary>Every entry of a keyed log is removed: log u8.</summary>
        public const byte EntriesCleared = 61;

        /// <summary>Whether the byte is a known record type.</summary>
        public static bool IsKnown(byte type)
        {
            switch (type)
            {
                case GenerationHeader:
                case SnapshotEnd:
                case Counters:
                case ReversalSet:
                case ReversalUpdate:
                case ReversalClear:
                case QueueAdd:
                case QueueAttempt:
                case QueueState:
                case Setting:
                case Audit:
                case Diagnostics:
                case QueueItemAdd:
                case QueueFlag:
                case QueueReview:
                case Clock:
                case Group:
                case Entry:
                case EntriesCleared:
                    return true;
                default:
                    return false;
            }
        }
    }
}
