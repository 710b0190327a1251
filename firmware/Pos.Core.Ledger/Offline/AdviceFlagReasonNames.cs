namespace Pos.Core.Offline
{
    /// <summary>Names of <see cref="AdviceFlagReason"/> values for logs and the audit (enum names do not exist on the device).</summary>
    public static class AdviceFlagReasonNames
    {
        /// <summary>Number of reason values (0 .. Count - 1).</summary>
        public const int Count = 7;

        /// <summary>The name ("Declined"), or the number in brackets.</summary>
        public static string Of(int reason)
        {
            switch (reason)
            {
                case (int)AdviceFlagReason.Unknown:
                    return "Unknown";
                case (int)AdviceFlagReason.Declined:
                    return "Declined";
                case (int)AdviceFlagReason.AttemptsUsed:
                    return "AttemptsUsed";
                case (int)AdviceFlagReason.Expired:
                    return "Expired";
                case (int)AdviceFlagReason.Unreadable:
                    return "Unreadable";
                case (int)AdviceFlagReason.DuplicateUnverified:
                    return "DuplicateUnverified";
                case (int)AdviceFlagReason.DuplicateMismatch:
                    return "DuplicateMismatch";
                default:
                    return "[" + reason.ToString() + "]";
            }
        }
    }
}
