namespace Pos.Core.Events
{
    /// <summary>
    /// One event: a signal plus a small integer parameter and an optional payload. Immutable once posted, so the
    /// poster (any thread) and the dispatcher never share mutable state.
    /// </summary>
    public sealed class Event
    {
        /// <summary>Creates an event.</summary>
        public Event(Signal signal, int param, object data)
        {
            Signal = signal;
            Param = param;
            Data = data;
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

        /// <summary>A readable form for traces: "Name(param)".</summary>
        public string Describe()
        {
            return SignalNames.Of(Signal) + "(" + Param.ToString() + ")";
        }
    }
}
