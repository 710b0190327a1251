using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>Purchases, declines, PIN checks, request MAC checks, void, refund and balance against the simulator over TCP.</summary>
    [TestClass]
    public sealed class HostSimFinancialTests
    {
        [TestMethod]
        public void A_MACed_purchase_is_approved_with_a_reply_MAC_the_core_verifies_and_lands_in_the_ledger()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var data = terminal.Card(TransactionType.Purchase, TestCards.Approved, 12_345);

            FinancialReply reply = terminal.Financial(data);

            Assert.IsTrue(reply.Approved);
            Assert.AreEqual(MacState.Valid, reply.MacState);
            Assert.IsFalse(reply.MacFailed);
            Assert.IsNotNull(reply.AuthCode);
            Assert.IsNotNull(reply.Rrn);
            Assert.AreEqual(12_345L, reply.AmountFen);
            LedgerEntry entry = sim.Ledger.Find(terminal.KeyOf(data))!;
            Assert.AreEqual(LedgerEntryKind.Purchase, entry.Kind);
            Assert.AreEqual(LedgerStatus.Approved, entry.Status);
            Assert.AreEqual(12_345L, entry.AmountFen);
            Assert.AreEqual("622200******0001", entry.MaskedPan);
        }

        [TestMethod]
        [DataRow("6222000000000051", 100L, "51")]
        [DataRow("6222000000000054", 100L, "54")]
        [DataRow("6222000000000041", 100L, "41")]
        [DataRow("6222000000000003", 100L, "03")]
        [DataRow("6222000000000097", 100L, "97")]
        [DataRow("6222000000000096", 100L, "96")]
        [DataRow("6222000000000077", 100L, "77")]
        [DataRow("6222000000000061", 100_001L, "61")]
        [DataRow("6222000000000061", 100_000L, "00")]
        [DataRow(TestCards.Generic, 1_051L, "51")]
        [DataRow(TestCards.Generic, 1_000L, "00")]
        [DataRow("6222999999999999", 100L, "14")]
        [DataRow("6222000000001000", 100L, "A0")]
        public void Test_cards_and_the_amount_rule_decide_the_response_code(string pan, long amount, string expected)
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();

            FinancialReply reply = terminal.Financial(terminal.Card(TransactionType.Purchase, pan, amount));

            Assert.AreEqual(expected, reply.ResponseCode);
            Assert.AreEqual(expected == "00" ? MacState.Valid : MacState.Absent, reply.MacState);
            Assert.AreEqual(expected == "00" ? 1 : 0, sim.Ledger.Entries.Count);
            Assert.AreEqual(ResponseCodes.ForcesSignIn(expected), reply.RequiresSignIn);
        }

        [TestMethod]
        public void Every_catalog_code_is_reachable()
        {
            string[] catalog =
            [
                "00", "01", "02", "03", "04", "05", "06", "07", "09", "10", "11", "12", "13", "14", "15", "19", "20", "21", "22", "23", "25",
                "30", "31", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "51", "52", "53", "54", "55", "56",
                "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "75", "77", "79", "90", "91", "92", "93", "94", "95",
                "96", "97", "98", "99", "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "C1",
            ];
            using var sim = new HostSimulator();
            var terminal = new SimTerminal(0);
            SignInInProcess(sim, terminal);
            foreach (string code in catalog)
            {
                // Numeric codes by the generic card's amount rule, lettered ones by their own card.
                TestCard? card = TestCards.All.FirstOrDefault(c => c.ResponseCode == code && c.Fault == FaultKind.None && c.LimitFen == 0 && !c.HasPin);
                bool numeric = char.IsAsciiDigit(code[0]);
                var data = terminal.Card(TransactionType.Purchase, numeric ? TestCards.Generic : card!.Pan, numeric ? 10_000 + int.Parse(code) : 100);
                var request = new IsoMessage();
                terminal.Builder.Financial(request, data);
                byte[] frame = new byte[1024];
                int length = terminal.Packager.Pack(request, terminal.Mac, frame, 0);
                HostResponse response = sim.Handle(frame.AsSpan(0, length).ToArray());
                var reply = new IsoMessage();
                terminal.Packager.Unpack(response.Reply!, 0, response.Reply!.Length, reply, terminal.Mac);
                Assert.AreEqual(code, reply.GetString(39));
            }
        }

        [TestMethod]
        public void The_PIN_card_is_approved_with_its_PIN_and_declined_55_with_another_or_none()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn(SignInKeyMode.DoubleLengthWithTrackKey);

            Assert.AreEqual("00", terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.ApprovedWithPinCard, 800, TestCards.ApprovedPin)).ResponseCode);
            Assert.AreEqual("55", terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.ApprovedWithPinCard, 800, "654321")).ResponseCode);
            Assert.AreEqual("55", terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.ApprovedWithPinCard, 800)).ResponseCode);
            Assert.HasCount(1, sim.Ledger.Entries);
        }

        [TestMethod]
        public void A_request_with_a_bad_MAC_is_answered_A0_without_touching_the_ledger()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            terminal.Keys.Load(KeySlot.Mak, new byte[16], 0, 16); // not the key the host delivered

            var request = new IsoMessage();
            terminal.Builder.Financial(request, terminal.Card(TransactionType.Purchase, TestCards.Approved, 100));
            var reply = terminal.Unpack(terminal.Send(request));
            var reader = new FinancialReply();
            reader.Read(request, reply);

            Assert.AreEqual("A0", reader.ResponseCode);
            Assert.IsTrue(reader.RequiresSignIn);
            Assert.IsEmpty(sim.Ledger.Entries);
        }

        [TestMethod]
        public void A_repeated_purchase_with_the_same_STAN_is_a_duplicate_and_a_wrong_batch_is_77()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var data = terminal.Card(TransactionType.Purchase, TestCards.Approved, 100);

            Assert.AreEqual("00", terminal.Financial(data).ResponseCode);
            Assert.AreEqual("94", terminal.Financial(data).ResponseCode);
            Assert.HasCount(1, sim.Ledger.Entries);

            var otherBatch = terminal.Card(TransactionType.Purchase, TestCards.Approved, 100);
            otherBatch.Batch = terminal.Batch + 1;
            Assert.AreEqual("77", terminal.Financial(otherBatch).ResponseCode);
        }

        [TestMethod]
        public void Void_cancels_the_original_and_refund_credits_it()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, 3_000);
            string rrn = terminal.Financial(sale).Rrn!;
            var sale2 = terminal.Card(TransactionType.Purchase, TestCards.Approved, 5_000);
            string rrn2 = terminal.Financial(sale2).Rrn!;

            var voidData = terminal.Card(TransactionType.Void, TestCards.Approved, 3_000);
            (voidData.OriginalBatch, voidData.OriginalStan, voidData.OriginalRrn) = (sale.Batch, sale.Stan, rrn);
            FinancialReply voided = terminal.Financial(voidData);
            Assert.AreEqual("00", voided.ResponseCode);
            Assert.IsFalse(voided.MacFailed);
            Assert.AreEqual(LedgerStatus.Voided, sim.Ledger.Find(terminal.KeyOf(sale))!.Status);

            var again = terminal.Card(TransactionType.Void, TestCards.Approved, 3_000);
            (again.OriginalBatch, again.OriginalStan, again.OriginalRrn) = (sale.Batch, sale.Stan, rrn);
            Assert.AreEqual("12", terminal.Financial(again).ResponseCode, "already voided");

            var refund = terminal.Card(TransactionType.Refund, TestCards.Approved, 2_000);
            (refund.OriginalBatch, refund.OriginalStan, refund.OriginalRrn, refund.OriginalDate) = (sale2.Batch, sale2.Stan, rrn2, "0101");
            Assert.AreEqual("00", terminal.Financial(refund).ResponseCode);
            Assert.AreEqual(LedgerStatus.PartiallyRefunded, sim.Ledger.Find(terminal.KeyOf(sale2))!.Status, "2.00 of 50.00");

            BatchTotals totals = sim.Ledger.Totals(SimTerminal.Tid, terminal.Batch);
            Assert.AreEqual(5_000L, totals.DomesticDebitFen);
            Assert.AreEqual(1, totals.DomesticDebitCount);
            Assert.AreEqual(2_000L, totals.DomesticCreditFen);
            Assert.AreEqual(1, totals.DomesticCreditCount);
        }

        [TestMethod]
        public void Balance_inquiry_reports_the_card_balance_in_field_54()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();

            FinancialReply reply = terminal.Financial(terminal.Card(TransactionType.BalanceInquiry, "6222000000000051", 0));

            Assert.AreEqual("51", reply.ResponseCode, "the 51 card declines inquiries too");
            reply = terminal.Financial(terminal.Card(TransactionType.BalanceInquiry, TestCards.Approved, 0));
            Assert.IsTrue(reply.Approved);
            Assert.IsTrue(reply.HasBalance);
            Assert.AreEqual(1_000_000L, reply.BalanceFen);
            Assert.IsFalse(reply.MacFailed);
            Assert.IsEmpty(sim.Ledger.Entries);
        }

        internal static void SignInInProcess(HostSimulator sim, SimTerminal terminal)
        {
            var request = new IsoMessage();
            terminal.Builder.SignIn(request, terminal.NextStan(), 1, SignInKeyMode.DoubleLength);
            byte[] frame = new byte[512];
            int length = terminal.Packager.Pack(request, null, frame, 0);
            byte[] replyFrame = sim.Handle(frame.AsSpan(0, length).ToArray()).Reply!;
            var reply = new IsoMessage();
            terminal.Packager.Unpack(replyFrame, 0, replyFrame.Length, reply, null);
            var reader = new SignInReply();
            reader.Read(request, reply);
            Assert.AreEqual(SecurityError.None, WorkingKeyDelivery.Install(terminal.Keys, 3, reader.KeyBlock, 0, reader.KeyBlock.Length));
            terminal.Batch = reader.NewBatch;
        }
    }
}
