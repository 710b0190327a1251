using Pos.Core.Audit;
using Pos.Core.Common;

namespace Pos.Core.Simulation
{
    /// <summary>Test helpers that read an <see cref="AuditTrail"/> back: the newest text, every entry as one string.</summary>
    public static class AuditTexts
    {
        /// <summary>The newest entry's text, or "" when the trail is empty.</summary>
        public static string Newest(AuditTrail trail)
        {
            AuditEntry entry = new AuditEntry();
            return trail.ReadNewest(entry) ? entry.Text : string.Empty;
        }

        /// <summary>The text of the entry at <paramref name="position"/> (0: the oldest kept), or "".</summary>
        public static string At(AuditTrail trail, int position)
        {
            AuditEntry entry = new AuditEntry();
            return trail.Read(position).Next(entry) ? entry.Text : string.Empty;
        }

        /// <summary>Every entry, oldest first, as "#seq op EVENT text|".</summary>
        public static string Dump(AuditTrail trail)
        {
            AuditCursor cursor = trail.Read(0);
            AuditEntry e = new AuditEntry();
            string text = string.Empty;
            while (cursor.Next(e))
            {
                text = text + "#" + e.Sequence.ToString() + " " + Operators.Label(e.Operator) + " " + AuditEventNames.Of(e.Event) + " " + e.Text + "|";
            }

            return text;
        }

        /// <summary>True when an entry's text is <paramref name="text"/>.</summary>
        public static bool Has(AuditTrail trail, string text)
        {
            AuditCursor cursor = trail.Read(0);
            AuditEntry e = new AuditEntry();
            while (cursor.Next(e))
            {
                if (e.Text == text)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when an entry of operator <paramref name="operatorNumber"/> has the text <paramref name="text"/>.</summary>
        public static bool Has(AuditTrail trail, int operatorNumber, string text)
        {
            AuditCursor cursor = trail.Read(0);
            AuditEntry e = new AuditEntry();
            while (cursor.Next(e))
            {
                if (e.Operator == operatorNumber && e.Text == text)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
