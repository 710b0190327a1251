using Pos.Core.Common;

namespace Pos.Core.Remote
{
    /// <summary>The ack's <c>result</c> word of each <see cref="CommandVerdict"/> (enums print as numbers on the device).</summary>
    public static class CommandVerdictNames
    {
        // Indexed by the verdict's value, packed (PackedNames).
        private const string Names = "ok|busy|invalid|forged|replayed|wrong-terminal|failed";

        /// <summary>The word for <paramref name="verdict"/>.</summary>
        public static string Of(CommandVerdict verdict)
        {
            int i = (int)verdict;
            string name = PackedNames.At(Names, i);
            return name != null ? name : "[" + i.ToString() + "]";
        }
    }
}
