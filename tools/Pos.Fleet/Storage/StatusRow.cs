namespace Pos.Fleet.Storage
{
    /// <summary>A row of <c>status_history</c>.</summary>
    public sealed class StatusRow : StatusFields
    {
        /// <summary>When the console received it (ms since 1970).</summary>
        public long ReceivedMs { get; set; }

        /// <summary>From its time to when the console stored it, ms (live statuses only).</summary>
        public long? LagMs { get; set; }
    }
}
