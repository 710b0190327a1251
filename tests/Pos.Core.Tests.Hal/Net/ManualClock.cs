using System;
using Pos.Hal;

namespace Pos.Core.Tests.Hal.Net
{
    /// <summary>A clock the test moves by hand (the HAL tests do not reference the core's simulated clock).</summary>
    public sealed class ManualClock : IClock
    {
        private DateTime _utc = new DateTime(2026, 1, 5, 8, 0, 0);

        /// <inheritdoc />
        public long UptimeMs { get; private set; }

        /// <inheritdoc />
        public DateTime UtcNow => _utc;

        /// <inheritdoc />
        public void SetUtc(DateTime utc)
        {
            _utc = utc;
        }

        /// <summary>Lets <paramref name="ms"/> pass.</summary>
        public void Advance(long ms)
        {
            UptimeMs += ms;
            _utc = _utc.AddMilliseconds(ms);
        }
    }
}
