using System;
using Pos.Core.Simulation;
using Pos.Hal;

namespace Pos.Core.Tests.App
{
    /// <summary>A simulated clock whose wall time can fail (an RTC read error): a seam that throws into the core.</summary>
    public sealed class FlakyClock : IClock
    {
        /// <summary>The time underneath.</summary>
        public SimulatedClock Inner { get; } = new SimulatedClock(new DateTime(2026, 1, 5, 8, 0, 0));

        /// <summary>While true, reading the wall time throws.</summary>
        public bool Broken { get; set; }

        /// <inheritdoc />
        public long UptimeMs => Inner.UptimeMs;

        /// <inheritdoc />
        public DateTime UtcNow
        {
            get
            {
                if (Broken)
                {
                    throw new InvalidOperationException("RTC read failed");
                }

                return Inner.UtcNow;
            }
        }

        /// <inheritdoc />
        public void SetUtc(DateTime utc)
        {
            Inner.SetUtc(utc);
        }
    }
}
