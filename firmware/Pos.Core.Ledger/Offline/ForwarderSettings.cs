namespace Pos.Core.Offline
{
    /// <summary>
    /// Parameters of the store-and-forward <see cref="Forwarder"/>: retry budgets, expiry, backoff and exchange
    /// timeouts. docs/LINK_AND_OFFLINE.md ("Store and forward") gives the reasons for each default.
    /// </summary>
    public sealed class ForwarderSettings
    {
        /// <summary>Creates settings with the defaults.</summary>
        public ForwarderSettings()
        {
            AdviceMaxAttempts = 9;
            ReversalMaxAttempts = 3;
            ExpiryAgeMs = 7L * 24 * 3600 * 1000;
            RetryInitialMs = 2000;
            RetryMaxMs = 60000;
            BackoffFactor = 2;
            BusyRetryMs = 500;
            ConnectTimeoutMs = 10000;
            ResponseTimeoutMs = 30000;
            WatchdogMarginMs = 5000;
        }

        /// <summary>Counted attempts of one advice before it is flagged exhausted (1–99): definite host answers that left it
        /// pending (an approval whose MAC fails, a sign-in code). Transport failures, unreadable replies and "try later"
        /// codes are not counted: they only back off.</summary>
        public int AdviceMaxAttempts { get; set; }

        /// <summary>The reversal budget of the transaction machine (<c>TransactionSettings.ReversalRetryCount</c>, 1–99): at it the forwarder stops waiting for the reversal (ReversalStuck).</summary>
        public int ReversalMaxAttempts { get; set; }

        /// <summary>An advice older than this on the journal's monotonic clock (powered-on time since it was queued, or
        /// since a person last retried it) is flagged expired instead of sent (1 h – 30 days). The wall clock is never
        /// used: sign-in and SNTP move it.</summary>
        public long ExpiryAgeMs { get; set; }

        /// <summary>Wait after the first failed attempt in a row (100 ms – 60 s).</summary>
        public long RetryInitialMs { get; set; }

        /// <summary>Cap of the backoff (RetryInitialMs – 1 h).</summary>
        public long RetryMaxMs { get; set; }

        /// <summary>Each further failure in a row multiplies the wait by this (1–10).</summary>
        public int BackoffFactor { get; set; }

        /// <summary>Poll interval while another part of the app holds the host exchange (50 ms – 10 s).</summary>
        public long BusyRetryMs { get; set; }

        /// <summary>Connect timeout passed to the exchange (1–60 s).</summary>
        public int ConnectTimeoutMs { get; set; }

        /// <summary>Response timeout passed to the exchange (1–120 s).</summary>
        public int ResponseTimeoutMs { get; set; }

        /// <summary>Extra time after connect + response timeouts before the forwarder gives up on a completion that
        /// never came (a broken seam), counting it as a timeout (0–60 s).</summary>
        public long WatchdogMarginMs { get; set; }

        /// <summary>The wait after <paramref name="failuresInARow"/> failures (1 or more): RetryInitialMs ×
        /// BackoffFactor^(failures − 1), capped at RetryMaxMs.</summary>
        public long BackoffMs(int failuresInARow)
        {
            long wait = RetryInitialMs;
            for (int i = 1; i < failuresInARow && wait < RetryMaxMs; i++)
            {
                wait *= BackoffFactor;
            }

            return wait < RetryMaxMs ? wait : RetryMaxMs;
        }

        /// <summary>Checks every setting; throws <see cref="ForwarderSettingsException"/> naming the first bad one.</summary>
        public void Validate()
        {
            Check("AdviceMaxAttempts", AdviceMaxAttempts, 1, 99);
            Check("ReversalMaxAttempts", ReversalMaxAttempts, 1, 99);
            Check("ExpiryAgeMs", ExpiryAgeMs, 3600L * 1000, 30L * 24 * 3600 * 1000);
            Check("RetryInitialMs", RetryInitialMs, 100, 60000);
            Check("RetryMaxMs", RetryMaxMs, RetryInitialMs, 3600L * 1000);
            Check("BackoffFactor", BackoffFactor, 1, 10);
            Check("BusyRetryMs", BusyRetryMs, 50, 10000);
            Check("ConnectTimeoutMs", ConnectTimeoutMs, 1000, 60000);
            Check("ResponseTimeoutMs", ResponseTimeoutMs, 1000, 120000);
            Check("WatchdogMarginMs", WatchdogMarginMs, 0, 60000);
        }

        /// <summary>A copy.</summary>
        public ForwarderSettings Clone()
        {
            ForwarderSettings c = new ForwarderSettings();
            c.AdviceMaxAttempts = AdviceMaxAttempts;
            c.ReversalMaxAttempts = ReversalMaxAttempts;
            c.ExpiryAgeMs = ExpiryAgeMs;
            c.RetryInitialMs = RetryInitialMs;
            c.RetryMaxMs = RetryMaxMs;
            c.BackoffFactor = BackoffFactor;
            c.BusyRetryMs = BusyRetryMs;
            c.ConnectTimeoutMs = ConnectTimeoutMs;
            c.ResponseTimeoutMs = ResponseTimeoutMs;
            c.WatchdogMarginMs = WatchdogMarginMs;
            return c;
        }

        private static void Check(string name, long value, long min, long max)
        {
            if (value < min || value > max)
            {
                throw new ForwarderSettingsException(name, "must be " + min.ToString() + ".." + max.ToString() + ", is " + value.ToString());
            }
        }
    }
}
