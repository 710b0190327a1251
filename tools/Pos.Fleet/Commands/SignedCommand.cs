namespace Pos.Fleet.Commands
{
    /// <summary>One command as sent: its terminal, seq, name, first line and the whole payload (line, LF, signature).</summary>
    public sealed class SignedCommand
    {
        /// <summary>A command.</summary>
        public SignedCommand(string tid, long seq, string cmd, string line, string payload)
        {
            Tid = tid;
            Seq = seq;
            Cmd = cmd;
            Line = line;
            Payload = payload;
        }

        /// <summary>The terminal.</summary>
        public string Tid { get; }

        /// <summary>The sequence number (ms since 1970, strictly increasing per terminal).</summary>
        public long Seq { get; }

        /// <summary>The command's name.</summary>
        public string Cmd { get; }

        /// <summary>The signed first line.</summary>
        public string Line { get; }

        /// <summary>What goes to <c>pos/&lt;tid&gt;/cmd</c>.</summary>
        public string Payload { get; }

        /// <summary>Whether it reached the broker; null until tried.</summary>
        public string? SendError { get; set; }
    }
}
