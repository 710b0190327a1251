using nanoFramework.TestFramework;
using Pos.Hal.Net;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>The connect watchdog closes only its own attempt, only after that attempt's time is up, and only once.</summary>
    [TestClass]
    public class ConnectDeadlineTests
    {
        [TestMethod]
        public void The_watchdog_takes_the_socket_once_when_the_time_is_up()
        {
            ConnectDeadline deadline = new ConnectDeadline();
            object socket = new object();
            deadline.Arm(socket, 7, 1000000, 10000);
            Assert.AreEqual(7, deadline.ExchangeId);
            Assert.IsNull(deadline.TakeExpired(10999999), "one microsecond early");
            Assert.AreSame(socket, deadline.TakeExpired(11000000));
            Assert.IsNull(deadline.TakeExpired(12000000), "taken once");
            Assert.IsTrue(deadline.Disarm(), "the worker learns the time ran out");
            Assert.AreEqual(0, deadline.ExchangeId);
        }

        [TestMethod]
        public void A_late_callback_never_closes_the_next_exchanges_socket()
        {
            ConnectDeadline deadline = new ConnectDeadline();
            object first = new object();
            deadline.Arm(first, 1, 0, 10000);
            Assert.IsFalse(deadline.Disarm(), "connected in time");

            // The next exchange arms at 9.9 s; the first attempt's callback, queued for 10 s, runs at 10.2 s.
            object second = new object();
            deadline.Arm(second, 2, 9900000, 10000);
            Assert.IsNull(deadline.TakeExpired(10200000));
            Assert.AreEqual(9700, deadline.MsLeft(10200000));
            Assert.AreSame(second, deadline.TakeExpired(19900000), "its own deadline still holds");
        }

        [TestMethod]
        public void Nothing_armed_gives_nothing_to_close()
        {
            ConnectDeadline deadline = new ConnectDeadline();
            Assert.IsNull(deadline.TakeExpired(long.MaxValue));
            Assert.AreEqual(-1, deadline.MsLeft(0));
            Assert.IsFalse(deadline.Disarm());
        }
    }
}
