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

        public ModelItem Clone() => (ModelItem)MemberwiseClone();
    }
}
