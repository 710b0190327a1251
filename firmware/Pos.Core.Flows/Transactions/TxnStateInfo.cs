namespace Pos.Core.Transactions
{
    /// <summary>
    /// One row of the state table (Zephyr SMF habit; made on demand by <see cref="TransactionTable.State"/>, the table
    /// itself is arrays): the state, its name, the screen its entry shows (empty when the
    /// entry action picks it, as for Result) and which timeout its entry arms.
    /// </summary>
    public sealed class TxnStateInfo
    {
        /// <summary>
        /// The screen of a state whose entry action picks it (Result). A literal, not <c>string.Empty</c>: the state
        /// table is built in a static initializer, where nanoCLR may not have initialised <c>string.Empty</c> yet (NF1019).
        /// </summary>
        public const string ScreenByEntry = "";

        /// <summary>No state timer.</summary>
        public const int NoTimeout = 0;
        /// <summary><see cref="TransactionSettings.IdleTimeoutMs"/>.</summary>
        public const int IdleTimeout = 1;
        /// <summary><see cref="TransactionSettings.PinEntryTimeoutMs"/>.</summary>
        public const int PinTimeout = 2;
        /// <summary><see cref="TransactionSettings.ResultDisplayMs"/>.</summary>
        public const int ResultTimeout = 3;
        /// <summary>The exchange watchdog (connect + response + margin), armed when the request is sent.</summary>
        public const int ExchangeTimeout = 4;

        /// <summary>Creates a row.</summary>
        public TxnStateInfo(TxnState state, string screen, int timeout, TxnPartId part)
        {
            State = state;
            Screen = screen;
            Timeout = timeout;
            Part = part;
        }

        /// <summary>The flow whose entry and exit handlers run for this state.</summary>
        public TxnPartId Part { get; }

        /// <summary>The state.</summary>
        public TxnState State { get; }

        /// <summary>Its name for traces and docs (generated from the enum: <see cref="TxnNames"/>).</summary>
        public string Name
        {
            get { return TxnNames.Of(State); }
        }

        /// <summary>The screen id shown on entry.</summary>
        public string Screen { get; }

        /// <summary>Which timeout the entry arms (constants above).</summary>
        public int Timeout { get; }
    }
}
