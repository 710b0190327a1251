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
    [TestClass]
    public class HostChannelTests
    {
        private static readonly byte[] Frame = new byte[] { 0, 4, 1, 2, 3, 4 };

        [TestMethod]
        public void A_probe_connects_within_the_probe_timeout_and_waits_for_its_reply_as_long_as_a_sale()
        {
            SimulatedClock clock = NewClock();
            HeldExchange seam = new HeldExchange();
            HostChannel channel = NewChannel(seam, new EventQueue(16), clock);
            channel.ProbeTimeoutMs = 1500;
            channel.ProbeReplyTimeoutMs = 15000;

            channel.StartProbe(7);

            Assert.AreEqual(1, seam.Started);
            Assert.AreEqual(1500, seam.ConnectAt(0));
            Assert.AreEqual(15000, seam.ResponseAt(0), "a slow reply within the sale's timeout still counts");
        }

        [TestMethod]
        public void A_request_that_waited_for_the_exchange_in_flight_gets_what_is_left_of_its_connect_budget()
        {
            SimulatedClock clock = NewClock();
            HeldExchange seam = new HeldExchange();
            HostChannel channel = NewChannel(seam, new EventQueue(16), clock);
            channel.StartProbe(1);

            channel.Send(null, Frame, Frame.Length, 8000, 15000);
            Assert.AreEqual(1, seam.Started, "the sale waits for the probe");
            clock.Advance(1500);
            seam.Complete(false); // the probe's connect timed out

            Assert.AreEqual(2, seam.Started);
            Assert.AreEqual(6500, seam.ConnectAt(1), "8 s from the send, not from the start");
            Assert.AreEqual(15000, seam.ResponseAt(1));
        }

        [TestMethod]
        public void A_request_whose_connect_budget_ran_out_while_it_waited_fails_unsent()
        {
            SimulatedClock clock = NewClock();
            HeldExchange seam = new HeldExchange();
            EventQueue queue = new EventQueue(16);
            HostChannel channel = NewChannel(seam, queue, clock);
            channel.StartProbe(1);
            int id = channel.Send(null, Frame, Frame.Length, 8000, 15000);

            clock.Advance(8000 - HostChannel.MinConnectBudgetMs + 1);
            seam.Complete(true);

            Assert.AreEqual(1, seam.Started, "never handed to the seam");
            Assert.AreEqual(1, channel.Expired);
            Assert.IsFalse(channel.IsBusy);
            Event probe = queue.TryTake();
            Assert.AreEqual((int)Signal.ProbeSucceeded, (int)probe.Signal);
            Event failed = queue.TryTake();
            Assert.AreEqual((int)Signal.ExchangeFailed, (int)failed.Signal);
            ExchangeOutcome outcome = (ExchangeOutcome)failed.Data;
            Assert.AreEqual(id, outcome.ExchangeId);
            Assert.AreEqual((int)ExchangeFailure.NotReady, (int)outcome.Failure);
        }

        private static SimulatedClock NewClock()
        {
            return new SimulatedClock(new DateTime(2026, 1, 1));
        }

        private static HostChannel NewChannel(HeldExchange seam, EventQueue queue, SimulatedClock clock)
        {
            Journal journal = new Journal(new SimulatedStorage(64 * 1024));
            journal.Open();
            return new HostChannel(seam, queue, journal, new RequestBuilder(new TerminalSettings("12345678", "123456789012345")), clock);
        }
    }
}
