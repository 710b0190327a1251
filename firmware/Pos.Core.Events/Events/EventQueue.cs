namespace Pos.Core.Events
{
    /// <summary>
    /// A bounded first-in first-out queue of events. Any thread may post (board interrupts, the socket worker);
    /// only the dispatcher takes. Fixed capacity so memory use is known up front; a full queue refuses the event and
    /// counts it, so an overload is visible in diagnostics instead of eating the heap.
    /// </summary>
    public sealed class EventQueue
    {
        private readonly Event[] _ring;
        private readonly object _gate = new object();
        private int _head;
        private int _count;
        private int _dropped;
        private int _highWater;

        /// <summary>Creates a queue holding at most <paramref name="capacity"/> events.</summary>
        public EventQueue(int capacity)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacity));
            }

            _ring = new Event[capacity];
        }

        /// <summary>Raised after an event has been posted, so a waiting loop can wake up. Runs on the posting thread.</summary>
        public event PostedHandler Posted;

        /// <summary>Maximum number of queued events.</summary>
        public int Capacity => _ring.Length;

        /// <summary>Number of events waiting.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _count;
                }
            }
        }

        /// <summary>Events refused because the queue was full, since start.</summary>
        public int Dropped
        {
            get
            {
                lock (_gate)
                {
                    return _dropped;
                }
            }
        }

        /// <summary>The most events ever waiting at once.</summary>
        public int HighWater
        {
            get
            {
                lock (_gate)
                {
                    return _highWater;
                }
            }
        }

        /// <summary>Adds an event at the back.</summary>
        /// <returns>False when the queue was full and the event was dropped.</returns>
        public bool Post(Event e)
        {
            if (e == null)
            {
                throw new System.ArgumentNullException(nameof(e));
            }

            lock (_gate)
            {
                if (_count == _ring.Length)
                {
                    _dropped++;
                    return false;
                }

                _ring[(_head + _count) % _ring.Length] = e;
                _count++;
                if (_count > _highWater)
                {
                    _highWater = _count;
                }
            }

            PostedHandler posted = Posted;
            if (posted != null)
            {
                posted();
            }

            return true;
        }

        /// <summary>Takes the event at the front.</summary>
        /// <returns>The event, or null when the queue is empty.</returns>
        public Event TryTake()
        {
            lock (_gate)
            {
                if (_count == 0)
                {
                    return null;
                }

                Event e = _ring[_head];
                _ring[_head] = null;
                _head = (_head + 1) % _ring.Length;
                _count--;
                return e;
            }
        }
    }
}
