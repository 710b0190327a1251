using BenchmarkDotNet.Attributes;
using Pos.Bench.Workloads;

namespace Pos.Bench.Round
{
    /// <summary>
    /// The whole purchase round of SPEC "Numbers to hold", with the real parts: reserve the STAN and persist the
    /// pending reversal in the journal, PIN block under the PIK, build + CUPS ECB MAC + pack the 0200, unpack the
    /// 0210 + verify its MAC + read it, clear the reversal. The journal runs on the in-memory flash fake.
    /// The round itself is <see cref="PurchaseRound"/> (tools/Pos.Bench.Workloads, subset code), which the device
    /// bench runs on nanoCLR too ("device" command).
    /// </summary>
    [MemoryDiagnoser]
    public class PurchaseRoundBenchmarks
    {
        private readonly PurchaseRound _round = new();

        [GlobalSetup]
        public void Setup() => _round.Setup();

        /// <summary>One purchase round.</summary>
        [Benchmark]
        public bool PurchaseRound() => _round.Run();
    }
}
