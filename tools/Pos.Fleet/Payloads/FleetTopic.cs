namespace Pos.Fleet.Payloads
{
    /// <summary>A topic of the contract, <c>pos/&lt;tid&gt;/status|event|ack|cmd</c>: parsed and formatted.</summary>
    public sealed class FleetTopic
    {
        /// <summary>The fixed first level.</summary>
        public const string Prefix = "pos";

        // Indexed by TopicKind.
        private static readonly string[] Names = { "status", "event", "ack", "cmd" };

        private FleetTopic(string tid, TopicKind kind)
        {
            Tid = tid;
            Kind = kind;
        }

        /// <summary>The terminal id (field 41).</summary>
        public string Tid { get; }

        /// <summary>Which topic of the terminal.</summary>
        public TopicKind Kind { get; }

        /// <summary>The subscription filter of one kind for every terminal (<c>pos/+/status</c>).</summary>
        public static string Filter(TopicKind kind) => Prefix + "/+/" + Names[(int)kind];

        /// <summary>The topic of one terminal (<c>pos/10000001/cmd</c>).</summary>
        public static string Of(string tid, TopicKind kind) => Prefix + "/" + tid + "/" + Names[(int)kind];

        /// <summary>
        /// A terminal id is 8 ASCII letters or digits (field 41): nothing that could be a topic level separator or
        /// wildcard, nothing to escape in a page or a URL.
        /// </summary>
        public static bool IsTerminalId(string? tid) => tid is { Length: 8 } && tid.All(char.IsAsciiLetterOrDigit);

        /// <summary>The topic's terminal and kind, or null for a topic outside the contract.</summary>
        public static FleetTopic? Parse(string topic)
        {
            string[] levels = topic.Split('/');
            if (levels.Length != 3 || levels[0] != Prefix || !IsTerminalId(levels[1]))
            {
                return null;
            }

            int kind = Array.IndexOf(Names, levels[2]);
            return kind < 0 ? null : new FleetTopic(levels[1], (TopicKind)kind);
        }
    }
}
