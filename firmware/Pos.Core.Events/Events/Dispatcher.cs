using System;
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
        private readonly int _maxEventsPerStep;

        // Every subscription in one table, in subscription order: the signal (negated for an observer) and the
        // handler. A list per signal cost a list object and its array for each of the ~30 signals in use (about 7 KB
        // of heap on the interpreter) and a copy of the list at every event; this costs two arrays. A removed row is
        // cleared (signal 0) and the table closed up when no event is being handled.
        private int[] _signals = new int[InitialRows];
        private IEventHandler[] _handlers = new IEventHandler[InitialRows];
        private int _rows;
        private int _handling;
        private bool _cleared;

        private const int InitialRows = 32;

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

        /// <summary>The timers whose due expiries this dispatcher posts, or null.</summary>
        public TimerService Timers => _timers;

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
            Add((int)signal, handler);
        }

        /// <summary>
        /// Lets a part see every event of a signal, those addressed to another part included (the link monitor learns
        /// from every exchange's outcome whether the host answers). Observers run after the subscribers or the target.
        /// </summary>
        public void Observe(Signal signal, IEventHandler handler)
        {
            Add(-(int)signal, handler);
        }

        private void Add(int row, IEventHandler handler)
        {
            if (handler == null)
            {
                throw new System.ArgumentNullException(nameof(handler));
            }

            int index = row < 0 ? -row : row;
            if (index <= 0 || index >= (int)Signal.Count)
            {
                throw new System.ArgumentOutOfRangeException("signal");
            }

            for (int i = 0; i < _rows; i++)
            {
                if (_signals[i] == row && _handlers[i] == handler)
                {
                    return;
                }
            }

            CloseUp();
            if (_rows == _signals.Length)
            {
                int[] signals = new int[_rows * 2];
                IEventHandler[] handlers = new IEventHandler[_rows * 2];
                Array.Copy(_signals, signals, _rows);
                Array.Copy(_handlers, handlers, _rows);
                _signals = signals;
                _handlers = handlers;
            }

            _signals[_rows] = row;
            _handlers[_rows] = handler;
            _rows++;
        }

        /// <summary>Removes a handler's subscription and observation of a signal; it gets no more of its events.</summary>
        public void Unsubscribe(Signal signal, IEventHandler handler)
        {
            int index = (int)signal;
            for (int i = 0; i < _rows; i++)
            {
                if (index != 0 && (_signals[i] == index || _signals[i] == -index) && _handlers[i] == handler)
                {
                    _signals[i] = 0;
                    _handlers[i] = null;
                    _cleared = true;
                }
            }

            CloseUp();
        }

        // Drops the cleared rows, keeping the order, unless an event is being handled (its loop holds row indexes).
        private void CloseUp()
        {
            if (!_cleared || _handling > 0)
            {
                return;
            }

            int kept = 0;
            for (int i = 0; i < _rows; i++)
            {
                if (_signals[i] != 0)
                {
                    _signals[kept] = _signals[i];
                    _handlers[kept] = _handlers[i];
                    kept++;
                }
            }

            for (int i = kept; i < _rows; i++)
            {
                _handlers[i] = null;
            }

            _rows = kept;
            _cleared = false;
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
            bool known = signal > 0 && signal < (int)Signal.Count;
            bool faulted = false;

            // Rows added while this event is handled do not get it; rows removed meanwhile no longer do.
            int rows = _rows;
            _handling++;
            try
            {
                if (e.Target != null)
                {
                    // An answer to one part (its timer, its exchange) goes to that part alone.
                    faulted = Deliver(e, e.Target);
                }
                else if (known)
                {
                    faulted = DeliverAll(e, signal, rows, null);
                }

                if (known)
                {
                    faulted = DeliverAll(e, -signal, rows, e.Target) || faulted;
                }
            }
            finally
            {
                _handling--;
            }

            CloseUp();

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

        // Delivers to the handler of each of the first rows of the signal but the one already served; true when one of
        // them faulted.
        private bool DeliverAll(Event e, int row, int rows, IEventHandler served)
        {
            bool faulted = false;
            for (int i = 0; i < rows; i++)
            {
                IEventHandler handler = _handlers[i];
                if (_signals[i] == row && handler != served && Deliver(e, handler))
                {
                    faulted = true;
                }
            }

            return faulted;
        }

        private bool Deliver(Event e, IEventHandler handler)
        {
            Exception caught = Invoke(handler, e);
            if (caught == null)
            {
                return false;
            }

            Report(e, handler, caught);
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
