using Pos.Fleet.Ingest;

namespace Pos.Fleet.Load
{
    /// <summary>A set of lags (ms): how many, the median, the 95th percentile (nearest rank, as the console computes them) and the largest.</summary>
    public readonly record struct LagFigures(long Count, long P50, long P95, long Max)
    {
        /// <summary>The figures of <paramref name="lags"/> (all zero when there are none).</summary>
        public static LagFigures Of(IEnumerable<long> lags)
        {
            long[] sorted = lags.Order().ToArray();
            return new LagFigures(sorted.Length, LagMetrics.Percentile(sorted, 50), LagMetrics.Percentile(sorted, 95), sorted.Length == 0 ? 0 : sorted[^1]);
        }

        /// <summary>The console's own figures from <c>/api/metrics</c>.</summary>
        public static LagFigures Of(MetricsSnapshot metrics) => new(metrics.Count, metrics.P50LagMs, metrics.P95LagMs, metrics.MaxLagMs);

        /// <summary>"p50 12 ms, p95 40 ms, max 300 ms (3,000)".</summary>
        public override string ToString() => $"p50 {P50:N0} ms, p95 {P95:N0} ms, max {Max:N0} ms (of {Count:N0})";
    }
}
