using System;
using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// A clock that moves only when told to. Used by the shared tests (on the host and on the device) and by
    /// scenario runs, so that hours of timeouts and backoff take no real time and every run is reproducible.
    /// </summary>
    public sealed class SimulatedClock : IClock
    {
        private long _uptimeMs;
        private DateTime _wallAtZeroUptime;

        /// <summary>Creates a clock at uptime 0 whose wall clock reads <paramref name="startUtc"/>.</summary>
        public SimulatedClock(DateTime startUtc)
        {
            _wallAtZeroUptime = startUtc;
        }

        /// <inheritdoc />
        public long UptimeMs => _uptimeMs;

        /// <inheritdoc />
        public DateTime UtcNow => _wallAtZeroUptime.AddTicks(_uptimeMs * TimeSpan.TicksPerMillisecond);

        /// <inheritdoc />
        public void SetUtc(DateTime utc)
        {
            _wallAtZeroUptime = utc.AddTicks(-_uptimeMs * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>
        /// A power cycle as the board has it: the uptime starts again at 0 and the wall clock keeps going (an RTC).
        /// Anything that read the uptime before (timers) must be built anew, as after a real reboot.
        /// </summary>
        public void Restart()
        {
            _wallAtZeroUptime = UtcNow;
            _uptimeMs = 0;
        }

        /// <summary>Moves time forward.</summary>
        /// <param name="milliseconds">How far; must not be negative (uptime is monotonic).</param>
        public void Advance(long milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds));
            }

            _uptimeMs += milliseconds;
        }
    }
}
