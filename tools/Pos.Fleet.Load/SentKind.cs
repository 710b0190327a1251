namespace Pos.Fleet.Load
{
    /// <summary>What a simulated terminal published.</summary>
    public enum SentKind
    {
        /// <summary>Its retained status (<c>pos/&lt;tid&gt;/status</c>).</summary>
        Status = 0,

        /// <summary>An event (<c>pos/&lt;tid&gt;/event</c>).</summary>
        Event = 1,
    }
}
