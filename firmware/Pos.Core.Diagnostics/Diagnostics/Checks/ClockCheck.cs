using System;
using Pos.Core.Audit;
using Pos.Core.Localization;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Clock sanity: FAIL when the year is before <see cref="DiagnosticThresholds.MinYear"/> (never set) or the
    /// clock reads earlier than the newest time recorded (the audit trail's entries, the journal's reports, queue
    /// items and reversal).
    /// </summary>
    public sealed class ClockCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public ClockCheck()
            : base("clock", TextKey.DiagClock, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            DateTime now = ctx.Clock.UtcNow;
            string text = DiagnosticFormat.DateTimeText(now);
            if (now.Year < ctx.Thresholds.MinYear)
            {
                return Fail(text + " not set");
            }

            if (now.Ticks < LatestRecordTicks(ctx.Journal.State, ctx.Audit))
            {
                return Fail(text + " before journal");
            }

            return CheckResult.Pass(text);
        }

        /// <summary>The newest UTC time (ticks) the journal and the audit trail hold, or 0.</summary>
        public static long LatestRecordTicks(JournalState s, AuditTrail audit)
        {
            long latest = audit.LatestTicks;

            for (int i = 0; i < s.DiagnosticsCount; i++)
            {
                latest = Max(latest, s.DiagnosticsAt(i).UtcTicks);
            }

            for (int i = 0; i < s.QueueCount; i++)
            {
                latest = Max(latest, s.QueueItemAt(i).CreatedUtcTicks);
            }

            if (s.Reversal != null)
            {
                latest = Max(latest, s.Reversal.CreatedUtcTicks);
            }

            return latest;
        }

        private static long Max(long a, long b)
        {
            return a > b ? a : b;
        }
    }
}
