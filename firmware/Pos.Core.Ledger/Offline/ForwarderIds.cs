namespace Pos.Core.Offline
{
    /// <summary>
    /// The ids the forwarder uses: its <c>TimerService</c> timers, and host exchange ids <see cref="ExchangeIdBase"/> +
    /// 0..999999, apart from the channel's own so the seam's completions match the exchange in flight. Its timers and
    /// its exchanges' outcomes are addressed to it; the ids only tell its own apart.
    /// </summary>
    public static class ForwarderIds
    {
        /// <summary>Time to try the next send (after a backoff, or while the exchange was busy).</summary>
        public const int RetryTimer = 5001;

        /// <summary>The exchange in flight has not completed within connect + response timeout + margin.</summary>
        public const int WatchdogTimer = 5002;

        /// <summary>First exchange id of the forwarder.</summary>
        public const int ExchangeIdBase = 50000000;
    }
}
