namespace Pos.Core.Storage
{
    /// <summary>
    /// The one pending reversal, persisted before the request it compensates is sent: the original STAN and batch,
    /// the reason (response code such as "98", "A0", "96"), attempts so far, and the opaque reversal message bytes.
    /// </summary>
    public sealed class PendingReversal
    {
        /// <summary>STAN of the transaction to reverse.</summary>
        public int Stan { get; internal set; }

        /// <summary>Batch of the transaction to reverse.</summary>
        public int Batch { get; internal set; }

        /// <summary>Reason code.</summary>
        public string Reason { get; internal set; }

        /// <summary>Attempts so far.</summary>
        public int Attempts { get; internal set; }

        /// <summary>When it was created, UTC ticks.</summary>
        public long CreatedUtcTicks { get; internal set; }

        /// <summary>When it was set on the journal's monotonic clock: the terminal time of the call in this boot, or,
        /// replayed at boot, the latest terminal time the journal held before its record (a lower bound). For ages.</summary>
        public long CreatedMonoMs { get; internal set; }

        /// <summary>The message bytes (opaque to the journal). Do not modify.</summary>
        public byte[] Payload { get; internal set; }
    }
}
