using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>Reversals and advices are idempotent by (TID, batch, STAN).</summary>
    [TestClass]
    public sealed class HostSimReversalTests
    {
        [TestMethod]
        public void The_same_reversal_twice_is_00_both_times_and_reverses_once()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, 4_200);
            Assert.IsTrue(terminal.Financial(sale).Approved);

            ReversalReply first = terminal.Reverse(sale);
            ReversalReply second = terminal.Reverse(sale);

            foreach (ReversalReply reply in new[] { first, second })
            {
                Assert.AreEqual("00", reply.ResponseCode);
                Assert.AreEqual(MacState.Valid, reply.MacState);
                Assert.IsTrue(reply.Done);
            }

            Assert.AreEqual(LedgerStatus.Reversed, sim.Ledger.Find(terminal.KeyOf(sale))!.Status);
            Assert.AreEqual(2, sim.Ledger.ReversalMessages(terminal.KeyOf(sale)));
            Assert.HasCount(1, sim.Ledger.Entries);
            Assert.AreEqual(BatchTotals.Empty, sim.Ledger.Totals(SimTerminal.Tid, terminal.Batch));
        }

        [TestMethod]
        public void A_reversal_of_an_unknown_transaction_is_25_and_done_and_a_late_original_is_refused()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var lost = terminal.Card(TransactionType.Purchase, TestCards.Approved, 900);

            ReversalReply reply = terminal.Reverse(lost);
            Assert.AreEqual("25", reply.ResponseCode);
            Assert.IsTrue(reply.Done, "25 completes a reversal and carries a valid MAC");

            Assert.AreEqual("94", terminal.Financial(lost).ResponseCode, "the original arriving after its reversal");
            Assert.IsEmpty(sim.Ledger.Entries);
        }

        [TestMethod]
        public void Reversing_a_void_restores_the_original()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, 700);
            string rrn = terminal.Financial(sale).Rrn!;
            var voidData = terminal.Card(TransactionType.Void, TestCards.Approved, 700);
            (voidData.OriginalBatch, voidData.OriginalStan, voidData.OriginalRrn) = (sale.Batch, sale.Stan, rrn);
            Assert.IsTrue(terminal.Financial(voidData).Approved);

            Assert.IsTrue(terminal.Reverse(voidData).Done);

            Assert.AreEqual(LedgerStatus.Approved, sim.Ledger.Find(terminal.KeyOf(sale))!.Status);
            Assert.AreEqual(LedgerStatus.Reversed, sim.Ledger.Find(terminal.KeyOf(voidData))!.Status);
        }

        [TestMethod]
        public void An_advice_is_added_once_and_its_repeat_is_94()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var advice = terminal.Card(TransactionType.OfflineAdvice, TestCards.Approved, 1_500);
            (advice.LocalDate, advice.LocalTime, advice.OriginalAuthCode) = ("0102", "030405", "Y1    ");

            FinancialReply first = terminal.Financial(advice);
            FinancialReply second = terminal.Financial(advice);

            Assert.AreEqual("00", first.ResponseCode);
            Assert.IsFalse(first.MacFailed);
            Assert.AreEqual("94", second.ResponseCode);
            Assert.HasCount(1, sim.Ledger.Entries);
            Assert.AreEqual(LedgerEntryKind.Advice, sim.Ledger.Entries[0].Kind);
            Assert.AreEqual(1_500L, sim.Ledger.Totals(SimTerminal.Tid, terminal.Batch).DomesticDebitFen);
        }
    }
}
