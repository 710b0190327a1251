using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>One journal call of a crash workload and the model state once it is acknowledged.</summary>
    public sealed class WorkloadStep
    {
        public required string Name { get; init; }
        public required Action<Journal> Run { get; init; }
        public required JournalModel After { get; init; }
    }
}
