using System;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Exchange
{
    /// <summary>The exchange seam's outcomes enter the core at the <see cref="HostChannel"/>: each is checked there.</summary>
    [TestClass]
    public class HostChannelSeamTests
    {
        [TestMethod]
        public void A_reply_for_an_exchange_nobody_started_is_dropped()
        {
            EventQueue queue = new EventQueue(8);
            ManualExchange seam = new ManualExchange();
            HostChannel channel = NewChannel(seam, queue);

            seam.Complete(42, new byte[] { 1, 2, 3 }, ExchangeFailure.None);
            int id = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);
            seam.Complete(id, new byte[] { 1 }, ExchangeFailure.None);
            seam.Complete(id, new byte[] { 2 }, ExchangeFailure.None);

            Assert.AreEqual(1, queue.Count, "only the answer to the exchange in flight is posted");
            Assert.AreEqual(2, channel.Dropped);
            Event e = queue.TryTake();
            Assert.AreEqual((int)Signal.ExchangeReplied, (int)e.Signal);
            Assert.AreEqual(id, ((ExchangeOutcome)e.Data).ExchangeId);
        }

        [TestMethod]
        public void A_reply_without_bytes_is_a_connection_closed_before_the_reply()
        {
            EventQueue queue = new EventQueue(8);
            ManualExchange seam = new ManualExchange();
            HostChannel channel = NewChannel(seam, queue);

            int first = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);
            seam.Complete(first, null, ExchangeFailure.None);
            int second = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);
            seam.Complete(second, new byte[0], ExchangeFailure.None);

            for (int i = 0; i < 2; i++)
            {
                Event e = queue.TryTake();
                ExchangeOutcome outcome = (ExchangeOutcome)e.Data;
                Assert.AreEqual((int)Signal.ExchangeFailed, (int)e.Signal);
                Assert.AreEqual((int)ExchangeFailure.ClosedMidReply, (int)outcome.Failure);
                Assert.IsNull(outcome.Reply);
            }
        }

        [TestMethod]
        public void An_undefined_failure_is_a_timeout_and_its_bytes_are_not_kept()
        {
            EventQueue queue = new EventQueue(8);
            ManualExchange seam = new ManualExchange();
            HostChannel channel = NewChannel(seam, queue);

            int id = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);
            seam.Complete(id, new byte[] { 7, 7 }, (ExchangeFailure)77);

            ExchangeOutcome outcome = (ExchangeOutcome)queue.TryTake().Data;
            Assert.AreEqual((int)ExchangeFailure.Timeout, (int)outcome.Failure);
            Assert.IsNull(outcome.Reply);
        }

        [TestMethod]
        public void A_seam_that_throws_on_start_still_completes_with_send_failed_and_frees_the_channel()
        {
            EventQueue queue = new EventQueue(8);
            ManualExchange seam = new ManualExchange();
            HostChannel channel = NewChannel(seam, queue);
            seam.ThrowOnStart = new InvalidOperationException("no worker");

            int id = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);

            ExchangeOutcome outcome = (ExchangeOutcome)queue.TryTake().Data;
            Assert.AreEqual(id, outcome.ExchangeId);
            Assert.AreEqual((int)ExchangeFailure.SendFailed, (int)outcome.Failure);
            Assert.AreEqual(1, channel.StartFailures);
            Assert.IsFalse(channel.IsBusy, "not stuck in flight");

            seam.ThrowOnStart = null;
            int next = channel.Send(null, new byte[] { 9 }, 1, 1000, 1000);
            Assert.AreEqual(next, seam.LastId, "the next request goes straight to the seam");
        }

        private static HostChannel NewChannel(ManualExchange seam, EventQueue queue)
        {
            Journal journal = new Journal(new SimulatedStorage(64 * 1024));
            journal.Open();
            return new HostChannel(seam, queue, journal, new RequestBuilder(new TerminalSettings("TEST0001", "123456789012345")), new SimulatedClock(new System.DateTime(2026, 1, 5, 8, 0, 0)));
        }
    }
}
