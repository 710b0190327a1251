namespace Pos.Fleet.Commands
{
    /// <summary>One parameter the <c>set</c> command may carry: its name on the wire and how it is written.</summary>
    public sealed class RemoteParameter
    {
        /// <summary>A parameter.</summary>
        public RemoteParameter(string name, ParameterKind kind, long max)
        {
            Name = name;
            Kind = kind;
            Max = max;
        }

        /// <summary>The name (<c>offline.limit</c>).</summary>
        public string Name { get; }

        /// <summary>How it is written.</summary>
        public ParameterKind Kind { get; }

        /// <summary>The largest number, or the longest text, the console lets through; the terminal checks its own limits.</summary>
        public long Max { get; }
    }
}
