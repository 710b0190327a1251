using System.Collections;

namespace Pos.Core.Events
{
    /// <summary>
    /// Run-to-completion dispatch: takes events from the queue one at a time and hands each to the handlers
    /// subscribed to its signal, in subscription order. A handler that posts an event sees it handled after the
    /// current one has finished with every subscriber, never in the middle.
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

            ArrayList handlers = _subscribers[(int)e.Signal];
            if (handlers != null)
            {
                // A handler may unsubscribe while handling; iterate over a snapshot.
                object[] snapshot = handlers.ToArray();
                for (int i = 0; i < snapshot.Length; i++)
                {
                    ((IEventHandler)snapshot[i]).Handle(e);
                }
            }

            HandledCount++;
            DispatchedHandler dispatched = Dispatched;
            if (dispatched != null)
            {
                dispatched(e);
            }

            return true;
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
