namespace Pos.Core.Transactions
{
    /// <summary>Timer ids of the transaction machine (block 6000–6099 of the application's timer ids).</summary>
    public static class TransactionTimerIds
    {
        /// <summary>The current state's timeout (idle/amount entry, card, PIN entry, result display).</summary>
        public const int StateTimeout = 6001;

        /// <summary>Watchdog over a host exchange: connect + response timeouts + a margin, in case the seam never reports.</summary>
        public const int ExchangeWatchdog = 6002;

        /// <summary>True for the ids of this block.</summary>
        public static bool IsTransactionTimer(int timerId)
        {
            return timerId >= 6000 && timerId <= 6099;
        }
    }
}
