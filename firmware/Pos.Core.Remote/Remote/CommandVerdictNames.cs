namespace Pos.Core.Remote
{
    /// <summary>The ack's <c>result</c> word of each <see cref="CommandVerdict"/> (enums print as numbers on the device).</summary>
    public static class CommandVerdictNames
    {
        // Indexed by the verdict's value.
        private static readonly string[] Names = new string[] { "ok", "busy", "invalid", "forged", "replayed", "wrong-terminal", "failed" };

        /// <summary>The word for <paramref name="verdict"/>.</summary>
        public static string Of(CommandVerdict verdict)
        {
            int i = (int)verdict;
            return i >= 0 && i < Names.Length ? Names[i] : "[" + i.ToString() + "]";
        }
    }
}
