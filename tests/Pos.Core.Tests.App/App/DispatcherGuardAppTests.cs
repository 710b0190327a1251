using Pos.Core.App;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The dispatcher's guard in the real composition: an exception escaping the transaction machine (here: the RTC
    /// read fails) is logged without card data, counted, audited, and ends the transaction in a system-error result;
    /// a reversal persisted before the request left is kept and sent later; none is invented; faults that come back
    /// at every turn hold the screen instead of cycling.
    /// </summary>
    [TestClass]
    public class DispatcherGuardAppTests
    {
        [TestMethod]
        public void A_fault_after_the_request_left_keeps_the_reversal_and_shows_a_system_error()
        {
            GuardWorld w = new GuardWorld();
            Assert.AreEqual(ScreenIds.Idle, w.Terminal.Screen.Id, w.Terminal.Screen.Describe());
            w.Amount("100");
            w.Swipe();
            Assert.AreEqual((int)TxnState.Authorising, (int)w.Terminal.State);
            int stan = w.Terminal.Journal.State.Reversal.Stan;

            w.Clock.Broken = true; // the approval cannot be dated: Complete throws
            HostPlan approve = new HostPlan();
            w.Host.Plan(approve);
            w.Settle();

            Assert.AreEqual(1L, w.Terminal.FaultCount);
            Assert.AreEqual(ScreenIds.ReversalPending, w.Terminal.Screen.Id);
            Assert.AreEqual("98", w.Terminal.Screen.ReversalReason);
            Assert.AreEqual(TxnLocalCodes.CodeSystemError, w.Terminal.Screen.Code);
            Assert.AreEqual((int)TxnState.Result, (int)w.Terminal.State);
            Assert.IsTrue(w.Terminal.ReversalPending, "the host may have approved: the reversal stays");
            Assert.AreEqual(stan, w.Terminal.Journal.State.Reversal.Stan);
            Assert.IsNull(w.Terminal.Machine.Log.Find(stan), "nothing logged as approved");
            Assert.IsTrue(w.Log.Contains("guard: fault 1 in transactions on ExchangeReplied: InvalidOperationException: RTC read failed"));
            Assert.IsFalse(w.Log.Contains("6222021234567890"), "no PAN in the log");
            Assert.AreEqual("guard: fault 1 in transactions on ExchangeReplied: InvalidOperationException: RTC read failed", LastAudit(w));

            w.Clock.Broken = false;
            w.Keypad.Press(Key.Enter);
            w.Settle();
            Assert.AreEqual("0400:98", w.Host.LastReceived, "the kept reversal goes out on its own once idle");
            Assert.AreEqual(ScreenIds.Reversing, w.Terminal.Screen.Id);
            w.Host.Plan(new HostPlan());
            w.Settle();
            Assert.IsFalse(w.Terminal.ReversalPending);
            Assert.AreEqual(ScreenIds.Idle, w.Terminal.Screen.Id);
        }

        [TestMethod]
        public void A_fault_before_anything_was_sent_invents_no_reversal()
        {
            GuardWorld w = new GuardWorld();
            int sent = w.Host.Received.Count;
            w.Amount("100");
            w.Clock.Broken = true; // the reversal record is dated before the send: SendFinancial throws
            w.Swipe();

            Assert.AreEqual(1L, w.Terminal.FaultCount);
            Assert.AreEqual(ScreenIds.Failed, w.Terminal.Screen.Id);
            Assert.AreEqual(TxnLocalCodes.CodeSystemError, w.Terminal.Screen.Code);
            Assert.IsFalse(w.Terminal.ReversalPending);
            Assert.AreEqual(sent, w.Host.Received.Count, "nothing sent");
            Assert.IsFalse(w.Reader.Reading, "the reader was stopped");
        }

        [TestMethod]
        public void Faults_that_come_back_at_every_turn_hold_the_screen_instead_of_cycling()
        {
            GuardWorld w = new GuardWorld();
            w.Amount("100");
            w.Clock.Broken = true;
            w.Swipe(); // fault 1; the result returns to Idle after its timeout, whose entry reads the clock: fault 2, 3
            w.Advance(10 * 60 * 1000);

            Assert.AreEqual((long)Terminal.FaultStormCount, w.Terminal.FaultCount, "three faults, then it waits for a person");
            Assert.AreEqual(ScreenIds.Failed, w.Terminal.Screen.Id);
            Assert.AreEqual((int)TxnState.Result, (int)w.Terminal.State);
            Assert.IsTrue(w.Log.Contains("held until a key"));

            w.Clock.Broken = false;
            w.Keypad.Press(Key.Cancel);
            w.Settle();
            Assert.AreEqual(ScreenIds.Idle, w.Terminal.Screen.Id);
            w.Amount("5");
            Assert.AreEqual(ScreenIds.PresentCard, w.Terminal.Screen.Id, "business as usual");
        }

        [TestMethod]
        public void Unknown_key_codes_are_refused_at_the_entry()
        {
            GuardWorld w = new GuardWorld();
            w.Keypad.Press(Key.None);
            w.Keypad.Press((Key)17);
            w.Keypad.Press((Key)(-1));
            Assert.IsFalse(w.App.Ui.Press((Key)200));
            w.Settle();

            Assert.AreEqual(4, w.Terminal.RejectedKeys);
            Assert.AreEqual(ScreenIds.Idle, w.Terminal.Screen.Id);
            Assert.IsFalse(w.App.Ui.MenuActive);
            Assert.AreEqual(0L, w.Terminal.FaultCount);
        }

        private static string LastAudit(GuardWorld w)
        {
            return AuditTexts.Newest(w.Terminal.Audit);
        }
    }
}
