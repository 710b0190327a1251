using Pos.Core.Offline;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>The idle screen follows the offline queue: the count it shows is the queue's, after every change.</summary>
    [TestClass]
    public class IdleScreenTests
    {
        [TestMethod]
        public void The_idle_queue_line_follows_the_queue_as_advices_are_stored_and_delivered()
        {
            ScenarioRunner run = new ScenarioRunner();
            Script.Run(run, "wait online\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE\nlink down\nadvance 5s\nexpect offline");
            OfflineQueue queue = run.Terminal.OfflineQueue;
            queue.EnqueueAdvice(OfflineSales.Sale(1234), run.Clock.UtcNow.Ticks);
            queue.EnqueueAdvice(OfflineSales.Sale(500), run.Clock.UtcNow.Ticks);
            run.Settle();
            Assert.AreEqual(ScreenIds.Idle, run.Terminal.Screen.Id);
            Assert.AreEqual(2, run.Terminal.Screen.Queued, "the idle screen counts the stored advices");

            // Back online: the forwarder delivers both (the host answers 0220 at once); the screen says none are left.
            Script.Run(run, "link up\nwait online\nadvance 10s\nexpect offline count 0\nexpect screen IDLE");
            Assert.AreEqual(0, run.Terminal.OfflineCount);
            Assert.AreEqual(0, run.Terminal.Screen.Queued, "a delivered queue leaves no stale count on the idle screen");
        }

    }
}
