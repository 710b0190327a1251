namespace Pos.Core.Storage
{
    /// <summary>What an offline queue item carries. Values are stored in the journal: never renumber.</summary>
    public enum QueueItemKind
    {
        /// <summary>An offline advice (a purchase approved offline).</summary>
        Advice = 1,

        /// <summary>A reversal to forward.</summary>
        Reversal = 2,
    }
}
