namespace Pos.Core.Transactions
{
    /// <summary>Timer ids of the transaction machine (unique among the application's timer ids; their expiries are posted to the machine alone).</summary>
    public static class TransactionTimerIds
    {
        /// <summary>The current state's timeout (idle/amount entry, card, PIN entry, result display).</summary>
        public const int StateTimeout = 6001;

        /// <summary>Watchdog over a host exchange: connect + response timeouts + a margin, in case the seam never reports.</summary>
        public const int ExchangeWatchdog = 6002;

        /// <summary>A request's connect budget (<see cref="TransactionSettings.ConnectTimeoutMs"/>): still waiting for the exchange in flight then, it is taken back unsent.</summary>
        public const int ConnectDeadline = 6003;

        /// <summary>The next attempt of the pending reversal from the idle screen (backoff, or a link that is still being confirmed).</summary>
        public const int ReversalRetry = 6004;
    }
}
