using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The journal's monotonic clock (docs/STORAGE.md "The monotonic clock"): this boot's base, the latest time the
    /// records carried at boot, plus the clock seam's uptime; and this boot's number, one past the highest a record
    /// carries. Without a clock seam the time stands still within a boot.
    /// </summary>
    internal sealed class JournalClock
    {
        private readonly IClock _clock;
        private int _boot;
        private long _base;

        /// <summary>A clock on <paramref name="clock"/>'s uptime (null: standing still within a boot).</summary>
        public JournalClock(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>True when there is a clock seam: the time moves within a boot.</summary>
        public bool Runs => _clock != null;

        /// <summary>This boot's number.</summary>
        public int Boot => _boot;

        /// <summary>This boot's number as an item stores it (at most <see cref="QueueItem.MaxBoot"/>).</summary>
        public int StoredBoot => _boot > QueueItem.MaxBoot ? QueueItem.MaxBoot : _boot;

        /// <summary>Now, ms.</summary>
        public long NowMs => _base + (_clock == null ? 0 : _clock.UptimeMs);

        /// <summary>Starts a boot from the recovered state: its number and base.</summary>
        public void Start(JournalState state)
        {
            _boot = (int)state.MaxBoot + 1;
            _base = state.LastMonoMs;
        }

        /// <summary>How long ago <paramref name="monoMs"/> was (0 when not in the past).</summary>
        public long AgeMs(long monoMs)
        {
            long now = NowMs;
            return now > monoMs ? now - monoMs : 0;
        }

        /// <summary>The latest time on flash: the state's latest, or this boot's base.</summary>
        public long LastRecorded(JournalState state)
        {
            long last = state.LastMonoMs;
            return last > _base ? last : _base;
        }
    }
}
