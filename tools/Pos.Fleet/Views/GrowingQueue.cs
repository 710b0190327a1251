namespace Pos.Fleet.Views
{
    /// <summary>A terminal of the growing-queue view: the queue depths of its newest statuses, oldest first.</summary>
    public sealed class GrowingQueue
    {
        /// <summary>The terminal id.</summary>
        public string Tid { get; init; } = string.Empty;

        /// <summary>The depths.</summary>
        public IReadOnlyList<long> Depths { get; init; } = Array.Empty<long>();
    }
}
