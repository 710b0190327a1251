namespace Pos.Core.Events
{
    /// <summary>
    /// One event: a signal plus a small integer parameter and an optional payload, and, for an answer to one part (a
    /// timer it armed, an exchange it sent), that part as its <see cref="Target"/>: the dispatcher hands it to that part
    /// alone (and to the signal's observers), so no part filters others' answers by id. Immutable once posted, so the
    /// poster (any thread) and the dispatcher never share mutable state.
    /// </summary>
    public sealed class Event
    {
        /// <summary>Creates an event for every subscriber of its signal.</summary>
        public Event(Signal signal, int param, object data)
            : this(signal, param, data, null)
        {
        }

        /// <summary>Creates an event for one part (<paramref name="target"/>; null: every subscriber).</summary>
        public Event(Signal signal, int param, object data, IEventHandler target)
        {
            Signal = signal;
            Param = param;
            Data = data;
            Target = target;
        }

        /// <summary>Creates an event without parameter or payload.</summary>
        public Event(Signal signal)
            : this(signal, 0, null)
        {
        }

        /// <summary>What happened.</summary>
        public Signal Signal { get; }

        /// <summary>A small parameter whose meaning depends on the signal (a key, a timer id, a reason code).</summary>
        public int Param { get; }

        /// <summary>An optional payload whose type depends on the signal.</summary>
        public object Data { get; }

        /// <summary>The one part this event answers (null: every subscriber of the signal).</summary>
        public IEventHandler Target { get; }

        /// <summary>A readable form for traces: "Name(param)".</summary>
        public string Describe()
        {
            return SignalNames.Of(Signal) + "(" + Param.ToString() + ")";
        }
    }
}
