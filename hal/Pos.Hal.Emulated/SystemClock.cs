using System.Diagnostics;

namespace Pos.Hal.Emulated
{
    /// <summary>The PC's clock behind the <see cref="IClock"/> seam: monotonic uptime from a stopwatch, settable wall clock.</summary>
    public sealed class SystemClock : IClock
    {
        private readonly Stopwatch _uptime = Stopwatch.StartNew();
        private TimeSpan _wallOffset;

        /// <inheritdoc />
        public long UptimeMs => _uptime.ElapsedMilliseconds;

        /// <inheritdoc />
        public DateTime UtcNow => DateTime.UtcNow + _wallOffset;

        /// <inheritdoc />
        public void SetUtc(DateTime utc) => _wallOffset = utc - DateTime.UtcNow;
    }
}
