using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Ingest;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The history on SQLite, fed through the ingest as the broker would.</summary>
    [TestClass]
    public sealed class FleetStoreTests
    {
        [TestMethod]
        public async Task The_history_keeps_statuses_events_commands_and_acks_on_sqlite()
        {
            await using var fleet = new SqliteFleet();
            await StoreRoundTrip.RunAsync(fleet.Store, fleet.Ingest, fleet.Time);
        }

        [TestMethod]
        public async Task Malformed_payloads_are_counted_and_never_stop_the_ingest()
        {
            await using var fleet = new SqliteFleet();
            await fleet.FeedAsync("pos/10000001/status", "{\"v\":7,\"tid\":\"10000001\",\"online\":true}");
            await fleet.FeedAsync("pos/10000001/event", "{{{");
            await fleet.FeedAsync("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000002\",\"seq\":1,\"result\":\"ok\"}");
            await fleet.FeedAsync("pos/not-a-tid/status", "{\"v\":1,\"tid\":\"not-a-tid\",\"online\":true}");
            await fleet.FeedAsync("pos/10000001/status", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:00:00Z\",\"online\":true,\"fw\":\"0.17.0\"}");

            MetricsSnapshot m = fleet.Ingest.Snapshot();
            Assert.AreEqual(4L, m.Malformed);
            Assert.AreEqual(5L, m.Received);
            Assert.AreEqual(0L, m.Backlog);
            Assert.AreEqual("0.17.0", fleet.Store.Terminal("10000001")!.Fw, "the good one after the bad ones is stored");
        }

        [TestMethod]
        public async Task A_status_lag_is_measured_only_for_live_statuses_and_reported_as_percentiles()
        {
            await using var fleet = new SqliteFleet();
            for (int i = 1; i <= 20; i++)
            {
                // Statuses at 10:00:00, stored i * 100 ms later.
                fleet.Time.Now = DateTimeOffset.FromUnixTimeMilliseconds(1796292000000 + (i * 100));
                await fleet.FeedAsync("pos/10000001/status", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:00:00Z\",\"n\":" + i + ",\"online\":true}");
            }

            await fleet.FeedAsync("pos/10000002/status", "{\"v\":1,\"tid\":\"10000002\",\"at\":\"2026-12-01T10:00:00Z\",\"n\":1,\"online\":true}", retained: true);
            MetricsSnapshot m = fleet.Ingest.Snapshot();
            Assert.AreEqual(20L, m.Count);
            Assert.AreEqual(1000L, m.P50LagMs);
            Assert.AreEqual(1900L, m.P95LagMs);
            Assert.AreEqual(2000L, m.MaxLagMs);
            Assert.IsGreaterThan(0L, m.WorkingSetBytes);

            fleet.Ingest.Lag.Reset();
            Assert.AreEqual(0L, fleet.Ingest.Snapshot().Count);
        }

        [TestMethod]
        public void Percentiles_are_nearest_rank()
        {
            long[] sorted = Enumerable.Range(1, 100).Select(i => (long)i).ToArray();
            Assert.AreEqual(50L, LagMetrics.Percentile(sorted, 50));
            Assert.AreEqual(95L, LagMetrics.Percentile(sorted, 95));
            Assert.AreEqual(100L, LagMetrics.Percentile(sorted, 100));
            Assert.AreEqual(0L, LagMetrics.Percentile(Array.Empty<long>(), 95));
            Assert.AreEqual(7L, LagMetrics.Percentile(new long[] { 7 }, 50));
        }

        [TestMethod]
        public async Task A_batch_of_many_messages_is_stored_in_one_go()
        {
            await using var fleet = new SqliteFleet();
            for (int t = 0; t < 300; t++)
            {
                string tid = (20000000 + t).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await fleet.Ingest.AcceptAsync("pos/" + tid + "/status", System.Text.Encoding.UTF8.GetBytes("{\"v\":1,\"tid\":\"" + tid + "\",\"at\":\"2026-12-03T10:00:00Z\",\"n\":1,\"online\":true,\"queue\":" + t + "}"), false);
            }

            await fleet.Ingest.DrainAsync(TimeSpan.FromSeconds(30));
            Assert.HasCount(300, fleet.Store.Terminals());
            Assert.AreEqual(299L, fleet.Store.Terminal("20000299")!.Queue);
        }
    }
}
