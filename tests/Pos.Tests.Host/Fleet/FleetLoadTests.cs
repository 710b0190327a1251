using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Common;
using Pos.Fleet.Load;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>
    /// The fleet load run of tools/Pos.Bench ("fleet", docs/BENCHMARKS.md) at a small scale on the real broker (the one
    /// .ci/run started, or a private one): the same code path as the 1,000-terminal run, with the tests' terminal ids
    /// <see cref="BrokerProcess.TestTerminal"/> 10–19 (the link tests take 0–9). It checks that every status and event
    /// reached the console's history and that the lag figures are there, not how fast: the goal is the bench's to judge.
    /// </summary>
    [TestClass]
    public sealed class FleetLoadTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private static BrokerProcess _broker = null!;

        [ClassInitialize]
        public static void StartBroker(TestContext context) => _broker = BrokerProcess.StartOrReuse();

        [ClassCleanup]
        public static void StopBroker() => _broker.Dispose();

        [TestMethod]
        public void The_schedule_spreads_the_heartbeats_and_draws_the_bursts_from_the_seed()
        {
            var plan = new LoadPlan { Terminals = LoadPlan.FleetTerminals(1000), Seed = 7 };
            ScheduledAction[] schedule = LoadSchedule.Build(plan);

            ScheduledAction[] heartbeats = schedule.Where(s => s.Action == LoadAction.Heartbeat).ToArray();
            Assert.HasCount(3000, heartbeats, "90 s at one status every 30 s: three per terminal");
            Assert.IsTrue(heartbeats.GroupBy(s => s.Terminal).All(g => g.Count() == 3));
            Assert.AreEqual(34, heartbeats.Count(s => s.AtMs < 1000), "spread evenly: one every 30 ms (0, 30, … 990)");

            var bursts = schedule.Where(s => s.Action == LoadAction.Burst).GroupBy(s => s.AtMs).ToArray();
            CollectionAssert.AreEqual(new long[] { 5000, 15000, 25000, 35000, 45000, 55000, 65000, 75000, 85000 }, bursts.Select(b => b.Key).ToArray());
            Assert.IsTrue(bursts.All(b => b.Count() == 50 && b.Select(s => s.Terminal).Distinct().Count() == 50), "5 % of the terminals, each once");

            CollectionAssert.AreEqual(schedule, LoadSchedule.Build(plan), "the same seed, the same run");
            CollectionAssert.AreNotEqual(schedule, LoadSchedule.Build(new LoadPlan { Terminals = plan.Terminals, Seed = 8 }));
            CollectionAssert.AreEqual(schedule.OrderBy(s => s.AtMs).ToArray(), schedule, "in time order");
        }

        [TestMethod]
        public async Task Every_status_and_event_of_a_small_fleet_reaches_the_console_with_its_lag()
        {
            // Terminals 10–17 for 4 s: a status a second each, and every second two of them send three events.
            (LoadReport report, string text) = await RunAsync(10, 8, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1), 0.25, ConsoleHosting.InProcess);

            Assert.AreEqual(8, report.Connect.Statuses.Stored, text);
            Assert.AreEqual(new Delivery(32, 32, 32), report.Measured.Statuses, "four heartbeats each; " + text);
            Assert.AreEqual(new Delivery(24, 24, 24), report.Measured.Events, "two terminals × three events in each of four bursts; " + text);
            Assert.AreEqual(8, report.Online, text);
            Assert.AreEqual(32, report.Measured.ExactLag.Count, "each status found again with the moment it was stored; " + text);
            Assert.IsGreaterThanOrEqualTo(32, report.Measured.ConsoleLag.Count, "the console's own count (another test's terminal may add to it); " + text);
            Assert.IsTrue(report.Measured.ConsoleLag.P50 <= report.Measured.ConsoleLag.P95 && report.Measured.ConsoleLag.P95 <= report.Measured.ConsoleLag.Max, text);
            Assert.AreEqual(24, report.Measured.EventLag.Count, text);
            Assert.IsGreaterThan(0, report.MemoryEnd.WorkingSet, text);
            Assert.AreEqual(0, report.Problems.Count, text);
            Assert.IsTrue(report.DeliveryMet && report.OnlineMet, text);
            StringAssert.Contains(text, "goal: p95 status lag");
        }

        [TestMethod]
        public async Task The_console_in_its_own_process_is_measured_the_same_way()
        {
            // Terminals 18 and 19 for 2 s: a status a second each, one burst of three events from one of them.
            (LoadReport report, string text) = await RunAsync(18, 2, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), 0.5, ConsoleHosting.Process);

            Assert.AreEqual(new Delivery(4, 4, 4), report.Measured.Statuses, text);
            Assert.AreEqual(new Delivery(3, 3, 3), report.Measured.Events, text);
            Assert.AreEqual(2, report.Online, text);
            Assert.IsNotNull(report.Cpu.Console, "the console's own CPU time; " + text);
            StringAssert.Contains(report.Console, "its own process", text);
        }

        // A run of test terminals first…first+count-1 with a status every second; the report and its text.
        private static async Task<(LoadReport Report, string Text)> RunAsync(int first, int count, TimeSpan duration, TimeSpan burstEvery, double burstShare, ConsoleHosting console)
        {
            var plan = new LoadPlan
            {
                Terminals = Enumerable.Range(first, count).Select(BrokerProcess.TestTerminal).ToArray(),
                Duration = duration,
                Heartbeat = TimeSpan.FromSeconds(1),
                BurstEvery = burstEvery,
                BurstShare = burstShare,
                Console = console,
                Patience = Patience,
            };
            var progress = new StringWriter();
            LoadReport report = await LoadRun.RunAsync(plan, _broker, progress);
            report.Write(progress);
            return (report, progress.ToString());
        }
    }
}
