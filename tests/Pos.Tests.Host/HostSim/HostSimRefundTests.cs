using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// Refunds are accounted per amount against their original: partial refunds add up to the original's amount and
    /// never beyond it (13), and a voided or reversed original takes no refund (12).
    /// </summary>
    [TestClass]
    public sealed class HostSimRefundTests
    {
        [TestMethod]
        public void Partial_refunds_add_up_and_only_the_last_one_marks_the_original_refunded()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = Sale(terminal, 5_000, out string rrn);

            Assert.AreEqual("00", terminal.Financial(Refund(terminal, sale, rrn, 2_000)).ResponseCode);
            LedgerEntry original = sim.Ledger.Find(terminal.KeyOf(sale))!;
            Assert.AreEqual(LedgerStatus.PartiallyRefunded, original.Status, "2.00 of 50.00 refunded");
            Assert.AreEqual(2_000L, original.RefundedFen);
            Assert.AreEqual(3_000L, original.RefundableFen);
            StringAssert.Contains(sim.Ledger.Describe(), "Purchase 5000 PartiallyRefunded 622200******0001 refunded 2000");

            Assert.AreEqual("00", terminal.Financial(Refund(terminal, sale, rrn, 2_999)).ResponseCode);
            Assert.AreEqual(LedgerStatus.PartiallyRefunded, sim.Ledger.Find(terminal.KeyOf(sale))!.Status);
            Assert.AreEqual("00", terminal.Financial(Refund(terminal, sale, rrn, 1)).ResponseCode);
            original = sim.Ledger.Find(terminal.KeyOf(sale))!;
            Assert.AreEqual(LedgerStatus.Refunded, original.Status, "the refunds reach the original's amount");
            Assert.AreEqual(5_000L, original.RefundedFen);

            BatchTotals totals = sim.Ledger.Totals(SimTerminal.Tid, terminal.Batch);
            Assert.AreEqual(5_000L, totals.DomesticDebitFen, "a refunded purchase still counts as a debit");
            Assert.AreEqual(1, totals.DomesticDebitCount);
            Assert.AreEqual(5_000L, totals.DomesticCreditFen);
            Assert.AreEqual(3, totals.DomesticCreditCount);
        }

        [TestMethod]
        public void A_refund_beyond_what_is_left_to_refund_is_13_and_changes_nothing()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = Sale(terminal, 5_000, out string rrn);
            Assert.AreEqual("00", terminal.Financial(Refund(terminal, sale, rrn, 3_000)).ResponseCode);

            var tooMuch = Refund(terminal, sale, rrn, 2_001);
            FinancialReply reply = terminal.Financial(tooMuch);

            Assert.AreEqual("13", reply.ResponseCode, "invalid amount: over the cumulative refundable amount");
            Assert.IsNull(sim.Ledger.Find(terminal.KeyOf(tooMuch)), "a declined refund is not booked");
            LedgerEntry original = sim.Ledger.Find(terminal.KeyOf(sale))!;
            Assert.AreEqual(3_000L, original.RefundedFen);
            Assert.AreEqual(LedgerStatus.PartiallyRefunded, original.Status);

            var other = Sale(terminal, 800, out string rrn2);
            Assert.AreEqual("13", terminal.Financial(Refund(terminal, other, rrn2, 801)).ResponseCode, "more than the original at once");
            Assert.AreEqual("00", terminal.Financial(Refund(terminal, other, rrn2, 800)).ResponseCode);
            Assert.AreEqual("13", terminal.Financial(Refund(terminal, other, rrn2, 1)).ResponseCode, "nothing left after a full refund");
            Assert.AreEqual(LedgerStatus.Refunded, sim.Ledger.Find(terminal.KeyOf(other))!.Status);
        }

        [TestMethod]
        public void A_refund_of_zero_is_13_even_against_an_original_the_host_never_saw()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var unseen = terminal.Card(TransactionType.Purchase, TestCards.Approved, 1_000);

            var zero = Refund(terminal, unseen, "000000000077", 0);
            Assert.AreEqual("13", terminal.Financial(zero).ResponseCode);
            Assert.AreEqual("00", terminal.Financial(Refund(terminal, unseen, "000000000077", 1_000)).ResponseCode, "the issuer's business");
            Assert.HasCount(1, sim.Ledger.Entries);
        }

        [TestMethod]
        public void A_voided_or_reversed_original_takes_no_refund_and_a_refunded_one_no_void_or_reversal()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var voided = Sale(terminal, 1_000, out string voidedRrn);
            var voidData = terminal.Card(TransactionType.Void, TestCards.Approved, 1_000);
            (voidData.OriginalBatch, voidData.OriginalStan, voidData.OriginalRrn) = (voided.Batch, voided.Stan, voidedRrn);
            Assert.AreEqual("00", terminal.Financial(voidData).ResponseCode);
            var reversed = Sale(terminal, 1_000, out string reversedRrn);
            Assert.IsTrue(terminal.Reverse(reversed).Done);

            Assert.AreEqual("12", terminal.Financial(Refund(terminal, voided, voidedRrn, 500)).ResponseCode, "voided");
            Assert.AreEqual("12", terminal.Financial(Refund(terminal, reversed, reversedRrn, 500)).ResponseCode, "reversed");
            Assert.AreEqual(0L, sim.Ledger.Find(terminal.KeyOf(voided))!.RefundedFen);

            var partly = Sale(terminal, 1_000, out string partlyRrn);
            Assert.AreEqual("00", terminal.Financial(Refund(terminal, partly, partlyRrn, 400)).ResponseCode);
            var voidPartly = terminal.Card(TransactionType.Void, TestCards.Approved, 1_000);
            (voidPartly.OriginalBatch, voidPartly.OriginalStan, voidPartly.OriginalRrn) = (partly.Batch, partly.Stan, partlyRrn);
            Assert.AreEqual("12", terminal.Financial(voidPartly).ResponseCode, "a partly refunded purchase cannot be voided");
            Assert.AreEqual("12", terminal.Reverse(partly).ResponseCode, "nor reversed");
            Assert.AreEqual(LedgerStatus.PartiallyRefunded, sim.Ledger.Find(terminal.KeyOf(partly))!.Status);
        }

        private static FinancialRequest Sale(SimTerminal terminal, long amountFen, out string rrn)
        {
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, amountFen);
            FinancialReply reply = terminal.Financial(sale);
            Assert.IsTrue(reply.Approved);
            rrn = reply.Rrn!;
            return sale;
        }

        private static FinancialRequest Refund(SimTerminal terminal, FinancialRequest sale, string rrn, long amountFen)
        {
            var refund = terminal.Card(TransactionType.Refund, TestCards.Approved, amountFen);
            (refund.OriginalBatch, refund.OriginalStan, refund.OriginalRrn, refund.OriginalDate) = (sale.Batch, sale.Stan, rrn, "0101");
            return refund;
        }
    }
}
