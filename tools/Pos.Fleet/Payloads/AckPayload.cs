namespace Pos.Fleet.Payloads
{
    /// <summary>The result of one command (<c>pos/&lt;tid&gt;/ack</c>), matched to the command by <see cref="Seq"/>.</summary>
    public sealed class AckPayload
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>The terminal's clock when sent.</summary>
        public string? At { get; init; }

        /// <summary>The command's sequence number.</summary>
        public long Seq { get; init; }

        /// <summary>The command's name.</summary>
        public string? Cmd { get; init; }

        /// <summary>ok, busy, invalid, forged, replayed, wrong-terminal.</summary>
        public string Result { get; init; } = string.Empty;

        /// <summary>Why, for invalid.</summary>
        public string? Reason { get; init; }
    }
}
