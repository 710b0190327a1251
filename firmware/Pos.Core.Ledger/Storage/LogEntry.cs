namespace Pos.Core.Storage
{
    /// <summary>One audit log entry or diagnostics report: a time and a text.</summary>
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
