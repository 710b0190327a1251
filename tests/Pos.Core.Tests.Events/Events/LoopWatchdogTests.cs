using System;
using Pos.Core.Events;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    [TestClass]
    public class LoopWatchdogTests
    {
        [TestMethod]
        public void A_loop_that_keeps_kicking_is_never_starved()
        {
            LoopWatchdog dog = new LoopWatchdog(30000, 1000);
            for (long now = 1000; now < 600000; now += 1000)
            {
                dog.Kick(now);
                Assert.IsFalse(dog.IsStarved(now + 999));
            }
        }

        [TestMethod]
        public void Silence_longer_than_the_limit_starves_it_and_a_kick_revives_it()
        {
            LoopWatchdog dog = new LoopWatchdog(30000, 5000);
            Assert.IsFalse(dog.IsStarved(35000), "exactly the limit is still alive");
            Assert.IsTrue(dog.IsStarved(35001));
            Assert.AreEqual(30001L, dog.SilentForMs(35001));

            dog.Kick(40000);
            Assert.IsFalse(dog.IsStarved(40000));
            Assert.AreEqual(0L, dog.SilentForMs(39000), "a clock read before the kick is not negative silence");
        }

        [TestMethod]
        public void A_limit_shorter_than_the_loop_can_guarantee_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LoopWatchdog(4999, 0));
            Assert.AreEqual(LoopWatchdog.MinimumLimitMs, new LoopWatchdog(LoopWatchdog.MinimumLimitMs, 0).LimitMs);
        }
    }
}
