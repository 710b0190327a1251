using Pos.Core.Localization;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Offline queue depth and the age of the oldest waiting item (queue items not yet delivered nor acknowledged, plus
    /// a pending reversal): FAIL when items are flagged (retries exhausted or expired: kept for a person to look at),
    /// WARN when the oldest waiting item is older than <see cref="DiagnosticThresholds.QueueAgeWarnMs"/>, else PASS.
    /// Ages are on the journal's monotonic clock (<see cref="Journal.TerminalTimeMs"/>): a wall-clock jump changes none.
    /// </summary>
    public sealed class OfflineQueueCheck : DiagnosticCheck
    {
        /// <summary>Creates the check.</summary>
        public OfflineQueueCheck()
            : base("offline_queue", TextKey.DiagOfflineQueue, CheckMode.Immediate)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            JournalState s = ctx.Journal.State;
            int waiting = 0;
            int flagged = 0;
            long oldest = long.MaxValue;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsLive)
                {
                    continue;
                }

                if (item.State == QueueItemState.Pending)
                {
                    waiting++;
                }
                else
                {
                    flagged++;
                }

                if (item.CreatedMonoMs < oldest)
                {
                    oldest = item.CreatedMonoMs;
                }
            }

            if (s.Reversal != null)
            {
                waiting++;
                if (s.Reversal.CreatedMonoMs < oldest)
                {
                    oldest = s.Reversal.CreatedMonoMs;
                }
            }

            int total = waiting + flagged;
            if (total == 0)
            {
                return CheckResult.Pass("empty");
            }

            long ageMs = ctx.Journal.AgeMs(oldest);
            string text = total.ToString() + (total == 1 ? " item" : " items") + ", oldest " + DiagnosticFormat.Age(ageMs);
            if (flagged > 0)
            {
                return Fail(text + ", " + flagged.ToString() + " flagged");
            }

            return ageMs > ctx.Thresholds.QueueAgeWarnMs ? Warn(text) : CheckResult.Pass(text);
        }
    }
}
