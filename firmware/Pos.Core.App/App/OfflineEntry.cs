using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Core.Transactions;

namespace Pos.Core.App
{
    /// <summary>
    /// An offline sale's queued advice read back as a transaction-log entry: what the batch's log books once the host
    /// has it, and what its slip prints before then. The card data are unsealed with the journal's data key.
    /// </summary>
    public static class OfflineEntry
    {
        /// <summary>The entry of <paramref name="item"/>, or null when its stored request cannot be read.</summary>
        public static LoggedTransaction Read(Journal journal, QueueItem item)
        {
            byte[] payload = new byte[item.PayloadLength];
            int count = journal.ReadPayload(item, payload, 0);
            FinancialRequest sale = new FinancialRequest();
            string ignored;
            if (!RequestPayload.Read(payload, 0, count, journal.CardData, sale, out ignored))
            {
                return null;
            }

            LoggedTransaction t = LoggedTransaction.Of(sale, TransactionType.Purchase, item.Stan, item.Batch, null, sale.OriginalAuthCode, sale.LocalDate);
            t.Offline = true;
            t.Stamp = UtcStamps.Format(new System.DateTime(item.CreatedUtcTicks)); // when the sale was taken
            return t;
        }
    }
}
