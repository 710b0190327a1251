using System;

namespace Pos.Hal
{
    /// <summary>
    /// The clock seam. The core never reads a clock directly: tests drive a simulated one, so timeouts, retries and
    /// backoff run in simulated time.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot. Monotonic: never goes backward, not even when the wall clock is set.</summary>
        long UptimeMs { get; }

        /// <summary>Wall-clock time, UTC (nanoFramework has no local time).</summary>
        DateTime UtcNow { get; }

        /// <summary>Sets the wall clock, e.g. from the host time in the sign-in reply.</summary>
        void SetUtc(DateTime utc);
    }
}
