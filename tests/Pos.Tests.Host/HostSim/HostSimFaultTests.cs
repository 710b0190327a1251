using System.Net;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// Every fault of the simulator ends, at the terminal, in the expected <see cref="ExchangeFailure"/> or in a reply
    /// the core rejects; and the TcpHostExchange's own failures. Timeouts are short (300 ms).
    /// </summary>
    [TestClass]
    public sealed class HostSimFaultTests
    {
        private const int ShortTimeoutMs = 300;

        [TestMethod]
        [DataRow(FaultKind.CloseAfterRead, ExchangeFailure.ClosedMidReply)]
        [DataRow(FaultKind.NoReply, ExchangeFailure.Timeout)]
        [DataRow(FaultKind.TruncatedReply, ExchangeFailure.ClosedMidReply)]
        public void Transport_faults_end_in_their_failure_after_the_host_approved(FaultKind fault, ExchangeFailure expected)
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(fault);

            var (result, data) = Purchase(terminal);

            Assert.AreEqual(expected, result.Failure);
            Assert.IsNull(result.Reply);
            Assert.AreEqual(LedgerStatus.Approved, sim.Ledger.Find(terminal.KeyOf(data))!.Status, "the host approved; the reply was lost");
            Assert.IsTrue(terminal.Reverse(data).Done, "the fault was used up: the reversal goes through");
            Assert.AreEqual(LedgerStatus.Reversed, sim.Ledger.Find(terminal.KeyOf(data))!.Status);
        }

        [TestMethod]
        public void Close_before_read_loses_the_request()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(FaultKind.CloseBeforeRead);

            var (result, data) = Purchase(terminal);

            // The request may or may not have left the socket buffer when the host closed: either way no reply.
            Assert.IsTrue(result.Failure is ExchangeFailure.ClosedMidReply or ExchangeFailure.SendFailed, result.Failure.ToString());
            Assert.IsNull(sim.Ledger.Find(terminal.KeyOf(data)));
        }

        [TestMethod]
        public void A_delay_longer_than_the_response_timeout_is_a_timeout_and_a_shorter_one_is_not()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);

            sim.Execute("fault delay 700 1");
            Assert.AreEqual(ExchangeFailure.Timeout, Purchase(terminal).Result.Failure);

            sim.Faults.Arm(FaultKind.Delay, 1, delayMs: 50);
            var (result, _) = Purchase(terminal);
            Assert.AreEqual(ExchangeFailure.None, result.Failure);
        }

        [TestMethod]
        public void A_garbage_reply_arrives_and_the_core_unpacker_rejects_it()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(FaultKind.Garbage);

            var (result, _) = Purchase(terminal);

            Assert.AreEqual(ExchangeFailure.None, result.Failure);
            Assert.ThrowsExactly<ProtocolException>(() => terminal.Unpack(result));
        }

        [TestMethod]
        public void A_bad_reply_MAC_on_an_approval_is_a_MAC_failure_for_the_core()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(FaultKind.BadMac, 1, mti: 200);

            FinancialReply reply = terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 100));

            Assert.IsTrue(reply.Approved);
            Assert.AreEqual(MacState.Invalid, reply.MacState);
            Assert.IsTrue(reply.MacFailed);
        }

        [TestMethod]
        public void A_wrong_STAN_reply_is_rejected_by_the_reader()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(FaultKind.WrongStan);

            var request = new IsoMessage();
            terminal.Builder.Financial(request, terminal.Card(TransactionType.Purchase, TestCards.Approved, 100));
            IsoMessage reply = terminal.Unpack(terminal.Send(request));

            var error = Assert.ThrowsExactly<ProtocolException>(() => new FinancialReply().Read(request, reply));
            Assert.AreEqual(ProtocolErrorReason.UnexpectedReply, error.Reason);
            Assert.AreEqual(11, error.Field);
        }

        [TestMethod]
        public void A_duplicated_reply_is_read_once_and_the_next_exchange_is_clean()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Faults.Arm(FaultKind.DuplicateReply);

            var (result, _) = Purchase(terminal);
            Assert.AreEqual(ExchangeFailure.None, result.Failure);
            Assert.AreEqual("00", terminal.Unpack(result).GetString(39));
            Assert.AreEqual(1, terminal.CompletionsOf(result.ExchangeId));

            Assert.AreEqual("00", terminal.Unpack(Purchase(terminal).Result).GetString(39));
        }

        [TestMethod]
        public void A_fault_for_one_MTI_leaves_other_messages_alone_and_test_cards_carry_their_own()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            sim.Execute("fault close-after-read 1 mti 0400");

            Assert.AreEqual(ExchangeFailure.None, Purchase(terminal).Result.Failure);
            Assert.HasCount(1, sim.Faults.Armed);

            var badMacCard = terminal.Financial(terminal.Card(TransactionType.Purchase, "6222000000009002", 100));
            Assert.IsTrue(badMacCard.MacFailed);

            var (lost, _) = Purchase(terminal, "6222000000009001");
            Assert.AreEqual(ExchangeFailure.Timeout, lost.Failure);
        }

        [TestMethod]
        public void Connect_refused_is_ConnectFailed()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var terminal = new SimTerminal(closedPort);
            var request = new IsoMessage();
            terminal.Builder.EchoTest(request, 1, 1);

            Assert.AreEqual(ExchangeFailure.ConnectFailed, terminal.Send(request).Failure);
        }

        [TestMethod]
        public void A_reply_longer_than_the_maximum_is_ReplyTooLarge()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.Exchange.MaxReplyLength = 40;

            var request = new IsoMessage();
            terminal.Builder.SignIn(request, 1, 1, SignInKeyMode.DoubleLength);

            Assert.AreEqual(ExchangeFailure.ReplyTooLarge, terminal.Send(request).Failure);
        }

        [TestMethod]
        public void A_start_while_busy_or_unconfigured_is_NotReady_and_each_start_completes_once()
        {
            using var sim = new HostSimulator().Start();
            var terminal = Signed(sim);
            terminal.ResponseTimeoutMs = ShortTimeoutMs;
            sim.Faults.Arm(FaultKind.NoReply);
            byte[] frame = new byte[512];
            var request = new IsoMessage();
            terminal.Builder.EchoTest(request, terminal.NextStan(), terminal.Batch);
            int length = terminal.Packager.Pack(request, null, frame, 0);

            int held = terminal.StartRaw(frame, length);
            Assert.IsTrue(terminal.Exchange.IsBusy);
            int refused = terminal.StartRaw(frame, length);

            Assert.AreEqual(ExchangeFailure.NotReady, terminal.Wait(refused).Failure);
            Assert.AreEqual(ExchangeFailure.Timeout, terminal.Wait(held).Failure);
            Assert.IsFalse(terminal.Exchange.IsBusy);

            terminal.Exchange.Host = null;
            int unconfigured = terminal.StartRaw(frame, length);
            Assert.AreEqual(ExchangeFailure.NotReady, terminal.Wait(unconfigured).Failure);
            foreach (int id in new[] { held, refused, unconfigured })
            {
                Assert.AreEqual(1, terminal.CompletionsOf(id));
            }
        }

        private static SimTerminal Signed(HostSimulator sim)
        {
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            terminal.ResponseTimeoutMs = ShortTimeoutMs;
            return terminal;
        }

        private static (ExchangeResult Result, FinancialRequest Data) Purchase(SimTerminal terminal, string pan = TestCards.Approved)
        {
            var data = terminal.Card(TransactionType.Purchase, pan, 100);
            var request = new IsoMessage();
            terminal.Builder.Financial(request, data);
            return (terminal.Send(request), data);
        }
    }
}
