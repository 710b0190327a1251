using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Paces the pending reversal sent from the idle screen: whether the attempt in flight is such a background one,
    /// the pause before the next attempt after a failure (doubling from the initial to the longest backoff), and when
    /// that pause ends on the uptime clock. A success or a clearing resets it.
    /// </summary>
    public sealed class IdleReversalSchedule
    {
        private readonly long _initialMs;
        private readonly long _maxMs;
        private readonly IClock _clock;
        private long _backoffMs;
        private long _retryAtMs;

        /// <summary>Creates the schedule: the first pause and the longest.</summary>
        public IdleReversalSchedule(long initialMs, long maxMs, IClock clock)
        {
            _initialMs = initialMs;
            _maxMs = maxMs;
            _clock = clock;
            _backoffMs = initialMs;
        }

        /// <summary>True while the reversal attempt in flight was started from idle (not before a transaction).</summary>
        public bool InFlight { get; set; }

        /// <summary>True once the pause after the last failure has ended.</summary>
        public bool PauseOver => _clock.UptimeMs >= _retryAtMs;

        /// <summary>An idle attempt failed with attempts left: the next waits the backoff (then doubled, capped). Returns the wait.</summary>
        public long BackOff()
        {
            long wait = _backoffMs;
            _retryAtMs = _clock.UptimeMs + wait;
            long next = wait * 2;
            _backoffMs = next > _maxMs ? _maxMs : next;
            InFlight = false;
            return wait;
        }

        /// <summary>The reversal went out (or was cleared): the next one starts from the first pause, at once.</summary>
        public void Reset()
        {
            _backoffMs = _initialMs;
            _retryAtMs = 0;
        }

        /// <summary>
        /// How long to wait before looking again (≤ 0: due now). While the host is not confirmed (the link monitor is
        /// still checking it), at least <paramref name="recheckMs"/>.
        /// </summary>
        public long WaitMs(bool hostConfirmed, long recheckMs)
        {
            long wait = _retryAtMs - _clock.UptimeMs;
            return !hostConfirmed && wait < recheckMs ? recheckMs : wait;
        }
    }
}
