using Pos.Core.Storage;

namespace Pos.Core.Offline
{
    /// <summary>
    /// A flagged advice as the technician sees it (<see cref="OfflineQueue.FlaggedAt"/>): amount, masked card, the
    /// host's code and the reason, with its id and age. Card data is masked here; the full PAN never leaves the journal.
    /// </summary>
    public sealed class FlaggedAdvice
    {
        /// <summary>The journal item (for <see cref="Forwarder.RetryFlagged"/> and <see cref="Forwarder.AcknowledgeFlagged"/>).</summary>
        public QueueItem Item { get; internal set; }

        /// <summary>Amount in fen (0 when the stored request cannot be read).</summary>
        public long AmountFen { get; internal set; }

        /// <summary>The card number masked (first 6, last 4), or "" when unknown.</summary>
        public string MaskedPan { get; internal set; }

        /// <summary>The host's response code that flagged it, or "" (none: expired, unreadable, or kept from before reasons).</summary>
        public string Code { get; internal set; }

        /// <summary>Why it is flagged (<see cref="AdviceFlagReason"/> value).</summary>
        public int Reason { get; internal set; }

        /// <summary>STAN (with TID and batch its id).</summary>
        public int Stan { get; internal set; }

        /// <summary>Batch.</summary>
        public int Batch { get; internal set; }

        /// <summary>Age on the journal's monotonic clock, ms.</summary>
        public long AgeMs { get; internal set; }

        /// <summary>Counted attempts.</summary>
        public int Attempts { get; internal set; }

        /// <summary>The audit form: "TID/batch/STAN 622588******7890 1234 fen code 51 Declined" (no full PAN).</summary>
        public string AuditText()
        {
            return Item.Tid + "/" + Batch.ToString() + "/" + Stan.ToString() + " " + (MaskedPan.Length == 0 ? "-" : MaskedPan) + " "
                + AmountFen.ToString() + " fen code " + (Code.Length == 0 ? "-" : Code) + " " + AdviceFlagReasonNames.Of(Reason);
        }
    }
}
