using System;
using System.Collections;
using Pos.Core.Events;
using Pos.Core.Tests.Support;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    /// <summary>The dispatcher's last-resort guard: a handler's exception is caught, counted, reported, and the loop goes on.</summary>
    [TestClass]
    public class DispatcherGuardTests
    {
        [TestMethod]
        public void A_throwing_handler_is_counted_and_reported_and_the_others_still_get_the_event()
        {
            ArrayList trace = new ArrayList();
            ArrayList reports = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            ThrowingHandler bad = new ThrowingHandler("bad", trace, new InvalidOperationException("broken"));
            dispatcher.Subscribe(Signal.CardRead, bad);
            dispatcher.Subscribe(Signal.CardRead, new RecordingHandler("good", trace));
            dispatcher.Subscribe(Signal.WentOnline, new RecordingHandler("good", trace));
            dispatcher.HandlerFaulted += (e, handler, error) =>
                reports.Add(e.Describe() + " " + (handler == bad ? "bad" : "?") + " " + error.Message);

            queue.Post(new Event(Signal.CardRead, 4, null));
            queue.Post(new Event(Signal.WentOnline, 0, null));
            Assert.AreEqual(2, dispatcher.Step());

            Assert.AreEqual("bad:CardRead(4) | good:CardRead(4) | good:WentOnline(0)", Trace.Join(trace));
            Assert.AreEqual(1L, dispatcher.FaultCount);
            Assert.AreEqual(1, reports.Count);
            Assert.AreEqual("CardRead(4) bad broken", (string)reports[0]);
            Assert.AreEqual((int)Signal.CardRead, (int)dispatcher.LastFaultSignal);
            Assert.AreEqual(0, dispatcher.ConsecutiveFaults, "the next event was handled cleanly");
            Assert.AreEqual(2L, dispatcher.HandledCount);
        }

        [TestMethod]
        public void A_handler_that_throws_at_every_event_costs_one_fault_per_event_and_never_a_retry()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            ThrowingHandler bad = new ThrowingHandler("bad", trace, new NullReferenceException());
            dispatcher.Subscribe(Signal.KeyPressed, bad);

            for (int i = 0; i < 5; i++)
            {
                queue.Post(new Event(Signal.KeyPressed, i, null));
            }

            Assert.AreEqual(5, dispatcher.Step());
            Assert.AreEqual(5, bad.Calls);
            Assert.AreEqual(5L, dispatcher.FaultCount);
            Assert.AreEqual(5, dispatcher.ConsecutiveFaults);
            Assert.AreEqual(0, dispatcher.Step(), "nothing is retried");
        }

        [TestMethod]
        public void A_fault_that_posts_its_own_event_again_is_bounded_by_the_step()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 16);
            ThrowingHandler bad = new ThrowingHandler("bad", trace, new InvalidOperationException(), queue);
            dispatcher.Subscribe(Signal.Boot, bad);

            queue.Post(new Event(Signal.Boot));
            Assert.AreEqual(16, dispatcher.Step(), "one step handles at most its bound, then returns to the loop");
            Assert.AreEqual(16L, dispatcher.FaultCount);
            Assert.AreEqual(1, queue.Count);
        }

        [TestMethod]
        public void A_listener_that_throws_is_swallowed_and_counted()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            dispatcher.Subscribe(Signal.Boot, new ThrowingHandler("bad", trace, new InvalidOperationException()));
            dispatcher.HandlerFaulted += (e, handler, error) => { throw new ArgumentException("listener"); };

            queue.Post(new Event(Signal.Boot));
            dispatcher.Step();

            Assert.AreEqual(1L, dispatcher.FaultCount);
            Assert.AreEqual(1L, dispatcher.ReportFaultCount);
        }

        [TestMethod]
        public void A_power_loss_is_never_caught()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            dispatcher.Subscribe(Signal.Boot, new ThrowingHandler("bad", trace, new PowerLostException("cut")));

            queue.Post(new Event(Signal.Boot));
            Assert.ThrowsException(typeof(PowerLostException), () => dispatcher.Step());
            Assert.AreEqual(0L, dispatcher.FaultCount);
        }

        [TestMethod]
        public void An_event_with_an_undefined_signal_is_dropped_quietly()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            dispatcher.Subscribe(Signal.Boot, new RecordingHandler("a", trace));

            queue.Post(new Event((Signal)999, 0, null));
            queue.Post(new Event((Signal)(-3), 0, null));
            queue.Post(new Event(Signal.Boot));
            Assert.AreEqual(3, dispatcher.Step());
            Assert.AreEqual("a:Boot(0)", Trace.Join(trace));
            Assert.AreEqual(0L, dispatcher.FaultCount);
        }

        [TestMethod]
        public void Fault_text_masks_every_run_of_four_digits_or_more()
        {
            Assert.AreEqual("bad format in field 14 at #####", FaultText.Mask("bad format in field 14 at 12345"));
            Assert.AreEqual("pan ################ pin ####", FaultText.Mask("pan 6222000000000001 pin 1234"));
            Assert.AreEqual("InvalidOperationException: card ################", FaultText.Of(new InvalidOperationException("card 6222000000000001")));
            Assert.AreEqual("NullReferenceException", FaultText.Of(new NullReferenceException("")));
        }
    }
}
