namespace Pos.Fleet.Storage
{
    /// <summary>A row of <c>commands</c>: one command sent and its acknowledgement.</summary>
    public sealed class CommandRow
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>The command's seq.</summary>
        public long Seq { get; set; }

        /// <summary>The command's name.</summary>
        public string Cmd { get; set; } = string.Empty;

        /// <summary>The signed first line; null for an ack of a command another console sent.</summary>
        public string? Line { get; set; }

        /// <summary>When it was sent (ms since 1970).</summary>
        public long? SentMs { get; set; }

        /// <summary>Why it did not reach the broker, or null.</summary>
        public string? SendError { get; set; }

        /// <summary>The ack's result, null until it came.</summary>
        public string? AckResult { get; set; }

        /// <summary>The ack's reason.</summary>
        public string? AckReason { get; set; }

        /// <summary>The ack's time (terminal clock).</summary>
        public string? AckAt { get; set; }

        /// <summary>When the console received the ack.</summary>
        public long? AckMs { get; set; }
    }
}
