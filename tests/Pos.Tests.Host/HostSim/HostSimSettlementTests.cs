using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>Settlement against the ledger, batch upload and the batch number afterwards.</summary>
    [TestClass]
    public sealed class HostSimSettlementTests
    {
        [TestMethod]
        public void Settlement_is_balanced_when_the_totals_match_and_the_host_moves_to_the_next_batch()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port) { Batch = 5 };
            terminal.SignIn();
            Assert.IsTrue(terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 1_000)).Approved);
            Assert.IsTrue(terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.ForeignApproved, 2_500)).Approved);
            var reversed = terminal.Card(TransactionType.Purchase, TestCards.Approved, 9_999);
            Assert.IsTrue(terminal.Financial(reversed).Approved);
            Assert.IsTrue(terminal.Reverse(reversed).Done);

            var totals = new SettlementTotals { DomesticDebitFen = 1_000, DomesticDebitCount = 1, ForeignDebitFen = 2_500, ForeignDebitCount = 1 };
            SettlementReply reply = Settle(terminal, totals);

            Assert.IsTrue(reply.Approved);
            Assert.IsTrue(reply.Balanced);
            Assert.AreEqual(6, sim.Host.BatchOf(SimTerminal.Tid));
            Assert.IsTrue(sim.Ledger.Settlements.Single().Balanced);
            Assert.AreEqual(6, terminal.SignIn().NewBatch);
        }

        [TestMethod]
        public void Settlement_is_unbalanced_when_the_totals_differ_then_batch_upload_closes_the_batch()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, 1_000);
            Assert.IsTrue(terminal.Financial(sale).Approved);

            SettlementReply reply = Settle(terminal, new SettlementTotals { DomesticDebitFen = 1_100, DomesticDebitCount = 1 });
            Assert.IsTrue(reply.Approved);
            Assert.IsFalse(reply.DomesticBalanced);
            Assert.IsTrue(reply.ForeignBalanced);
            Assert.AreEqual('2', reply.DomesticCode);
            Assert.AreEqual(1, sim.Host.BatchOf(SimTerminal.Tid), "still open until the upload ends");

            var request = new IsoMessage();
            var reader = new ManagementReply();
            terminal.Builder.BatchUpload(request, terminal.NextStan(), terminal.Batch, [new BatchRecord(false, sale.Stan, sale.Pan!, 1_000)], 0, 1);
            reader.Read(request, terminal.Unpack(terminal.Send(request)));
            Assert.AreEqual("00", reader.ResponseCode);
            terminal.Builder.BatchUploadEnd(request, terminal.NextStan(), terminal.Batch, 1, false);
            reader.Read(request, terminal.Unpack(terminal.Send(request)));
            Assert.AreEqual("00", reader.ResponseCode);

            UploadedRecord uploaded = sim.Ledger.Uploads.Single();
            Assert.AreEqual(sale.Stan, uploaded.Stan);
            Assert.AreEqual(1_000L, uploaded.AmountFen);
            Assert.AreEqual(2, sim.Host.BatchOf(SimTerminal.Tid));
        }

        private static SettlementReply Settle(SimTerminal terminal, SettlementTotals totals)
        {
            var request = new IsoMessage();
            terminal.Builder.Settlement(request, terminal.NextStan(), terminal.Batch, totals);
            var reader = new SettlementReply();
            reader.Read(request, terminal.Unpack(terminal.Send(request)));
            return reader;
        }
    }
}
