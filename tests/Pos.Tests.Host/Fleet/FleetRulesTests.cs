using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Storage;
using Pos.Fleet.Views;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The fleet views' rules: repeated network failures, outdated firmware, growing offline queues.</summary>
    [TestClass]
    public sealed class FleetRulesTests
    {
        private static readonly RuleOptions Defaults = new();

        [TestMethod]
        public void Three_network_failures_of_any_kind_list_a_terminal()
        {
            var events = new List<EventRow>
            {
                Event("A", "offline"), Event("A", "decline", "LNC"), Event("A", "selftest", body: Report("A", "tcp_connect", "FAIL")),
                Event("B", "offline"), Event("B", "offline"), Event("B", "decline", "51"), Event("B", "selftest", body: Report("B", "printer", "FAIL")),
                Event("B", "selftest", body: Report("B", "dns", "WARN")),
                Event("C", "offline"), Event("C", "offline"), Event("C", "offline"), Event("C", "offline"),
                Event("D", "decline", "LTO"), Event("D", "decline", "host_unreachable"), Event("D", "decline", "LTO"),
            };

            IReadOnlyList<NetworkTrouble> trouble = FleetRules.NetworkTrouble(events, Defaults);
            Assert.AreEqual("C:4,A:3,D:3", string.Join(",", trouble.Select(t => t.Tid + ":" + t.Total)), "B's decline 51, printer FAIL and DNS WARN are not network failures");
            NetworkTrouble a = trouble.Single(t => t.Tid == "A");
            Assert.AreEqual(1, a.OfflinePeriods);
            Assert.AreEqual(1, a.NetworkDeclines);
            Assert.AreEqual(1, a.FailedChecks);
            Assert.HasCount(1, FleetRules.NetworkTrouble(events, new RuleOptions { NetworkFailures = 4 }));
        }

        [TestMethod]
        public void Firmware_below_the_newest_seen_or_the_configured_version_is_outdated()
        {
            TerminalRow[] terminals = { Terminal("A", "0.17.0"), Terminal("B", "0.9.3"), Terminal("C", "0.17.0-rc1"), Terminal("D", null) };
            Assert.AreEqual("B,C", string.Join(",", FleetRules.OutdatedFirmware(terminals, Defaults).Select(o => o.Tid)));
            Assert.AreEqual("0.17.0", FleetRules.OutdatedFirmware(terminals, Defaults)[0].Target);
            Assert.AreEqual("A,B,C", string.Join(",", FleetRules.OutdatedFirmware(terminals, new RuleOptions { Firmware = "0.18.0" }).Select(o => o.Tid)));
            Assert.IsEmpty(FleetRules.OutdatedFirmware(new[] { Terminal("D", null) }, Defaults));
        }

        [TestMethod]
        public void Versions_compare_as_numbers_with_pre_releases_below_their_release()
        {
            Assert.IsLessThan(0, FirmwareVersion.Compare("0.9.3", "0.17.0"));
            Assert.IsLessThan(0, FirmwareVersion.Compare("0.17.0-rc1", "0.17.0"));
            Assert.IsLessThan(0, FirmwareVersion.Compare("0.17.0-rc1", "0.17.0-rc2"));
            Assert.AreEqual(0, FirmwareVersion.Compare("v0.17", "0.17.0"));
            Assert.AreEqual(0, FirmwareVersion.Compare("0.17.0+abc", "0.17.0"));
            Assert.IsGreaterThan(0, FirmwareVersion.Compare("1.0.0", "0.99.99"));
        }

        [TestMethod]
        public void A_queue_that_never_fell_and_ended_higher_over_the_last_statuses_is_growing()
        {
            var points = new List<QueuePoint>();
            Add(points, "A", 1, 2, 2, 5);       // growing
            Add(points, "B", 3, 3, 3, 3);       // flat
            Add(points, "C", 1, 4, 2, 6);       // fell once
            Add(points, "D", 1, 2, 3);          // too few statuses
            Add(points, "E", 9, 0, 1, 2, 3);    // the older fall is outside the last 4
            Assert.AreEqual("A,E", string.Join(",", FleetRules.GrowingQueues(points, Defaults).OrderBy(g => g.Tid).Select(g => g.Tid)));
            CollectionAssert.AreEqual(new long[] { 1, 2, 2, 5 }, FleetRules.GrowingQueues(points, Defaults).Single(g => g.Tid == "A").Depths.ToArray());
        }

        private static void Add(List<QueuePoint> points, string tid, params long[] depths)
        {
            for (int i = 0; i < depths.Length; i++)
            {
                points.Add(new QueuePoint { Tid = tid, Queue = depths[i], ReceivedMs = 1000 + i });
            }
        }

        private static EventRow Event(string tid, string type, string? code = null, string body = "{}") =>
            new() { Tid = tid, Type = type, Code = code, Body = body };

        private static string Report(string tid, string check, string s) =>
            "{\"v\":1,\"tid\":\"" + tid + "\",\"type\":\"selftest\",\"result\":\"" + s + "\",\"checks\":[{\"id\":\"clock\",\"s\":\"PASS\"},{\"id\":\"" + check + "\",\"s\":\"" + s + "\"}]}";

        private static TerminalRow Terminal(string tid, string? fw) => new() { Tid = tid, Fw = fw, Online = 1 };
    }
}
