namespace Pos.Fleet.Storage
{
    /// <summary>One status' offline queue depth.</summary>
    public sealed class QueuePoint
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; set; } = string.Empty;

        /// <summary>Advices waiting.</summary>
        public long Queue { get; set; }

        /// <summary>When received (ms since 1970).</summary>
        public long ReceivedMs { get; set; }
    }
}
