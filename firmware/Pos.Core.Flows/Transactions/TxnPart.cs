namespace Pos.Core.Transactions
{
    /// <summary>
    /// One flow of the transaction machine (Zephyr SMF's state handlers, grouped by flow): the entry and exit handlers
    /// of the states the state table gives it, and the actions the action table gives it. A flow never picks the next
    /// state: it works on the extended state (<see cref="TxnContext"/>) and raises completion triggers through it.
    /// </summary>
    internal abstract class TxnPart
    {
        /// <summary>The collaborators every flow shares.</summary>
        protected readonly TxnServices Svc;

        /// <summary>The extended state.</summary>
        protected readonly TxnContext Ctx;

        /// <summary>Creates the flow over the shared collaborators and the extended state.</summary>
        protected TxnPart(TxnServices services, TxnContext context)
        {
            Svc = services;
            Ctx = context;
        }

        /// <summary>Entry handler of a state this flow owns (after the table's screen and timeout).</summary>
        public virtual void Enter(TxnState state)
        {
        }

        /// <summary>Exit handler of a state this flow owns (after its timeout was disarmed), on the way to <paramref name="to"/>.</summary>
        public virtual void Exit(TxnState state, TxnState to)
        {
        }

        /// <summary>Runs one action the action table gives this flow.</summary>
        public abstract void Run(TxnAction action);
    }
}
