namespace Pos.Fleet.Ingest
{
    /// <summary>The ingest's figures at one moment (<c>/api/metrics</c>; the load bench reads them).</summary>
    public sealed class MetricsSnapshot
    {
        /// <summary>Live statuses stored (retained ones handed over at subscription are not counted).</summary>
        public long Count { get; init; }

        /// <summary>Median status lag, ms: from the status' <c>at</c> to the moment the console stores it.</summary>
        public long P50LagMs { get; init; }

        /// <summary>95th percentile of the same.</summary>
        public long P95LagMs { get; init; }

        /// <summary>The largest lag among the kept samples.</summary>
        public long MaxLagMs { get; init; }

        /// <summary>How many of the newest lags the percentiles cover.</summary>
        public int Samples { get; init; }

        /// <summary>Messages received (every kind).</summary>
        public long Received { get; init; }

        /// <summary>Events stored.</summary>
        public long Events { get; init; }

        /// <summary>Acks stored.</summary>
        public long Acks { get; init; }

        /// <summary>Payloads refused (not JSON, unknown version, wrong fields, foreign topic).</summary>
        public long Malformed { get; init; }

        /// <summary>Messages lost to a database error.</summary>
        public long StoreErrors { get; init; }

        /// <summary>Messages waiting to be stored.</summary>
        public long Backlog { get; init; }

        /// <summary>The process' working set, bytes.</summary>
        public long WorkingSetBytes { get; init; }

        /// <summary>The managed heap, bytes.</summary>
        public long ManagedBytes { get; init; }
    }
}
