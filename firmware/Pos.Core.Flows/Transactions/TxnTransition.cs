namespace Pos.Core.Transactions
{
    /// <summary>
    /// One row of the transition table: in <see cref="From"/>, on <see cref="Trigger"/>, if <see cref="Guard"/>
    /// and <see cref="Guard2"/> hold, run <see cref="Action"/> and go to <see cref="To"/> (for rows going to Reversing, <see cref="Then"/>
    /// is where the flow resumes once the reversal is done). Rows are tried top to bottom; the first whose guard
    /// holds wins (Zephyr esmf style).
    /// </summary>
    public sealed class TxnTransition
    {
        /// <summary>Creates a row.</summary>
        public TxnTransition(TxnState from, TxnTrigger trigger, TxnGuard guard, TxnGuard guard2, TxnAction action, TxnState to, TxnState then)
        {
            From = from;
            Trigger = trigger;
            Guard = guard;
            Guard2 = guard2;
            Action = action;
            To = to;
            Then = then;
        }

        /// <summary>Source state.</summary>
        public TxnState From { get; }

        /// <summary>Trigger.</summary>
        public TxnTrigger Trigger { get; }

        /// <summary>Guard.</summary>
        public TxnGuard Guard { get; }

        /// <summary>Second guard (<see cref="TxnGuard.Always"/> when unused).</summary>
        public TxnGuard Guard2 { get; }

        /// <summary>Action.</summary>
        public TxnAction Action { get; }

        /// <summary>Target, or <see cref="TxnState.Stay"/> / <see cref="TxnState.Resume"/>.</summary>
        public TxnState To { get; }

        /// <summary>Where to resume after Reversing, or <see cref="TxnState.Stay"/> when unused.</summary>
        public TxnState Then { get; }
    }
}
