using Pos.Core.Audit;
using Pos.Core.Localization;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The audit trail in the reader's words, for the technician menu's view (<see cref="AuditView"/>) and the printed
    /// excerpt: an event's label, and the chain's status ("Chain intact, 1234 entries", "Chain BROKEN at #812: edited
    /// entry", "1234 entries; broken earlier at #812", "Audit trail unreadable").
    /// </summary>
    public static class AuditLabels
    {
        // The event labels by AuditEvent, and the reasons by AuditBreak (0: none).
        private static readonly int[] EventKeys = new int[]
        {
            TextKey.UiAuditEvent0, TextKey.UiAuditEvent1, TextKey.UiAuditEvent2, TextKey.UiAuditEvent3,
            TextKey.UiAuditEvent4, TextKey.UiAuditEvent5, TextKey.UiAuditEvent6, TextKey.UiAuditEvent7,
            TextKey.UiAuditEvent8, TextKey.UiAuditEvent9, TextKey.UiAuditEvent10, TextKey.UiAuditEvent11,
            TextKey.UiAuditEvent12, TextKey.UiAuditEvent13, TextKey.UiAuditEvent14, TextKey.UiAuditEvent15,
            TextKey.UiAuditEvent16,
        };

        private static readonly int[] ReasonKeys = new int[]
        {
            TextKey.UiAuditReason1, TextKey.UiAuditReason1, TextKey.UiAuditReason2, TextKey.UiAuditReason3, TextKey.UiAuditReason4,
        };

        /// <summary>The event's label (its number for a kind this firmware does not know).</summary>
        public static string Event(int locale, AuditEvent kind)
        {
            int k = (int)kind;
            return k >= 0 && k < EventKeys.Length ? Catalog.Get(locale, EventKeys[k]) : "[" + k.ToString() + "]";
        }

        /// <summary>The chain's status with the entry count.</summary>
        public static string Chain(int locale, AuditTrail trail)
        {
            string count = trail.Count.ToString();
            if (trail.Status == AuditStatus.Broken)
            {
                int reason = (int)trail.Break;
                return TextFormat.Fill(Catalog.Get(locale, TextKey.UiAuditBroken), trail.BreakAt.ToString(),
                    Catalog.Get(locale, ReasonKeys[reason < ReasonKeys.Length ? reason : 0]));
            }

            if (trail.Status != AuditStatus.Intact)
            {
                return Catalog.Get(locale, TextKey.UiAuditUnreadable);
            }

            return trail.MarkedBreak == 0 ? TextFormat.Fill(Catalog.Get(locale, TextKey.UiAuditIntact), count)
                : TextFormat.Fill(Catalog.Get(locale, TextKey.UiAuditEarlier), count, trail.MarkedBreak.ToString());
        }
    }
}
