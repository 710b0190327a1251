using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Ui.Menus;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// An excerpt of the audit trail, oldest first: the head (title, merchant, terminal), the chain's status as the
    /// audit view shows it, then each entry's number, local time and operator with the event's label, and its text in
    /// full (the trail masks card numbers when it writes them and never holds a key); the range printed closes it.
    /// </summary>
    public static class AuditSlips
    {
        /// <summary>
        /// Fills <paramref name="slip"/> (empty) with <paramref name="count"/> entries from position
        /// <paramref name="first"/> (0: the oldest kept; the last N: <c>trail.Count - N</c>).
        /// </summary>
        public static void Build(Slip slip, AuditTrail trail, int first, int count, SlipTerminal terminal, int locale)
        {
            SlipParts.Head(slip, terminal, locale, TextKey.UiSlipAuditTitle, -1, false, -1);
            slip.Paragraph(string.Empty, AuditLabels.Chain(locale, trail));
            slip.Rule();
            if (first < 0)
            {
                first = 0;
            }

            int shown = 0;
            long from = 0;
            long to = 0;
            if (first < trail.Count)
            {
                AuditCursor cursor = trail.Read(first);
                AuditEntry e = new AuditEntry();
                while (shown < count && cursor.Next(e))
                {
                    from = shown == 0 ? e.Sequence : from;
                    to = e.Sequence;
                    shown++;
                    slip.Pair("#" + e.Sequence.ToString() + " " + SlipParts.Local(new DateTime(e.UtcTicks), terminal.UtcOffsetMinutes) + " "
                        + Operators.Label(e.Operator), AuditLabels.Event(locale, e.Event));
                    if (e.Text.Length > 0)
                    {
                        slip.Paragraph("  ", e.Text);
                    }
                }
            }

            if (shown == 0)
            {
                slip.Left(Catalog.Get(locale, TextKey.UiAuditNone));
                return;
            }

            slip.Rule();
            SlipParts.Pair(slip, locale, TextKey.UiSlipEntries, "#" + from.ToString() + "-#" + to.ToString());
        }
    }
}
