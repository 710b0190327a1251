namespace Pos.Core.Remote
{
    /// <summary>A remote command whose signature checked out (<see cref="SignedCommand.Open"/>): its sequence number, name and fields.</summary>
    public sealed class RemoteCommand
    {
        /// <summary>A command read from its verified body.</summary>
        public RemoteCommand(long sequence, string name, string sentAt, JsonFields fields)
        {
            Sequence = sequence;
            Name = name;
            SentAt = sentAt;
            Fields = fields;
        }

        /// <summary>The console's sequence number (must be above the last one accepted).</summary>
        public long Sequence { get; }

        /// <summary>The command (<c>selftest</c>, <c>log</c>, <c>set</c>, <c>message</c>, <c>firmware</c>).</summary>
        public string Name { get; }

        /// <summary>When the console sent it (its own clock, as text; informative).</summary>
        public string SentAt { get; }

        /// <summary>All fields of the body, the arguments among them.</summary>
        public JsonFields Fields { get; }

        /// <summary>An argument's value, or null.</summary>
        public string Arg(string name)
        {
            return Fields.Get(name);
        }
    }
}
