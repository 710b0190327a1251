using System;
using nanoFramework.Hardware.Esp32;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The ESP32 clock behind the <see cref="IClock"/> seam. Uptime comes from the ESP-IDF high-resolution timer
    /// (microseconds since boot, never set, so it is monotonic); wall time is the system clock plus an offset that
    /// <see cref="SetUtc"/> adjusts, so setting the time never moves uptime and timers keep their deadlines.
    /// </summary>
    public sealed class Esp32Clock : IClock
    {
        private const ulong MicrosecondsPerMillisecond = 1000;

        private readonly object _gate = new object();
        private long _wallOffsetTicks;

        /// <inheritdoc />
        public long UptimeMs
        {
            get { return (long)(HighResTimer.GetCurrent() / MicrosecondsPerMillisecond); }
        }

        /// <inheritdoc />
        public DateTime UtcNow
        {
            get
            {
                long offset;
                lock (_gate)
                {
                    // Interlocked has no long overloads on nanoFramework 1.x; a lock keeps the 64-bit read whole.
                    offset = _wallOffsetTicks;
                }

                return DateTime.UtcNow.AddTicks(offset);
            }
        }

        /// <inheritdoc />
        /// <remarks>
        /// Only this clock moves; the system time (which TLS certificate checks read) is left alone. Setting the
        /// system time as well needs nanoFramework.Runtime.Native, which is not in the pinned package set yet.
        /// </remarks>
        public void SetUtc(DateTime utc)
        {
            long offset = utc.Ticks - DateTime.UtcNow.Ticks;
            lock (_gate)
            {
                _wallOffsetTicks = offset;
            }
        }
    }
}
