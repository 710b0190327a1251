namespace Pos.Core.Protocol.Messages
{
    /// <summary>The few field-39 codes the protocol layer acts on; meanings and texts live in the catalog.</summary>
    public static class ResponseCodes
    {
        /// <summary>Approved.</summary>
        public const string Approved = "00";

        /// <summary>True for the reversal replies that mean "reversal done": 00, 12, 25.</summary>
        public static bool IsReversalComplete(string code)
        {
            return code == "00" || code == "12" || code == "25";
        }

        /// <summary>True for the codes that force a new sign-in: 77, 99, A0.</summary>
        public static bool ForcesSignIn(string code)
        {
            return code == "77" || code == "99" || code == "A0";
        }
    }
}
