using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The transaction machine's <see cref="IOfflineStore"/> over the real <see cref="OfflineQueue"/> (journal queue
    /// items, forwarded by the <see cref="Forwarder"/>). The queue reads the journal when it is created, so the
    /// <see cref="Terminal"/> attaches it after the journal's recovery; before that the store is empty and refuses.
    /// Counts are the policy's (undelivered advices, flagged ones included).
    /// </summary>
    public sealed class OfflineQueueStore : IOfflineStore
    {
        private readonly IClock _clock;
        private OfflineQueue _queue;

        /// <summary>Creates the adapter; <see cref="Attach"/> gives it the queue.</summary>
        public OfflineQueueStore(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>The queue, or null before <see cref="Attach"/>.</summary>
        public OfflineQueue Queue => _queue;

        /// <summary>Attaches the queue (after the journal was opened).</summary>
        public void Attach(OfflineQueue queue)
        {
            _queue = queue;
        }

        /// <inheritdoc />
        public int QueuedCount => _queue == null ? 0 : _queue.PolicyCount;

        /// <inheritdoc />
        public long QueuedTotalFen => _queue == null ? 0 : _queue.PolicyTotalFen;

        /// <inheritdoc />
        public bool TryEnqueueAdvice(FinancialRequest advice)
        {
            if (_queue == null)
            {
                return false;
            }

            try
            {
                _queue.EnqueueReservedAdvice(advice, _clock.UtcNow.Ticks);
                return true;
            }
            catch (JournalException)
            {
                return false; // full, read-only: declined as queue full
            }
            catch (System.ArgumentException)
            {
                return false;
            }
        }

        /// <inheritdoc />
        public void Resync()
        {
            if (_queue != null)
            {
                _queue.Refresh();
            }
        }
    }
}
