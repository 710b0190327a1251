using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Ingest;
using Pos.Fleet.Storage;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>
    /// One walk through everything the history keeps, through the ingest as the broker would feed it: statuses (one
    /// retained twice), a will, events, a decline summary, a command and its ack, an ack of a foreign command, queue
    /// depths, pruning. Run on SQLite and on PostgreSQL: the same SQL must give the same answers.
    /// </summary>
    public static class StoreRoundTrip
    {
        /// <summary>The walk on a fresh, empty history.</summary>
        public static async Task RunAsync(FleetStore store, FleetIngest ingest, ManualTime time)
        {
            async Task Feed(string topic, string json, bool retained = false)
            {
                await ingest.AcceptAsync(topic, System.Text.Encoding.UTF8.GetBytes(json), retained);
                await ingest.DrainAsync(TimeSpan.FromSeconds(10));
            }

            string Status(int n, int queue, string at) =>
                "{\"v\":1,\"tid\":\"10000001\",\"at\":\"" + at + "\",\"n\":" + n + ",\"online\":true,\"fw\":\"0.17.0\",\"batt\":87,\"link\":\"online\",\"queue\":" + queue +
                ",\"flagged\":1,\"st\":\"FAIL\",\"stAt\":\"2026-12-03T09:58:10Z\",\"busy\":false,\"dropped\":0}";

            // 1.5 s after the status' time: that is its lag.
            time.Now = DateTimeOffset.FromUnixTimeMilliseconds(1796292001500);
            await Feed("pos/10000001/status", Status(1, 0, "2026-12-03T10:00:00Z"));
            await Feed("pos/10000001/status", Status(1, 0, "2026-12-03T10:00:00Z"), retained: true);
            time.Now = time.Now.AddSeconds(60);
            await Feed("pos/10000001/status", Status(2, 2, "2026-12-03T10:01:00Z"));
            await Feed("pos/10000002/status", "{\"v\":1,\"tid\":\"10000002\",\"at\":\"2026-12-03T10:01:00Z\",\"n\":1,\"online\":true,\"fw\":\"0.16.0\"}");
            time.Now = time.Now.AddSeconds(1);
            await Feed("pos/10000002/status", "{\"v\":1,\"tid\":\"10000002\",\"online\":false}");

            TerminalRow t = store.Terminal("10000001")!;
            Assert.IsTrue(t.IsOnline);
            Assert.AreEqual("0.17.0", t.Fw);
            Assert.AreEqual(87L, t.Batt);
            Assert.AreEqual(2L, t.Queue);
            Assert.AreEqual(1L, t.Flagged);
            Assert.AreEqual("FAIL", t.St);
            Assert.AreEqual(0L, t.Busy);
            Assert.AreEqual("2026-12-03T10:01:00Z", t.StatusAt);
            Assert.AreEqual(time.Now.AddSeconds(-1).ToUnixTimeMilliseconds(), t.LastSeenMs);

            TerminalRow gone = store.Terminal("10000002")!;
            Assert.IsFalse(gone.IsOnline, "the will takes it offline");
            Assert.AreEqual("0.16.0", gone.Fw, "and keeps what it last reported");
            CollectionAssert.AreEqual(new[] { "10000001", "10000002" }, store.Terminals().Select(r => r.Tid).ToArray());

            IReadOnlyList<StatusRow> history = store.StatusHistory("10000001", 10);
            Assert.HasCount(2, history, "the retained copy of a status already held is not kept twice");
            Assert.AreEqual(2L, history[0].N);
            Assert.AreEqual(1500L, history[1].LagMs);
            Assert.AreEqual(3L, ingest.Lag.Count, "three live statuses; the retained copy and the will have no lag");
            Assert.AreEqual(0L, store.StatusHistory("10000002", 10)[0].Online);

            await Feed("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:02:00Z\",\"n\":1,\"type\":\"decline\",\"code\":\"51\",\"class\":\"C\"}");
            await Feed("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:03:00Z\",\"n\":2,\"type\":\"decline\",\"code\":\"LNC\"}");
            await Feed("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:04:00Z\",\"n\":3,\"type\":\"decline\",\"code\":\"51\"}");
            await Feed("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:05:00Z\",\"n\":4,\"type\":\"selftest\",\"result\":\"PASS\",\"checks\":[]}");
            IReadOnlyList<DeclineCause> causes = store.DeclineCauses("10000001");
            Assert.AreEqual("51:2,LNC:1", string.Join(",", causes.Select(c => c.Code + ":" + c.Count)));
            Assert.AreEqual(time.Now.ToUnixTimeMilliseconds(), causes[0].LastMs);
            Assert.HasCount(1, store.Events("10000001", "selftest", 5));
            Assert.HasCount(3, store.EventsSince(0, new[] { "decline", "offline" }));

            store.AddCommand("10000001", 1796292000000, "set", "{\"v\":1}", 1796292000000);
            Assert.AreEqual(1796292000000L, store.MaxSeq("10000001"));
            Assert.AreEqual(0L, store.MaxSeq("10000002"));
            await Feed("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T10:06:00Z\",\"seq\":1796292000000,\"cmd\":\"set\",\"result\":\"invalid\",\"reason\":\"offline.limit: above 100000.00\"}");
            await Feed("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000001\",\"seq\":1796291000000,\"result\":\"replayed\"}");
            CommandRow c = store.Command("10000001", 1796292000000)!;
            Assert.AreEqual("set", c.Cmd);
            Assert.AreEqual("{\"v\":1}", c.Line);
            Assert.AreEqual("invalid", c.AckResult);
            Assert.AreEqual("offline.limit: above 100000.00", c.AckReason);
            Assert.AreEqual("2026-12-03T10:06:00Z", c.AckAt);
            CommandRow foreign = store.Command("10000001", 1796291000000)!;
            Assert.AreEqual("?", foreign.Cmd);
            Assert.IsNull(foreign.Line);
            Assert.AreEqual("replayed", foreign.AckResult);
            store.SetSendError("10000001", 1796292000000, "not connected");
            Assert.AreEqual("not connected", store.Command("10000001", 1796292000000)!.SendError);
            Assert.AreEqual("1796292000000,1796291000000", string.Join(",", store.Commands("10000001", 5).Select(r => r.Seq)));

            IReadOnlyList<QueuePoint> queues = store.RecentQueues(2, 0);
            Assert.AreEqual("10000001:0,10000001:2", string.Join(",", queues.Select(q => q.Tid + ":" + q.Queue)));

            Assert.IsGreaterThan(0, store.Prune(time.Now.ToUnixTimeMilliseconds() + 1));
            Assert.IsEmpty(store.StatusHistory("10000001", 10));
            Assert.IsEmpty(store.DeclineCauses("10000001"));
            Assert.IsNotNull(store.Terminal("10000001"), "pruning keeps the terminals and the commands");
            Assert.AreEqual(0L, ingest.Snapshot().StoreErrors);
        }
    }
}
