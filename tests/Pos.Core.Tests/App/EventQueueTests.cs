using nanoFramework.TestFramework;
using Pos.Core.App;

namespace Pos.Core.Tests.App
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
        public void Every_signal_has_a_name_for_traces()
        {
            for (int i = 0; i < (int)Signal.Count; i++)
            {
                string name = SignalNames.Of((Signal)i);
                if (IsDeclared(i))
                {
                    Assert.IsFalse(name.StartsWith("["), "signal " + i.ToString() + " has no name");
                }
            }

            Assert.AreEqual("[999]", SignalNames.Of((Signal)999));
        }

        private static bool IsDeclared(int value)
        {
            // The declared values, listed here on purpose: adding a signal without a name must fail this test.
            int[] declared = new int[] { 0, 1, 2, 3, 10, 20, 21, 30, 31, 40, 41 };
            for (int i = 0; i < declared.Length; i++)
            {
                if (declared[i] == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
