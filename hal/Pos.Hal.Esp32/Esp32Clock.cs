using System;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The ESP32 clock behind the <see cref="IClock"/> seam. Uptime comes from the ESP-IDF high-resolution timer
    /// (microseconds since boot, never set, so it is monotonic); wall time is the system clock plus an offset that
    /// <see cref="SetUtc"/> adjusts, so setting the time never moves uptime and timers keep their deadlines.
    /// <para><see cref="SetUtc"/> also sets the system time (<c>Rtc.SetSystemTime</c>, whole seconds) so TLS certificate
    /// checks and the native SNTP service see the right date; the offset then only carries the sub-second rest. Should
    /// the firmware refuse, the offset carries all of it.</para>
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
        public void SetUtc(DateTime utc)
        {
            try
            {
                Rtc.SetSystemTime(utc);
            }
            catch (Exception)
            {
                // A target without RTC support: the offset below still gives the right wall time.
            }

            long offset = utc.Ticks - DateTime.UtcNow.Ticks;
            lock (_gate)
            {
                _wallOffsetTicks = offset;
            }
        }
    }
}
