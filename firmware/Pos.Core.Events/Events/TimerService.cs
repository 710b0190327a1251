using System.Collections;
using Pos.Hal;

namespace Pos.Core.Events
{
    /// <summary>
    /// Time events on the injected clock (QP's "time events"). A part arms a timer by id with itself as the owner; when
    /// it is due, a <see cref="Signal.TimerExpired"/> event carrying the id is posted to that owner alone
    /// (<see cref="Event.Target"/>). Nothing here reads a real clock, so tests
    /// drive hours of timeouts with a simulated one. Fixed number of slots: memory is known up front.
    /// An expiry already in the queue cannot be taken back: handlers check <see cref="IsCurrent"/> to ignore one
    /// whose timer was re-armed or disarmed after it was posted.
    /// </summary>
    public sealed class TimerService
    {
        private readonly IClock _clock;
        private readonly EventQueue _queue;
        private readonly int[] _ids;
        private readonly IEventHandler[] _owners;
        private readonly long[] _due;
        private readonly long[] _period;
        private readonly long[] _armOrder;
        private readonly bool[] _armed;
        private readonly long[] _armStamp;

        // Timer id → stamp of its latest arming or disarming. An expiry event carries the stamp of the arming that
        // produced it, so a handler can tell an expiry that was already queued when the timer was re-armed or
        // disarmed (stale) from a current one.
        private readonly Hashtable _lastChange = new Hashtable();
        private long _nextArmOrder;

        /// <summary>Creates a timer service with room for <paramref name="slots"/> armed timers.</summary>
        public TimerService(IClock clock, EventQueue queue, int slots)
        {
            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            if (queue == null)
            {
                throw new System.ArgumentNullException(nameof(queue));
            }

            if (slots < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(slots));
            }

            _clock = clock;
            _queue = queue;
            _ids = new int[slots];
            _owners = new IEventHandler[slots];
            _due = new long[slots];
            _period = new long[slots];
            _armOrder = new long[slots];
            _armed = new bool[slots];
            _armStamp = new long[slots];
        }

        /// <summary>Arms (or re-arms) a one-shot timer.</summary>
        /// <param name="owner">The part the expiry is posted to.</param>
        /// <param name="timerId">The id carried by the expiry event; one armed timer per id.</param>
        /// <param name="delayMs">Milliseconds from now; zero fires at the next <see cref="PostDue"/>.</param>
        public void Arm(IEventHandler owner, int timerId, long delayMs)
        {
            ArmPeriodic(owner, timerId, delayMs, 0);
        }

        /// <summary>Arms (or re-arms) a timer that fires after <paramref name="delayMs"/> and then every <paramref name="periodMs"/>.</summary>
        /// <remarks>A periodic timer that fell behind (time jumped) fires once and resumes one period from now; it never bursts.</remarks>
        public void ArmPeriodic(IEventHandler owner, int timerId, long delayMs, long periodMs)
        {
            if (owner == null)
            {
                throw new System.ArgumentNullException(nameof(owner));
            }

            if (delayMs < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(delayMs));
            }

            if (periodMs < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(periodMs));
            }

            int slot = FindSlot(timerId);
            if (slot < 0)
            {
                slot = FindFreeSlot();
                if (slot < 0)
                {
                    throw new System.InvalidOperationException("No free timer slot for timer " + timerId.ToString());
                }
            }

            _ids[slot] = timerId;
            _owners[slot] = owner;
            _due[slot] = _clock.UptimeMs + delayMs;
            _period[slot] = periodMs;
            _armOrder[slot] = _nextArmOrder++;
            _armStamp[slot] = _armOrder[slot];
            _armed[slot] = true;
            _lastChange[timerId] = _armStamp[slot];
        }

        /// <summary>Disarms a timer; nothing happens if it was not armed.</summary>
        public void Disarm(int timerId)
        {
            int slot = FindSlot(timerId);
            if (slot >= 0)
            {
                _armed[slot] = false;
            }

            _lastChange[timerId] = _nextArmOrder++;
        }

        /// <summary>
        /// True when <paramref name="e"/> is an expiry of the timer's current arming: false for an expiry that was
        /// already queued when the timer was re-armed or disarmed, which the handler should ignore.
        /// </summary>
        public bool IsCurrent(Event e)
        {
            if (e == null || e.Signal != Signal.TimerExpired || !(e.Data is long stamp))
            {
                return false;
            }

            object last = _lastChange[e.Param];
            return last != null && (long)last == stamp;
        }

        /// <summary>True when the timer is armed and has not fired yet (or is periodic).</summary>
        public bool IsArmed(int timerId)
        {
            return FindSlot(timerId) >= 0;
        }

        /// <summary>Milliseconds until the earliest armed timer is due: 0 if one is due now, -1 if none is armed.</summary>
        public long NextDueInMs()
        {
            long now = _clock.UptimeMs;
            long best = -1;
            for (int i = 0; i < _armed.Length; i++)
            {
                if (!_armed[i])
                {
                    continue;
                }

                long wait = _due[i] - now;
                if (wait < 0)
                {
                    wait = 0;
                }

                if (best < 0 || wait < best)
                {
                    best = wait;
                }
            }

            return best;
        }

        /// <summary>Posts an expiry event for every timer that is due, earliest first (ties in arming order).</summary>
        /// <returns>How many events were posted.</returns>
        public int PostDue()
        {
            long now = _clock.UptimeMs;
            int posted = 0;
            while (true)
            {
                int slot = EarliestDue(now);
                if (slot < 0)
                {
                    return posted;
                }

                int id = _ids[slot];
                long stamp = _armStamp[slot];
                if (_period[slot] > 0)
                {
                    long next = _due[slot] + _period[slot];
                    _due[slot] = next > now ? next : now + _period[slot];
                    _armOrder[slot] = _nextArmOrder++;
                }
                else
                {
                    _armed[slot] = false;
                }

                _queue.Post(new Event(Signal.TimerExpired, id, stamp, _owners[slot]));
                posted++;
            }
        }

        private int EarliestDue(long now)
        {
            int best = -1;
            for (int i = 0; i < _armed.Length; i++)
            {
                if (!_armed[i] || _due[i] > now)
                {
                    continue;
                }

                if (best < 0 || _due[i] < _due[best] || (_due[i] == _due[best] && _armOrder[i] < _armOrder[best]))
                {
                    best = i;
                }
            }

            return best;
        }

        private int FindSlot(int timerId)
        {
            for (int i = 0; i < _armed.Length; i++)
            {
                if (_armed[i] && _ids[i] == timerId)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FindFreeSlot()
        {
            for (int i = 0; i < _armed.Length; i++)
            {
                if (!_armed[i])
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
