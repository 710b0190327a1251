namespace Pos.Core.Offline
{
    /// <summary>What the host's answer to an advice means for it (docs/LINK_AND_OFFLINE.md, the forwarder's table).</summary>
    internal enum AdviceVerdict
    {
        /// <summary>No answer about this advice (unreadable, another STAN or terminal) or "try later": wait the backoff.</summary>
        RetryLater = 1,
        /// <summary>A definite answer that cannot be believed (00 or 94 whose MAC fails): counted, then the backoff.</summary>
        RetryCounted = 2,
        /// <summary>A code that forces a sign-in: counted, then the drain stops for the sign-in.</summary>
        SignIn = 3,
        /// <summary>00 with a valid MAC.</summary>
        Delivered = 4,
        /// <summary>94 with a valid MAC about this very advice: delivered.</summary>
        Duplicate = 5,
        /// <summary>94 without a MAC to check: flagged for review.</summary>
        DuplicateUnverified = 6,
        /// <summary>94 with a valid MAC naming another sale (4 or 60.2 differ): flagged for review.</summary>
        DuplicateMismatch = 7,
        /// <summary>Any other code: a final decline, flagged and kept.</summary>
        Declined = 8,
    }
}
