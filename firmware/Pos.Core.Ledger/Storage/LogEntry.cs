namespace Pos.Core.Storage
{
    /// <summary>One diagnostics report, or an audit entry of a journal written before the audit trail: a time and a text.</summary>
    public sealed class LogEntry
    {
        /// <summary>Creates an entry.</summary>
        public LogEntry(long utcTicks, string text)
        {
            UtcTicks = utcTicks;
            Text = text;
        }

        /// <summary>When, UTC ticks.</summary>
        public long UtcTicks { get; }

        /// <summary>What (never a key, a PIN or a full PAN).</summary>
        public string Text { get; }
    }
}
