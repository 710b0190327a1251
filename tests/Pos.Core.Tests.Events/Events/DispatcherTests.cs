using System;
using System.Collections;
using Pos.Core.Events;
using Pos.Core.Simulation;
using Pos.Core.Tests.Support;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    [TestClass]
    public class DispatcherTests
    {
        [TestMethod]
        public void Each_event_reaches_its_subscribers_in_subscription_order()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            dispatcher.Subscribe(Signal.KeyPressed, new RecordingHandler("a", trace));
            dispatcher.Subscribe(Signal.KeyPressed, new RecordingHandler("b", trace));
            dispatcher.Subscribe(Signal.LinkChanged, new RecordingHandler("c", trace));

            queue.Post(new Event(Signal.KeyPressed, 3, null));
            queue.Post(new Event(Signal.LinkChanged, 1, null));
            queue.Post(new Event(Signal.CardRead, 0, null));
            Assert.AreEqual(3, dispatcher.Step());

            Assert.AreEqual("a:KeyPressed(3) | b:KeyPressed(3) | c:LinkChanged(1)", Trace.Join(trace));
            Assert.AreEqual(3L, dispatcher.HandledCount);
        }

        [TestMethod]
        public void An_event_posted_while_handling_runs_after_the_current_one_completes()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 100);
            dispatcher.Subscribe(Signal.KeyPressed, new RecordingHandler("first", trace, queue, Signal.KeyPressed, new Event(Signal.WentOffline, 2, null)));
            dispatcher.Subscribe(Signal.KeyPressed, new RecordingHandler("second", trace));
            dispatcher.Subscribe(Signal.WentOffline, new RecordingHandler("first", trace));

            queue.Post(new Event(Signal.KeyPressed, 1, null));
            dispatcher.Step();

            Assert.AreEqual("first:KeyPressed(1) | second:KeyPressed(1) | first:WentOffline(2)", Trace.Join(trace));
        }

        [TestMethod]
        public void A_step_posts_due_timers_before_handling_and_respects_its_bound()
        {
            ArrayList trace = new ArrayList();
            SimulatedClock clock = new SimulatedClock(new DateTime(2026, 1, 1));
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 4);
            Dispatcher dispatcher = new Dispatcher(queue, timers, 2);
            RecordingHandler owner = new RecordingHandler("t", trace);

            timers.Arm(owner, 1, 10);
            timers.Arm(owner, 2, 20);
            timers.Arm(owner, 3, 30);
            clock.Advance(30);

            Assert.AreEqual(2, dispatcher.Step());
            Assert.AreEqual(1, queue.Count);
            Assert.AreEqual(1, dispatcher.Step());
            Assert.AreEqual("t:TimerExpired(1) | t:TimerExpired(2) | t:TimerExpired(3)", Trace.Join(trace));
        }

        [TestMethod]
        public void An_event_addressed_to_a_part_reaches_that_part_and_the_observers_only()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(8);
            Dispatcher dispatcher = new Dispatcher(queue, null, 10);
            RecordingHandler owner = new RecordingHandler("owner", trace);
            RecordingHandler other = new RecordingHandler("other", trace);
            RecordingHandler observer = new RecordingHandler("observer", trace);
            dispatcher.Subscribe(Signal.ExchangeReplied, other);
            dispatcher.Observe(Signal.ExchangeReplied, observer);
            dispatcher.Observe(Signal.ExchangeReplied, owner); // a target that also observes is served once

            queue.Post(new Event(Signal.ExchangeReplied, 7, null, owner));
            queue.Post(new Event(Signal.ExchangeReplied, 8, null));
            dispatcher.Step();

            Assert.AreEqual("owner:ExchangeReplied(7) | observer:ExchangeReplied(7) | other:ExchangeReplied(8) | observer:ExchangeReplied(8) | owner:ExchangeReplied(8)",
                Trace.Join(trace));
        }

        [TestMethod]
        public void A_timer_expiry_goes_to_the_part_that_armed_it()
        {
            ArrayList trace = new ArrayList();
            SimulatedClock clock = new SimulatedClock(new DateTime(2026, 1, 1));
            EventQueue queue = new EventQueue(8);
            TimerService timers = new TimerService(clock, queue, 4);
            Dispatcher dispatcher = new Dispatcher(queue, timers, 10);
            RecordingHandler first = new RecordingHandler("first", trace);
            RecordingHandler second = new RecordingHandler("second", trace);
            dispatcher.Subscribe(Signal.TimerExpired, new RecordingHandler("subscriber", trace));

            timers.Arm(first, 1, 10);
            timers.Arm(second, 2, 20);
            clock.Advance(20);
            dispatcher.Step();

            Assert.AreEqual("first:TimerExpired(1) | second:TimerExpired(2)", Trace.Join(trace));
        }

        [TestMethod]
        public void The_dispatched_hook_sees_every_event_even_without_subscribers()
        {
            ArrayList seen = new ArrayList();
            EventQueue queue = new EventQueue(4);
            Dispatcher dispatcher = new Dispatcher(queue, null, 10);
            dispatcher.Dispatched += e => seen.Add(e.Describe());

            queue.Post(new Event(Signal.Boot));
            dispatcher.Step();

            Assert.AreEqual(1, seen.Count);
            Assert.AreEqual("Boot(0)", (string)seen[0]);
        }

        [TestMethod]
        public void Unsubscribed_handlers_no_longer_receive_events()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(4);
            Dispatcher dispatcher = new Dispatcher(queue, null, 10);
            RecordingHandler handler = new RecordingHandler("h", trace);
            dispatcher.Subscribe(Signal.KeyPressed, handler);
            dispatcher.Subscribe(Signal.KeyPressed, handler);
            queue.Post(new Event(Signal.KeyPressed, 1, null));
            dispatcher.Step();
            dispatcher.Unsubscribe(Signal.KeyPressed, handler);
            queue.Post(new Event(Signal.KeyPressed, 2, null));
            dispatcher.Step();

            Assert.AreEqual("h:KeyPressed(1)", Trace.Join(trace));
        }

        [TestMethod]
        public void A_handler_removed_while_an_event_is_handled_misses_it_and_one_added_gets_the_next()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(4);
            Dispatcher dispatcher = new Dispatcher(queue, null, 10);
            RecordingHandler removed = new RecordingHandler("c", trace);
            RecordingHandler added = new RecordingHandler("d", trace);
            dispatcher.Subscribe(Signal.KeyPressed, new SubscribingHandler("a", trace, dispatcher, removed, added));
            dispatcher.Subscribe(Signal.KeyPressed, new RecordingHandler("b", trace));
            dispatcher.Subscribe(Signal.KeyPressed, removed);
            dispatcher.Observe(Signal.KeyPressed, new RecordingHandler("o", trace));

            queue.Post(new Event(Signal.KeyPressed, 1, null));
            queue.Post(new Event(Signal.KeyPressed, 2, null));
            dispatcher.Step();

            Assert.AreEqual("a:KeyPressed(1) | b:KeyPressed(1) | o:KeyPressed(1) | a:KeyPressed(2) | b:KeyPressed(2) | d:KeyPressed(2) | o:KeyPressed(2)",
                Trace.Join(trace));
        }

        [TestMethod]
        public void Forty_subscriptions_keep_their_order_and_observers_follow_the_subscribers()
        {
            ArrayList trace = new ArrayList();
            EventQueue queue = new EventQueue(4);
            Dispatcher dispatcher = new Dispatcher(queue, null, 10);
            string expected = string.Empty;
            for (int i = 0; i < 40; i++)
            {
                string name = i.ToString();
                if (i % 4 == 3)
                {
                    dispatcher.Observe(Signal.LinkChanged, new RecordingHandler("o" + name, trace));
                    continue;
                }

                dispatcher.Subscribe(i % 2 == 0 ? Signal.LinkChanged : Signal.CardRead, new RecordingHandler(name, trace));
                if (i % 2 == 0)
                {
                    expected = expected + (expected.Length == 0 ? string.Empty : " | ") + name + ":LinkChanged(7)";
                }
            }

            for (int i = 3; i < 40; i += 4)
            {
                expected = expected + " | o" + i.ToString() + ":LinkChanged(7)";
            }

            queue.Post(new Event(Signal.LinkChanged, 7, null));
            dispatcher.Step();

            Assert.AreEqual(expected, Trace.Join(trace));
        }
    }
}
