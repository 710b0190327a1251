using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// What the transaction machine needs of the offline queue: its current count and total (for the offline
    /// policy) and a way to store one offline sale as an advice (0220, 60.1 = 30) that the forwarder uploads later.
    /// </summary>
    public interface IOfflineStore
    {
        /// <summary>Offline sales queued and not yet delivered.</summary>
        int QueuedCount { get; }

        /// <summary>Their total in fen.</summary>
        long QueuedTotalFen { get; }

        /// <summary>
        /// Stores one offline sale durably. <paramref name="advice"/> has <see cref="TransactionType.OfflineAdvice"/>,
        /// its own STAN, the batch, card data, amount, local time/date and the offline auth code. Returns false when it
        /// could not be stored (full, storage error); the sale is then declined.
        /// </summary>
        bool TryEnqueueAdvice(FinancialRequest advice);

        /// <summary>
        /// Reads the counts again from storage (after the machine abandoned a journal group that held an advice it
        /// had queued: the advice is gone).
        /// </summary>
        void Resync();
    }
}
