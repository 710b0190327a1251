using System;
using System.Collections;
using Pos.Hal;

namespace Pos.Core.Events
{
    /// <summary>
    /// Run-to-completion dispatch: takes events from the queue one at a time and hands each to the handlers
    /// subscribed to its signal, in subscription order. A handler that posts an event sees it handled after the
    /// current one has finished with every subscriber, never in the middle.
    /// <para>
    /// Last-resort guard: an exception escaping a handler is caught here, counted (<see cref="FaultCount"/>) and
    /// reported (<see cref="HandlerFaulted"/>); the event is not retried, the other subscribers still get it and the
    /// loop goes on. One bad event costs one fault, never a crash, a spin or a reboot loop. The only exception let
    /// through is <see cref="PowerLostException"/> (the power is gone: nothing may carry on).
    /// </para>
    /// </summary>
    public sealed class Dispatcher
    {
        private readonly EventQueue _queue;
        private readonly TimerService _timers;
        private readonly ArrayList[] _subscribers = new ArrayList[(int)Signal.Count];
        private readonly int _maxEventsPerStep;

        /// <summary>Creates a dispatcher over a queue and its timers.</summary>
        /// <param name="queue">Where events wait.</param>
        /// <param name="timers">Whose due timers are posted at each step; may be null.</param>
        /// <param name="maxEventsPerStep">Bound on the events one <see cref="Step"/> handles, so a handler that keeps
        /// posting cannot starve the caller's loop.</param>
        public Dispatcher(EventQueue queue, TimerService timers, int maxEventsPerStep)
        {
            if (queue == null)
            {
                throw new System.ArgumentNullException(nameof(queue));
            }

            if (maxEventsPerStep < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxEventsPerStep));
            }

            _queue = queue;
            _timers = timers;
            _maxEventsPerStep = maxEventsPerStep;
        }

        /// <summary>Raised after each event has been handled by all its subscribers; tests record the ordered trace here.</summary>
        public event DispatchedHandler Dispatched;

        /// <summary>Events handled since start.</summary>
        public long HandledCount { get; private set; }

        /// <summary>
        /// Raised after a handler threw (the event, the handler, the exception). An exception of the listener itself
        /// is swallowed and counted in <see cref="ReportFaultCount"/>.
        /// </summary>
        public event HandlerFaultedHandler HandlerFaulted;

        /// <summary>Exceptions caught from handlers since start (the last-resort guard's counter).</summary>
        public long FaultCount { get; private set; }

        /// <summary>Faults in a row: events since the last one that every subscriber handled without throwing.</summary>
        public int ConsecutiveFaults { get; private set; }

        /// <summary>The signal of the event whose handling faulted last (<see cref="Signal.None"/>: none yet).</summary>
        public Signal LastFaultSignal { get; private set; }

        /// <summary>Exceptions thrown by <see cref="HandlerFaulted"/> listeners themselves (swallowed).</summary>
        public long ReportFaultCount { get; private set; }

        /// <summary>Subscribes a handler to a signal.</summary>
        public void Subscribe(Signal signal, IEventHandler handler)
        {
            if (handler == null)
            {
                throw new System.ArgumentNullException(nameof(handler));
            }

            int index = (int)signal;
            if (index <= 0 || index >= _subscribers.Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(signal));
            }

            if (_subscribers[index] == null)
            {
                _subscribers[index] = new ArrayList();
            }

            if (!_subscribers[index].Contains(handler))
            {
                _subscribers[index].Add(handler);
            }
        }

        /// <summary>Removes a subscription; nothing happens if there was none.</summary>
        public void Unsubscribe(Signal signal, IEventHandler handler)
        {
            int index = (int)signal;
            if (index > 0 && index < _subscribers.Length && _subscribers[index] != null)
            {
                _subscribers[index].Remove(handler);
            }
        }

        /// <summary>Handles the event at the front of the queue, if any.</summary>
        /// <returns>True when an event was handled.</returns>
        public bool DispatchOne()
        {
            Event e = _queue.TryTake();
            if (e == null)
            {
                return false;
            }

            int signal = (int)e.Signal;
            ArrayList handlers = signal > 0 && signal < _subscribers.Length ? _subscribers[signal] : null;
            bool faulted = false;
            if (handlers != null)
            {
                // A handler may unsubscribe while handling; iterate over a snapshot.
                object[] snapshot = handlers.ToArray();
                for (int i = 0; i < snapshot.Length; i++)
                {
                    IEventHandler handler = (IEventHandler)snapshot[i];
                    Exception caught = Invoke(handler, e);
                    if (caught != null)
                    {
                        faulted = true;
                        Report(e, handler, caught);
                    }
                }
            }

            if (!faulted)
            {
                ConsecutiveFaults = 0;
            }

            HandledCount++;
            DispatchedHandler dispatched = Dispatched;
            if (dispatched != null)
            {
                dispatched(e);
            }

            return true;
        }

        // The handler call in a frame of its own that returns the exception at once, so the report, the recovery and
        // the next handlers run outside any catch block: nanoCLR crashed (device tests) when more exception handling
        // followed an exception that had passed a declining filter; docs/TRANSACTIONS.md, "Seam data and the guard".
        private static Exception Invoke(IEventHandler handler, Event e)
        {
            try
            {
                handler.Handle(e);
                return null;
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (Exception error)
            {
                return error;
            }
        }

        // The guard's bookkeeping; the listener runs guarded too: a report that throws must not undo the guard.
        private void Report(Event e, IEventHandler handler, Exception error)
        {
            FaultCount++;
            ConsecutiveFaults++;
            LastFaultSignal = e.Signal;
            HandlerFaultedHandler faulted = HandlerFaulted;
            if (faulted == null)
            {
                return;
            }

            try
            {
                faulted(e, handler, error);
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (Exception)
            {
                ReportFaultCount++;
            }
        }

        /// <summary>
        /// One turn of the main loop: posts the timers that are due, then handles queued events until the queue is
        /// empty or the per-step bound is reached.
        /// </summary>
        /// <returns>How many events were handled.</returns>
        public int Step()
        {
            if (_timers != null)
            {
                _timers.PostDue();
            }

            int handled = 0;
            while (handled < _maxEventsPerStep && DispatchOne())
            {
                handled++;
            }

            return handled;
        }
    }
}
