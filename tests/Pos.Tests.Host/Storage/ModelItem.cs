namespace Pos.Tests.Host.Storage
{
    /// <summary>An undelivered queue item as the crash-test oracle expects it.</summary>
    public sealed class ModelItem
    {
        public required int Batch { get; init; }
        public required int Stan { get; init; }
        public required int Kind { get; init; }
        public required uint PayloadCrc { get; init; }
        public required int PayloadSeed { get; init; }
        public int State { get; set; }
        public int Attempts { get; set; }
        public int Reason { get; set; }
        public string Code { get; set; } = "";

        /// <summary>The item's time on the journal's monotonic clock once acknowledged (-1 while unknown).</summary>
        public long Mono { get; set; } = -1;

        public ModelItem Clone() => (ModelItem)MemberwiseClone();
    }
}
