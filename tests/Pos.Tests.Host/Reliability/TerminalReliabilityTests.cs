using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Reliability;

namespace Pos.Tests.Host.Reliability
{
    /// <summary>
    /// Issue 10's terminal-level property tests (docs/RELIABILITY.md): the real terminal on simulated time and a
    /// power-cut flash, against the host simulator's ledger, served by a cashier who retries whatever the screen did not
    /// show approved. Every run is judged as the cashier sees it: every approval the host holds was shown and is held
    /// once, nothing shown approved is missing, every settlement balances, nothing is left pending. The CI share is the
    /// seeded long run, the exhaustive single-cut sweep and 1,000 random multi-cut runs; the 10,000-run
    /// campaign is "dotnet run -c Release --project tools/Pos.Bench -- reliability".
    /// </summary>
    [TestClass]
    public sealed class TerminalReliabilityTests
    {
        /// <summary>Set by MSTest.</summary>
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void A_seeded_run_of_300_operations_through_faults_outages_flaps_and_cuts_keeps_every_invariant()
        {
            var watch = Stopwatch.StartNew();
            RunReport report = ReliabilityRun.Execute(new RunPlan { Seed = 300, Operations = 300, RandomCutRate = 0.15 });
            Print("300 operations: " + report.Coverage() + ", " + watch.ElapsedMilliseconds + " ms");
            Assert.IsTrue(report.Ok, report.Describe());

            // The run must have gone where the invariants are at risk, or it proves nothing.
            Assert.IsTrue(report.Operations >= 300, "operations " + report.Operations);
            Assert.IsTrue(report.CountOf(OperationKind.Void) >= 5, "voids");
            Assert.IsTrue(report.CountOf(OperationKind.Refund) >= 5, "refunds");
            Assert.IsTrue(report.Settlements >= 5, "settlements");
            Assert.IsTrue(report.CountSeen("OFFLINE_APPROVED") >= 10, "offline approvals");
            Assert.IsTrue(report.CountSeen("DECLINED") >= 10, "declines");
            Assert.IsTrue(report.CountSeen("REVERSAL_PENDING") >= 5, "pending reversals");
            Assert.IsTrue(report.CountSeen("LAST_TXN") >= 3, "in-doubt recovery screens");
            Assert.IsTrue(report.DroppedReplies >= 10, "dropped replies");
            Assert.IsTrue(report.Flaps >= 10, "link flaps");
            Assert.IsTrue(report.PowerCuts >= 20, "power cuts");
        }

        [TestMethod]
        public void A_power_cut_at_every_flash_write_in_three_tear_modes_keeps_every_invariant()
        {
            var watch = Stopwatch.StartNew();
            CampaignResult result = Campaigns.SingleCutSweep(new RunPlan { Seed = 1, Operations = 24 });
            Print(result.Summary() + ", " + watch.ElapsedMilliseconds + " ms");
            Assert.IsTrue(result.Runs >= 3 * 200, "the base run writes to the flash at least 200 times: " + result.Runs + " runs");
            Assert.IsTrue(result.PowerCuts >= 400, "cuts taken: " + result.PowerCuts);
            Assert.AreEqual(0, result.FailedRuns, result.Describe());
        }

        [TestMethod]
        public void Random_groups_of_power_cuts_keep_every_invariant_with_the_clock_kept_or_lost()
        {
            var watch = Stopwatch.StartNew();
            CampaignResult kept = Campaigns.RandomCuts(500, 10_000, 30, 0.3);
            CampaignResult lost = Campaigns.RandomCuts(500, 20_000, 30, 0.3, rtcKeepsTime: false);
            Print(kept.Summary());
            Print(lost.Summary() + ", " + watch.ElapsedMilliseconds + " ms for both");
            Assert.IsTrue(kept.PowerCuts + lost.PowerCuts >= 3000, "cuts taken: " + (kept.PowerCuts + lost.PowerCuts));
            Assert.AreEqual(0, kept.FailedRuns, kept.Describe());
            Assert.AreEqual(0, lost.FailedRuns, lost.Describe());
        }

        // The counts go to the test log and to the console (CI prints them).
        private void Print(string line)
        {
            TestContext.WriteLine(line);
            Console.WriteLine("reliability: " + line);
        }
    }
}
