namespace Pos.Core.Protocol
{
    /// <summary>Names of <see cref="ProtocolErrorReason"/> values for logs (enums never format as text on the device).</summary>
    public static class ProtocolErrorReasons
    {
        private static readonly string[] Names = new string[]
        {
            "unknown", "truncated", "length over max", "bad BCD nibble", "unknown field", "secondary bitmap",
            "bad format", "trailing bytes", "bad TPDU", "bad header", "missing field", "unexpected reply",
            "buffer too small",
        };

        /// <summary>The name of a reason.</summary>
        public static string Name(ProtocolErrorReason reason)
        {
            int index = (int)reason;
            return index > 0 && index < Names.Length ? Names[index] : Names[0];
        }
    }
}
