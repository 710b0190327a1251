namespace Pos.Core.Offline
{
    /// <summary>Names of <see cref="ForwardResult"/> values for logs and diagnostics.</summary>
    public static class ForwardResultNames
    {
        private static readonly string[] Names = new string[]
        {
            null, "Delivered", "Duplicate", "Declined", "Exhausted", "Expired", "ReversalDone", "ReversalExhausted", "Unreadable", "DuplicateUnverified",
        };

        /// <summary>The name, or the number in brackets.</summary>
        public static string Of(ForwardResult result)
        {
            int i = (int)result;
            return i > 0 && i < Names.Length ? Names[i] : "[" + i.ToString() + "]";
        }

        /// <summary>True for the outcomes that mean the host has the item (delivered or 94).</summary>
        public static bool IsDelivered(ForwardResult result)
        {
            return result == ForwardResult.Delivered || result == ForwardResult.Duplicate;
        }
    }
}
