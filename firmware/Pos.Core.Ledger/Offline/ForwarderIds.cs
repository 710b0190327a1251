namespace Pos.Core.Offline
{
    /// <summary>
    /// The ids the forwarder uses: <c>TimerService</c> timers in the 5000 block, and host exchange ids
    /// <see cref="ExchangeIdBase"/> + 0..999999 so its exchange outcomes are told apart from other parts' exchanges.
    /// </summary>
    public static class ForwarderIds
    {
        /// <summary>Time to try the next send (after a backoff, or while the exchange was busy).</summary>
        public const int RetryTimer = 5001;

        /// <summary>The exchange in flight has not completed within connect + response timeout + margin.</summary>
        public const int WatchdogTimer = 5002;

        /// <summary>First exchange id of the forwarder.</summary>
        public const int ExchangeIdBase = 50000000;

        /// <summary>True when the exchange id is one of the forwarder's.</summary>
        public static bool IsForwarderExchange(int exchangeId)
        {
            return exchangeId >= ExchangeIdBase && exchangeId < ExchangeIdBase + 1000000;
        }
    }
}
