namespace Pos.Core.Storage
{
    /// <summary>State of an offline queue item. Values are stored in the journal: never renumber.</summary>
    public enum QueueItemState
    {
        /// <summary>Waiting to be forwarded.</summary>
        Pending = 0,

        /// <summary>The host acknowledged it; removed at the next compaction.</summary>
        Delivered = 1,

        /// <summary>Retries exhausted: kept, flagged, shown in diagnostics.</summary>
        Exhausted = 2,

        /// <summary>Older than the expiry age: kept, flagged, shown in diagnostics.</summary>
        Expired = 3,

        /// <summary>A flagged item a person acknowledged (audited): no longer counted or forwarded; removed at the next
        /// compaction like a delivered one. Only a <see cref="RecordTypes.QueueReview"/> record sets it.</summary>
        Acknowledged = 4,
    }
}
