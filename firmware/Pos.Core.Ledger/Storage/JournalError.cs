namespace Pos.Core.Storage
{
    /// <summary>Why a journal call was refused.</summary>
    public enum JournalError
    {
        /// <summary>Open has not been called, or it failed.</summary>
        NotOpen = 1,

        /// <summary>The journal is corrupt and read-only until salvaged.</summary>
        ReadOnly = 2,

        /// <summary>An argument is out of range (too long, wrong counter value...).</summary>
        InvalidArgument = 3,

        /// <summary>The offline queue is at its capacity.</summary>
        QueueFull = 4,

        /// <summary>An item with the same id (TID + batch + STAN) is already queued.</summary>
        DuplicateItem = 5,

        /// <summary>The item is not in the queue (or already delivered).</summary>
        UnknownItem = 6,

        /// <summary>A reversal is already pending (one at a time).</summary>
        ReversalPending = 7,

        /// <summary>No reversal is pending.</summary>
        NoReversal = 8,

        /// <summary>Every STAN of the batch is used: settle and open the next batch.</summary>
        StanExhausted = 9,
    }
}
