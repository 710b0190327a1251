using Pos.Core.Events;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    [TestClass]
    public class EventQueueTests
    {
        [TestMethod]
        public void Events_come_out_in_the_order_they_were_posted()
        {
            EventQueue queue = new EventQueue(4);
            queue.Post(new Event(Signal.KeyPressed, 1, null));
            queue.Post(new Event(Signal.KeyPressed, 2, null));
            queue.Post(new Event(Signal.LinkChanged, 0, null));

            Assert.AreEqual(1, queue.TryTake().Param);
            Assert.AreEqual(2, queue.TryTake().Param);
            Assert.AreEqual((int)Signal.LinkChanged, (int)queue.TryTake().Signal);
            Assert.IsNull(queue.TryTake());
        }

        [TestMethod]
        public void A_full_queue_refuses_the_event_and_counts_it()
        {
            EventQueue queue = new EventQueue(2);
            Assert.IsTrue(queue.Post(new Event(Signal.KeyPressed, 1, null)));
            Assert.IsTrue(queue.Post(new Event(Signal.KeyPressed, 2, null)));
            Assert.IsFalse(queue.Post(new Event(Signal.KeyPressed, 3, null)));

            Assert.AreEqual(1, queue.Dropped);
            Assert.AreEqual(2, queue.Count);
            Assert.AreEqual(2, queue.HighWater);
            Assert.AreEqual(1, queue.TryTake().Param);
            Assert.AreEqual(2, queue.TryTake().Param);
        }

        [TestMethod]
        public void The_ring_wraps_around_without_losing_order()
        {
            EventQueue queue = new EventQueue(3);
            int next = 0;
            for (int round = 0; round < 10; round++)
            {
                queue.Post(new Event(Signal.KeyPressed, round * 2, null));
                queue.Post(new Event(Signal.KeyPressed, (round * 2) + 1, null));
                Assert.AreEqual(next++, queue.TryTake().Param);
                Assert.AreEqual(next++, queue.TryTake().Param);
            }

            Assert.AreEqual(0, queue.Count);
            Assert.AreEqual(0, queue.Dropped);
        }

        [TestMethod]
        public void Posting_a_null_event_is_refused()
        {
            EventQueue queue = new EventQueue(2);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => queue.Post(null));
        }

        [TestMethod]
        public void Signals_without_a_name_are_shown_by_number()
        {
            Assert.AreEqual("KeyPressed", SignalNames.Of(Signal.KeyPressed));
            Assert.AreEqual("[4]", SignalNames.Of((Signal)4)); // a gap inside the table: a slot never written
            Assert.AreEqual("[999]", SignalNames.Of((Signal)999));
            Assert.AreEqual("[-1]", SignalNames.Of((Signal)(-1)));
        }
    }
}
