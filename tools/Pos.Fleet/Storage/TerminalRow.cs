namespace Pos.Fleet.Storage
{
    /// <summary>A row of <c>terminals</c>: a terminal's latest status and when the console last heard from it.</summary>
    public sealed class TerminalRow : StatusFields
    {
        /// <summary>When the console last received a status (ms since 1970, console clock).</summary>
        public long LastSeenMs { get; set; }
    }
}
