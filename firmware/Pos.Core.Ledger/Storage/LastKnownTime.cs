using System;
using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// Keeps a lower bound of the wall-clock time in the journal and puts it back at boot when the clock restarted in the
    /// past. An ESP32 without a battery-backed RTC restarts in 1970 after a power cut; mbedTLS then refuses every
    /// certificate as not yet valid, and the sign-in reply that would set the clock travels over that TLS link. The
    /// restored time is late by the time the power was off, which certificate and offline checks tolerate; the next
    /// sign-in or SNTP answer corrects it.
    /// <para>Written when the clock is seen to be set (a jump of more than a minute from what uptime predicts) and
    /// otherwise at most once per <see cref="RecordEveryMs"/>, so the flash sees about one small record an hour.</para>
    /// </summary>
    public sealed class LastKnownTime
    {
        /// <summary>The journal setting: UTC ticks, decimal.</summary>
        public const string SettingKey = "clock.last";

        /// <summary>The longest wait between two records while the clock runs normally.</summary>
        public const long RecordEveryMs = 3600000;

        /// <summary>A difference from the uptime's prediction larger than this means somebody set the clock.</summary>
        public const long SetThresholdMs = 60000;

        private readonly Journal _journal;
        private readonly IClock _clock;
        private long _stored;
        private long _recordedAtMs = long.MinValue;
        private long _seenTicks;
        private long _seenAtMs;

        /// <summary>Creates the keeper over an opened journal and the clock seam.</summary>
        public LastKnownTime(Journal journal, IClock clock)
        {
            if (journal == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            if (clock == null)
            {
                throw new ArgumentNullException(nameof(clock));
            }

            _journal = journal;
            _clock = clock;
        }

        /// <summary>The stored lower bound (UTC ticks; 0 when none is stored or it is unreadable).</summary>
        public long StoredTicks => _stored;

        /// <summary>
        /// At boot, after the journal is open: when the clock reads earlier than the stored time, sets it to the stored
        /// time. Returns true when it did.
        /// </summary>
        public bool Restore()
        {
            _stored = Parse(_journal.State.GetSetting(SettingKey));
            bool restored = false;
            if (_stored > 0 && _clock.UtcNow.Ticks < _stored)
            {
                _clock.SetUtc(new DateTime(_stored));
                restored = true;
            }

            Observe();
            return restored;
        }

        /// <summary>
        /// Called now and then (each dispatcher round is fine: it costs two clock reads): records the time when the clock
        /// was set or an hour has passed, if it is later than the stored one. Returns true when it wrote.
        /// </summary>
        public bool Tick()
        {
            long now = _clock.UtcNow.Ticks;
            long uptime = _clock.UptimeMs;
            long predicted = _seenTicks + ((uptime - _seenAtMs) * TimeSpan.TicksPerMillisecond);
            long drift = now - predicted;
            bool set = drift > SetThresholdMs * TimeSpan.TicksPerMillisecond || drift < -SetThresholdMs * TimeSpan.TicksPerMillisecond;
            _seenTicks = now;
            _seenAtMs = uptime;
            bool due = _recordedAtMs == long.MinValue || uptime - _recordedAtMs >= RecordEveryMs;
            if ((!set && !due) || now <= _stored)
            {
                return false;
            }

            try
            {
                _journal.SetSetting(SettingKey, now.ToString());
            }
            catch (JournalException)
            {
                return false; // a read-only or full journal: the next round tries again
            }
            catch (StorageException)
            {
                return false;
            }

            _stored = now;
            _recordedAtMs = uptime;
            return true;
        }

        private void Observe()
        {
            _seenTicks = _clock.UtcNow.Ticks;
            _seenAtMs = _clock.UptimeMs;
        }

        // Digits only, as written by Tick; anything else counts as none (a damaged setting never moves the clock).
        private static long Parse(string text)
        {
            if (text == null || text.Length == 0 || text.Length > 19)
            {
                return 0;
            }

            long value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9' || value > (long.MaxValue - 9) / 10)
                {
                    return 0;
                }

                value = (value * 10) + (c - '0');
            }

            // Only a plausible time: the device's DateTime covers 1601–3000, and a terminal never ran before 2020.
            return value < EarliestPlausibleTicks || value > LatestTicks ? 0 : value;
        }

        // 2020-01-01T00:00:00Z and 2999-12-31T00:00:00Z in ticks (the latter within the device's range).
        private const long EarliestPlausibleTicks = 637134336000000000;
        private const long LatestTicks = 946391904000000000;
    }
}
