namespace Pos.Core.Audit
{
    /// <summary>
    /// The text of an <see cref="AuditEvent.Decline"/> entry, read by the "recent declines" self-test check: what was
    /// declined (never a clear PAN), then <see cref="Marker"/> and the two-character response code at the end.
    /// Examples: "sale 12.34 #000012 *1234 declined 51" (the transaction machine), "saf: 12345678/1/12 advice
    /// exhausted attempts=0 declined 51" (an offline advice).
    /// </summary>
    public static class DeclineAudit
    {
        /// <summary>What comes before the response code.</summary>
        public const string Marker = " declined ";

        /// <summary>The entry text for <paramref name="what"/> declined with <paramref name="code"/>.</summary>
        public static string Text(string what, string code)
        {
            return what + Marker + code;
        }

        /// <summary>The response code a decline entry ends with, or null when the text does not follow the convention.</summary>
        public static string CodeOf(string text)
        {
            if (text == null || text.Length < Marker.Length + 2)
            {
                return null;
            }

            int at = text.Length - 2 - Marker.Length;
            return text.Substring(at, Marker.Length) == Marker ? text.Substring(text.Length - 2) : null;
        }
    }
}
