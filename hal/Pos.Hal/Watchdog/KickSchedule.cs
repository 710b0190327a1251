namespace Pos.Hal.Watchdog
{
    /// <summary>
    /// When the main loop pulses an external watchdog IC. The loop asks <see cref="Due"/> on every turn; a pulse at
    /// most every <see cref="IntervalMs"/> keeps the pin quiet and the IC fed. Because only the loop asks, a loop that
    /// stops turning — stuck in managed code, or frozen with every managed thread by a native call — stops the
    /// pulses, and the IC resets the board once its own period passes. Not thread-safe: the main loop only.
    /// </summary>
    public sealed class KickSchedule
    {
        private readonly long _intervalMs;
        private long _lastKickMs;
        private bool _kicked;

        /// <summary>Creates the schedule; <paramref name="intervalMs"/> below 1 pulses on every turn.</summary>
        public KickSchedule(long intervalMs)
        {
            _intervalMs = intervalMs < 1 ? 0 : intervalMs;
        }

        /// <summary>The least time between two pulses.</summary>
        public long IntervalMs
        {
            get { return _intervalMs; }
        }

        /// <summary>Pulses sent so far.</summary>
        public int Kicks { get; private set; }

        /// <summary>True (and counted as sent) when a pulse is due at <paramref name="nowMs"/> of uptime.</summary>
        public bool Due(long nowMs)
        {
            if (_kicked && nowMs - _lastKickMs < _intervalMs)
            {
                return false;
            }

            _kicked = true;
            _lastKickMs = nowMs;
            Kicks++;
            return true;
        }
    }
}
