namespace Pos.Core.Offline
{
    /// <summary>The final outcome of one queue item, reported by <see cref="Forwarder.ItemFinished"/>. Stable values.</summary>
    public enum ForwardResult
    {
        /// <summary>The host approved the advice (00, MAC verified).</summary>
        Delivered = 1,
        /// <summary>The host answered 94: it already has the advice. Counts as delivered.</summary>
        Duplicate = 2,
        /// <summary>The host declined the advice with a final code: flagged (exhausted state), kept for diagnostics.</summary>
        Declined = 3,
        /// <summary>The item used its retry budget: flagged, kept.</summary>
        Exhausted = 4,
        /// <summary>The advice passed its expiry age: flagged, kept.</summary>
        Expired = 5,
        /// <summary>The reversal was answered 00/12/25 with a valid MAC and cleared.</summary>
        ReversalDone = 6,
        /// <summary>The reversal used its retry budget: moved to the queue as a flagged reversal item.</summary>
        ReversalExhausted = 7,
        /// <summary>The advice payload cannot be read: flagged (exhausted state), kept.</summary>
        Unreadable = 8,
        /// <summary>The host answered 94 but without a valid MAC or with fields that do not match the advice: flagged
        /// for review (exhausted state), kept; not counted as delivered.</summary>
        DuplicateUnverified = 9,
    }
}
