namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The audit-log convention for declines, read by the "recent declines" check: the text starts with
    /// <see cref="Prefix"/> ("DECLINE "), then the two-character response code, then optionally a space and free text
    /// (never a clear PAN). Example: "DECLINE 51 STAN 000123".
    /// </summary>
    public static class DeclineAudit
    {
        /// <summary>The prefix of a decline entry.</summary>
        public const string Prefix = "DECLINE ";

        /// <summary>The audit text for a decline with <paramref name="code"/> and optional <paramref name="note"/>.</summary>
        public static string Text(string code, string note)
        {
            return note == null || note.Length == 0 ? Prefix + code : Prefix + code + " " + note;
        }

        /// <summary>The response code of a decline entry, or null when the text is not one.</summary>
        public static string CodeOf(string text)
        {
            if (text == null || text.Length < Prefix.Length + 2 || !text.StartsWith(Prefix))
            {
                return null;
            }

            if (text.Length > Prefix.Length + 2 && text[Prefix.Length + 2] != ' ')
            {
                return null;
            }

            return text.Substring(Prefix.Length, 2);
        }
    }
}
