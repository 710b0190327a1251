using System.Collections;
using Pos.Core.Protocol.Messages;
using Pos.Core.Transactions;

namespace Pos.Core.Scenarios
{
    /// <summary>
    /// An in-memory <see cref="IOfflineStore"/> for scenarios and tests (the real one is the journal-backed offline
    /// queue). Keeps STAN and amount of each advice; <see cref="Capacity"/> refuses beyond it.
    /// </summary>
    public sealed class MemoryOfflineStore : IOfflineStore
    {
        private readonly ArrayList _stans = new ArrayList();
        private long _total;

        /// <summary>Most advices kept.</summary>
        public int Capacity { get; set; } = 100;

        /// <inheritdoc />
        public int QueuedCount => _stans.Count;

        /// <inheritdoc />
        public long QueuedTotalFen => _total;

        /// <summary>The STAN of the advice at <paramref name="index"/>.</summary>
        public int StanAt(int index)
        {
            return (int)_stans[index];
        }

        /// <inheritdoc />
        public bool TryEnqueueAdvice(FinancialRequest advice)
        {
            if (_stans.Count >= Capacity || advice.Type != TransactionType.OfflineAdvice)
            {
                return false;
            }

            _stans.Add(advice.Stan);
            _total += advice.AmountFen;
            return true;
        }
    }
}
