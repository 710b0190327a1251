using Pos.Core.Common;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The table that classifies a 0230 response code (<see cref="AdviceResponseClass"/>). Retryable codes are the
    /// ones reference/cups-pos.md §1.2 says to "retry later" for, i.e. trouble on the host's side, not a verdict on
    /// the sale (jPOS-EE SAF's retry-response-codes idea, §3.4).
    /// </summary>
    public static class AdviceResponseCodes
    {
        // Packed (PackedNames).
        private const string Retryable = "09|68|90|91|92|96|98";

        /// <summary>Classifies <paramref name="code"/>.</summary>
        public static AdviceResponseClass Classify(string code)
        {
            if (code == ResponseCodes.Approved)
            {
                return AdviceResponseClass.Delivered;
            }

            if (code == "94")
            {
                return AdviceResponseClass.Duplicate;
            }

            if (ResponseCodes.ForcesSignIn(code))
            {
                return AdviceResponseClass.SignIn;
            }

            return PackedNames.IndexOf(Retryable, code) >= 0 ? AdviceResponseClass.Retryable : AdviceResponseClass.Final;
        }
    }
}
