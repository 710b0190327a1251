using BenchmarkDotNet.Attributes;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Bench.Storage
{
    /// <summary>
    /// Time and allocation of the journal's hot paths on the fake storage.
    /// Run: dotnet run -c Release --project tools/Pos.Bench -- --filter *JournalBenchmarks*
    /// </summary>
    [MemoryDiagnoser]
    public class JournalBenchmarks
    {
        private readonly byte[] _payload = new byte[200];
        private SimulatedStorage _full = null!;
        private Journal _journal = null!;

        [GlobalSetup]
        public void Setup()
        {
            _full = new SimulatedStorage(256 * 1024);
            StorageFigures.FillQueue(_full);
            _journal = new Journal(new SimulatedStorage(1L << 40));
            _journal.Open();
        }

        /// <summary>One queued transaction: reserve a STAN, enqueue, one attempt, delivered.</summary>
        [Benchmark]
        public void QueueOneTransaction()
        {
            if (_journal.State.StansUsedInBatch >= JournalState.MaxCounter)
            {
                _journal.OpenNextBatch(); // BenchmarkDotNet runs millions of transactions
            }

            int stan = _journal.ReserveStan();
            QueueItem item = _journal.Enqueue(QueueItemKind.Advice, "12345678", _journal.State.BatchNumber, stan, 0, _payload, 0, _payload.Length);
            _journal.RecordAttempt(item);
            _journal.MarkDelivered(item);
        }

        /// <summary>Boot-time recovery of a journal with a full queue.</summary>
        [Benchmark]
        public RecoveryReport RecoverFullQueue() => new Journal(_full).Open();
    }
}
