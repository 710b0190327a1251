namespace Pos.Core.Remote
{
    /// <summary>The topics of one terminal (docs/REMOTE.md "Topics"): <c>pos/&lt;tid&gt;/status|event|ack|cmd</c>.</summary>
    public sealed class RemoteTopics
    {
        /// <summary>The fixed prefix.</summary>
        public const string Prefix = "pos/";

        /// <summary>The topics of terminal <paramref name="terminalId"/>.</summary>
        public RemoteTopics(string terminalId)
        {
            string root = Prefix + terminalId + "/";
            Status = root + "status";
            Event = root + "event";
            Ack = root + "ack";
            Command = root + "cmd";
        }

        /// <summary>The retained status (and the will).</summary>
        public string Status { get; }

        /// <summary>Events.</summary>
        public string Event { get; }

        /// <summary>Command acknowledgements.</summary>
        public string Ack { get; }

        /// <summary>Signed commands (subscribed).</summary>
        public string Command { get; }
    }
}
