namespace Pos.Fleet.Commands
{
    /// <summary>The commands of docs/REMOTE.md (field <c>cmd</c>).</summary>
    public static class CommandNames
    {
        /// <summary>Run the self-test, or one check (<c>check</c>).</summary>
        public const string SelfTest = "selftest";

        /// <summary>Send the audit trail's newest entries (<c>count</c> 1–50).</summary>
        public const string Log = "log";

        /// <summary>Set parameters, all or none (<see cref="RemoteParameters"/>).</summary>
        public const string Set = "set";

        /// <summary>Show a message to the cashier (<c>text</c>, <c>secs</c>).</summary>
        public const string Message = "message";

        /// <summary>A firmware update is available (<c>version</c>, <c>note</c>).</summary>
        public const string Firmware = "firmware";

        /// <summary>Every command, in the order the terminal page shows them.</summary>
        public static readonly string[] All = { SelfTest, Log, Set, Message, Firmware };
    }
}
