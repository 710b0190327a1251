namespace Pos.Fleet.Payloads
{
    /// <summary>The last level of a topic <c>pos/&lt;tid&gt;/…</c>.</summary>
    public enum TopicKind
    {
        /// <summary><c>status</c>: the terminal's state now (retained).</summary>
        Status,

        /// <summary><c>event</c>: one thing that happened.</summary>
        Event,

        /// <summary><c>ack</c>: the result of one command.</summary>
        Ack,

        /// <summary><c>cmd</c>: a signed command to the terminal.</summary>
        Command,
    }
}
