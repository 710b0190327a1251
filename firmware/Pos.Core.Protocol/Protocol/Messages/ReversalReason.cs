namespace Pos.Core.Protocol.Messages
{
    /// <summary>Field 39 of a reversal request: why the terminal reverses (reference/cups-pos.md §1.4).</summary>
    public static class ReversalReason
    {
        /// <summary>No reply within the time limit.</summary>
        public const string Timeout = "98";
        /// <summary>Approved, but the terminal could not complete (POS fault).</summary>
        public const string TerminalFault = "96";
        /// <summary>Approved, but the reply MAC failed to verify.</summary>
        public const string MacFailure = "A0";
        /// <summary>Any other cause.</summary>
        public const string Other = "06";

        /// <summary>True for the four reasons above.</summary>
        public static bool IsValid(string reason)
        {
            return reason == Timeout || reason == TerminalFault || reason == MacFailure || reason == Other;
        }
    }
}
