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
    }
}
