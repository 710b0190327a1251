namespace Pos.Core.Offline
{
    /// <summary>What the forwarder's outcomes mean (the names are generated in ForwardResultNames.cs).</summary>
    public static partial class ForwardResultNames
    {
        /// <summary>True for the outcomes that mean the host has the item (delivered or 94).</summary>
        public static bool IsDelivered(ForwardResult result)
        {
            return result == ForwardResult.Delivered || result == ForwardResult.Duplicate;
        }
    }
}
