using Pos.Core.Common;

namespace Pos.Core.Protocol
{
    /// <summary>Names of <see cref="ProtocolErrorReason"/> values for logs (enums never format as text on the device).</summary>
    public static class ProtocolErrorReasons
    {
        // By value, packed (PackedNames).
        private const string Names = "unknown|truncated|length over max|bad BCD nibble|unknown field|secondary bitmap|bad format"
            + "|trailing bytes|bad TPDU|bad header|missing field|unexpected reply|buffer too small";

        /// <summary>The name of a reason.</summary>
        public static string Name(ProtocolErrorReason reason)
        {
            string name = PackedNames.At(Names, (int)reason);
            return name == null ? "unknown" : name;
        }
    }
}
