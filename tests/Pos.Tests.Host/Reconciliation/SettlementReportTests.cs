using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Transactions;
using Pos.HostSim;

namespace Pos.Tests.Host.Reconciliation
{
    /// <summary>
    /// The settlement report's record against the host simulator over loopback TCP: its totals are the 0500's and the
    /// host's books, its answer the host's; and with a power cut at every journal write of the settlement, the record
    /// is there exactly when the batch it describes is closed (one journal group).
    /// </summary>
    [TestClass]
    public sealed class SettlementReportTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void A_power_cut_at_every_journal_write_of_the_settlement_keeps_the_record_with_the_batch_it_closes()
        {
            int open = 0, closed = 0;
            int writes = ReconciliationWorld.CutAtEveryWrite(cut =>
            {
                int n = SettleCut(cut, out bool settled);
                open += settled ? 0 : 1;
                closed += settled ? 1 : 0;
                return n;
            });
            Assert.IsTrue(writes >= 3, "a settlement writes to the journal (" + writes + ")");
            Assert.IsTrue(open > 0 && closed > 1, "cuts land before and after the settling group");
            TestContext.WriteLine("settlement: a power cut at each of " + writes + " journal writes, the record always with its batch ("
                + open + " runs left batch 1 open, " + (closed - 1) + " closed it)");
        }

        // Two sales, then the settlement with a power cut armed at the cut-th write (cut < 0: none). Returns the writes.
        private static int SettleCut(int cut, out bool settled)
        {
            string what = "cut " + cut;
            using var sim = new HostSimulator().Start();
            var world = new ReconciliationWorld(sim);
            Assert.IsTrue(world.Settle(), what + ": signed in");
            world.Purchase(1000, TestCards.Approved);
            Assert.IsTrue(world.Settle(), what);
            world.Purchase(2550, TestCards.Approved);
            Assert.IsTrue(world.Settle(), what);
            Assert.AreEqual(1, world.Terminal.Journal.State.BatchNumber, what);

            int before = world.Storage.MutationCount;
            if (cut >= 0)
            {
                world.Storage.ArmPowerCut(before + cut, 0);
            }

            world.Settlement();
            int writes = world.Storage.MutationCount - before;
            while (world.PowerCut)
            {
                world.Reboot();
            }

            world.Settle();
            SettlementSummary s = world.Terminal.Machine.LastSettlement;
            settled = world.Terminal.Journal.State.BatchNumber != 1;
            if (world.Terminal.Journal.State.BatchNumber == 1)
            {
                Assert.IsNull(s, what + ": batch 1 still open, no record");
                return writes;
            }

            Assert.AreEqual(2, world.Terminal.Journal.State.BatchNumber, what);
            Assert.IsNotNull(s, what + ": batch 1 closed with its record");
            Assert.AreEqual(1, s.Batch, what);
            Assert.AreEqual(2, s.CountOf(SettlementKind.Sale), what);
            Assert.AreEqual(3550L, s.NetFen, what);
            Pos.HostSim.SettlementRecord host = sim.Ledger.Settlements[^1];
            Assert.AreEqual(1, host.Batch, what);
            Assert.AreEqual(host.TerminalTotals, Totals(s), what + ": the totals the 0500 sent");
            Assert.AreEqual(host.HostTotals, Totals(s), what + ": the host's books");
            Assert.AreEqual(host.DomesticBalanced, s.DomesticCode == SettlementSummary.BalancedCode, what);
            Assert.AreEqual(host.ForeignBalanced, s.ForeignCode == SettlementSummary.BalancedCode, what);
            Assert.IsFalse(s.Uploaded, what);
            return writes;
        }

        private static BatchTotals Totals(SettlementSummary s) => new(s.Totals.DomesticDebitFen, s.Totals.DomesticDebitCount, s.Totals.DomesticCreditFen,
            s.Totals.DomesticCreditCount, s.Totals.ForeignDebitFen, s.Totals.ForeignDebitCount, s.Totals.ForeignCreditFen, s.Totals.ForeignCreditCount);
    }
}
