using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// Writes the whole audit trail to the serial log, oldest entry first, streamed from the flash:
    /// <c>audit: export 2025-03-01T09:41:07Z, chain intact, 1234 entries</c> (or <c>chain BROKEN at #812 (Hash)</c>),
    /// one <c>audit: #812 2025-03-01T09:40:00Z 98 KEY LOAD started</c> per entry, then <c>audit: export end, 1234
    /// entries</c>. The texts are the entries' own (masked PANs and check values only).
    /// </summary>
    public static class AuditExport
    {
        /// <summary>Prefix of every serial-log line.</summary>
        public const string LogPrefix = "audit: ";

        /// <summary>Writes the export; returns the entries written.</summary>
        public static int Write(AuditTrail trail, DateTime now, ISerialLog log)
        {
            log.WriteLine(LogPrefix + "export " + DiagnosticFormat.Timestamp(now) + ", " + ChainText(trail) + ", " + trail.Count.ToString() + " entries");
            AuditCursor cursor = trail.ReadAll();
            AuditEntry entry = new AuditEntry();
            int written = 0;
            while (cursor.Next(entry))
            {
                log.WriteLine(LogPrefix + Line(entry));
                written++;
            }

            log.WriteLine(LogPrefix + "export end, " + written.ToString() + " entries");
            return written;
        }

        /// <summary>"#812 2025-03-01T09:40:00Z 98 KEY LOAD started".</summary>
        public static string Line(AuditEntry entry)
        {
            return "#" + entry.Sequence.ToString() + " " + DiagnosticFormat.Timestamp(new DateTime(entry.UtcTicks)) + " "
                + Operators.Label(entry.Operator) + " " + AuditEventNames.Of(entry.Event) + (entry.Text.Length == 0 ? string.Empty : " " + entry.Text);
        }

        /// <summary>"chain intact", "chain intact, broken earlier at #812", "chain BROKEN at #812 (Hash)" or "unreadable".</summary>
        public static string ChainText(AuditTrail trail)
        {
            switch (trail.Status)
            {
                case AuditStatus.Intact:
                    return trail.MarkedBreak > 0 ? "chain intact, broken earlier at #" + trail.MarkedBreak.ToString() : "chain intact";
                case AuditStatus.Broken:
                    return "chain BROKEN at #" + trail.BreakAt.ToString() + " (" + AuditBreakNames.Of(trail.Break) + ")";
                default:
                    return "unreadable";
            }
        }
    }
}
