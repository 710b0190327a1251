namespace Pos.Core.Offline
{
    /// <summary>Names of <see cref="ForwardStopReason"/> values for logs and diagnostics (enum names do not exist on the device).</summary>
    public static class ForwardStopReasonNames
    {
        private static readonly string[] Names = new string[]
        {
            null, "Offline", "SignInRequired", "ReversalUnreadable", "ReversalStuck", "StorageFailed",
        };

        /// <summary>The name, or the number in brackets.</summary>
        public static string Of(ForwardStopReason reason)
        {
            int i = (int)reason;
            return i > 0 && i < Names.Length ? Names[i] : "[" + i.ToString() + "]";
        }
    }
}
