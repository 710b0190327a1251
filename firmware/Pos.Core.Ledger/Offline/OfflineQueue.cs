using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The store-and-forward queue, as a view over the <see cref="Journal"/>: offline advices are journal queue items
    /// (id TID + batch + STAN, payload = <see cref="RequestPayload"/>); the pending reversal is the journal's
    /// reversal record (same payload format), sent by the transaction machine before any advice. Keeps the amounts of the undelivered advices in RAM (read once at
    /// <see cref="Refresh"/>) so the policy and the status bar get counts and totals without touching storage.
    /// Flagged items (exhausted, expired) stay in the journal and are listed for review (<see cref="FlaggedAt"/>) until
    /// a person retries or acknowledges them (<see cref="Review"/>, audited in the <see cref="AuditTrail"/>); nothing is
    /// dropped here. Ages come from
    /// the journal's monotonic clock, never from the wall clock. Not thread-safe: used from the dispatcher.
    /// </summary>
    public sealed class OfflineQueue
    {
        private readonly Journal _journal;
        private readonly AuditTrail _audit;
        private readonly string _tid;
        private readonly EventQueue _events;
        private byte[] _buffer = new byte[512];

        // Amounts of undelivered advices, by journal item number (ascending: numbers only grow).
        private uint[] _numbers = new uint[16];
        private long[] _amounts = new long[16];
        private int _known;

        private int _pendingCount;
        private long _pendingTotal;
        private int _flaggedCount;
        private int _flaggedAdviceCount;
        private long _flaggedTotal;

        /// <summary>Creates the view; call after <see cref="Journal.Open"/>. Reads every undelivered payload once.</summary>
        /// <param name="journal">The opened journal.</param>
        /// <param name="audit">The opened audit trail: reviews and declined advices are recorded there.</param>
        /// <param name="terminalId">The TID (field 41) that prefixes every item id.</param>
        /// <param name="events">Where <see cref="Signal.OfflineQueueChanged"/> is posted on changes; may be null.</param>
        public OfflineQueue(Journal journal, AuditTrail audit, string terminalId, EventQueue events)
        {
            if (journal == null || audit == null)
            {
                throw new System.ArgumentNullException(nameof(journal));
            }

            if (terminalId == null || terminalId.Length == 0)
            {
                throw new System.ArgumentException("terminal id", nameof(terminalId));
            }

            _journal = journal;
            _audit = audit;
            _tid = terminalId;
            _events = events;
            Refresh();
        }

        /// <summary>The journal underneath.</summary>
        public Journal Journal => _journal;

        /// <summary>The audit trail the queue's reviews and declines are recorded in.</summary>
        public AuditTrail Audit => _audit;

        /// <summary>The terminal id of the items.</summary>
        public string TerminalId => _tid;

        /// <summary>Advices waiting to be forwarded.</summary>
        public int PendingCount => _pendingCount;

        /// <summary>Total of the advices waiting to be forwarded, fen.</summary>
        public long PendingTotalFen => _pendingTotal;

        /// <summary>Flagged items (exhausted or expired advices and reversals, not acknowledged), kept for review.</summary>
        public int FlaggedCount => _flaggedCount;

        /// <summary>True when a reversal is pending (it is forwarded before any advice).</summary>
        public bool HasReversal => _journal.State.Reversal != null;

        /// <summary>What the status bar shows: pending advices plus the pending reversal.</summary>
        public int ToForwardCount => _pendingCount + (HasReversal ? 1 : 0);

        /// <summary>
        /// The count the offline policy checks: advices not delivered, flagged ones included (they are still the
        /// merchant's open risk and still occupy the journal's queue capacity) until a person acknowledges them.
        /// </summary>
        public int PolicyCount => _pendingCount + _flaggedAdviceCount;

        /// <summary>The total the offline policy checks (undelivered advices, flagged included unless acknowledged), fen.</summary>
        public long PolicyTotalFen => _pendingTotal + _flaggedTotal;

        /// <summary>Decides a sale under <paramref name="policy"/> with this queue's count and total.</summary>
        public OfflineDecision Decide(OfflinePolicy policy, OfflineTransactionKind kind, long amountFen, EntryMode entryMode, bool pinEntered)
        {
            if (policy == null)
            {
                throw new System.ArgumentNullException(nameof(policy));
            }

            return policy.Decide(kind, amountFen, entryMode, pinEntered, PolicyCount, PolicyTotalFen);
        }

        /// <summary>
        /// Queues an offline sale accepted by the policy as an advice (0220, 60.1 = 30). Reserves a new STAN from the
        /// journal and uses the current batch: both are written into <paramref name="sale"/> (the receipt shows them).
        /// Durable when it returns.
        /// </summary>
        /// <param name="sale">The sale: amount, card fields, 12/13 local time and date, 38 offline auth code. Its type
        /// becomes <see cref="TransactionType.OfflineAdvice"/>. Must carry no PIN block.</param>
        /// <param name="createdUtcTicks">When it was taken (the clock seam's UTC), shown only: expiry and ages use the
        /// journal's monotonic clock, which stamps the item too.</param>
        /// <returns>The journal item (its id is TID + batch + STAN).</returns>
        /// <exception cref="JournalException">Queue full, STANs exhausted, journal read-only.</exception>
        public QueueItem EnqueueAdvice(FinancialRequest sale, long createdUtcTicks)
        {
            return Enqueue(sale, createdUtcTicks, true);
        }

        /// <summary>
        /// Like <see cref="EnqueueAdvice"/>, but keeps the STAN the caller already reserved from the journal
        /// (<paramref name="sale"/>.Stan, shown on the offline approval); the batch is the current one.
        /// </summary>
        public QueueItem EnqueueReservedAdvice(FinancialRequest sale, long createdUtcTicks)
        {
            return Enqueue(sale, createdUtcTicks, false);
        }

        private QueueItem Enqueue(FinancialRequest sale, long createdUtcTicks, bool reserveStan)
        {
            if (sale == null)
            {
                throw new System.ArgumentNullException(nameof(sale));
            }

            if (sale.Type != TransactionType.Purchase && sale.Type != TransactionType.OfflineAdvice)
            {
                throw new System.ArgumentException("only purchases are taken offline", nameof(sale));
            }

            if (sale.PinBlock != null)
            {
                throw new System.ArgumentException("a PIN block is never stored", nameof(sale));
            }

            if (sale.EntryMode == null || sale.AmountFen <= 0)
            {
                throw new System.ArgumentException("entry mode and a positive amount", nameof(sale));
            }

            TransactionType type = sale.Type;
            int stan = reserveStan ? _journal.ReserveStan() : sale.Stan;
            sale.Type = TransactionType.OfflineAdvice;
            sale.Stan = stan;
            sale.Batch = _journal.State.BatchNumber;
            int length;
            try
            {
                length = RequestPayload.Write(sale, null, _journal.CardData, _buffer, 0);
            }
            catch (System.ArgumentException)
            {
                sale.Type = type;
                throw;
            }

            QueueItem item = _journal.Enqueue(QueueItemKind.Advice, _tid, sale.Batch, stan, createdUtcTicks, _buffer, 0, length);
            Remember(item.Number, sale.AmountFen);
            Changed();
            return item;
        }

        /// <summary>The next item to forward after the reversal: the oldest pending advice, or null.</summary>
        public QueueItem NextPendingAdvice()
        {
            JournalState s = _journal.State;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.State == QueueItemState.Pending && item.Kind == QueueItemKind.Advice)
                {
                    return item;
                }
            }

            return null;
        }

        /// <summary>The amount of an undelivered advice (from RAM), or 0 when unknown.</summary>
        public long AmountOf(QueueItem item)
        {
            int i = IndexOf(item.Number);
            return i < 0 ? 0 : _amounts[i];
        }

        /// <summary>Age of the oldest undelivered item (reversal, pending or flagged), ms on the journal's monotonic
        /// clock (a wall-clock jump changes nothing); 0 when there is none.</summary>
        public long OldestAgeMs()
        {
            long oldest = long.MaxValue;
            PendingReversal r = _journal.State.Reversal;
            if (r != null)
            {
                oldest = r.CreatedMonoMs;
            }

            JournalState s = _journal.State;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.IsLive && item.CreatedMonoMs < oldest)
                {
                    oldest = item.CreatedMonoMs;
                }
            }

            return oldest == long.MaxValue ? 0 : _journal.AgeMs(oldest);
        }

        /// <summary>Age of an item for its expiry, ms on the monotonic clock: since it was queued or last retried by a person.</summary>
        public long ExpiryAgeMs(QueueItem item)
        {
            return _journal.AgeMs(item.ExpiryFromMs);
        }

        /// <summary>The flagged items (exhausted or expired, not acknowledged), oldest first, for review.</summary>
        public QueueItem[] FlaggedItems()
        {
            JournalState s = _journal.State;
            int n = 0;
            for (int i = 0; i < s.QueueCount; i++)
            {
                if (s.QueueItemAt(i).IsFlagged)
                {
                    n++;
                }
            }

            QueueItem[] items = new QueueItem[n];
            n = 0;
            for (int i = 0; i < s.QueueCount; i++)
            {
                if (s.QueueItemAt(i).IsFlagged)
                {
                    items[n++] = s.QueueItemAt(i);
                }
            }

            return items;
        }

        /// <summary>
        /// The flagged item number <paramref name="index"/> (0 = oldest) as the technician sees it: amount and masked
        /// card read from its stored request, the host's code, the reason, its id and age; null when out of range.
        /// </summary>
        public FlaggedAdvice FlaggedAt(int index)
        {
            JournalState s = _journal.State;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsFlagged)
                {
                    continue;
                }

                if (index-- == 0)
                {
                    return View(item);
                }
            }

            return null;
        }

        /// <summary>The review form of a flagged (or any live) item; reads its stored request once.</summary>
        public FlaggedAdvice View(QueueItem item)
        {
            FlaggedAdvice view = new FlaggedAdvice();
            view.Item = item;
            view.Stan = item.Stan;
            view.Batch = item.Batch;
            view.Reason = item.FlagReason;
            view.Code = item.FlagCode == null ? "" : item.FlagCode;
            view.Attempts = item.Attempts;
            view.AgeMs = _journal.AgeMs(item.CreatedMonoMs);
            view.MaskedPan = "";
            if (_buffer.Length < item.PayloadLength)
            {
                _buffer = new byte[item.PayloadLength];
            }

            int n = _journal.ReadPayload(item, _buffer, 0);
            FinancialRequest sale = new FinancialRequest();
            string ignored;
            if (RequestPayload.Read(_buffer, 0, n, _journal.CardData, sale, out ignored))
            {
                view.AmountFen = sale.AmountFen;
                view.MaskedPan = PanMask.Mask(sale.Pan);
            }

            // The stored request holds the card number: wipe the copy.
            for (int i = 0; i < n; i++)
            {
                _buffer[i] = 0;
            }

            return view;
        }

        /// <summary>
        /// A person's decision on a flagged item (the technician's), then its audit trail entry (masked card, amount,
        /// code, reason; the journal record carries the same text): retry (pending again, attempts 0, expiry counted
        /// from now) or acknowledge (it stops counting against the policy caps and the capacity, is never sent, and
        /// leaves the journal at the next compaction).
        /// </summary>
        /// <param name="item">A flagged item.</param>
        /// <param name="acknowledge">True to acknowledge, false to retry.</param>
        /// <param name="utcTicks">The wall clock for the audit entry (shown only).</param>
        /// <exception cref="JournalException">Not flagged, or the journal refused the write.</exception>
        public void Review(QueueItem item, bool acknowledge, long utcTicks)
        {
            if (item == null)
            {
                throw new System.ArgumentNullException(nameof(item));
            }

            FlaggedAdvice view = View(item);
            string text = (acknowledge ? "saf: acknowledged " : "saf: retry ") + view.AuditText();
            _journal.Review(item, acknowledge, utcTicks, text);
            _audit.Append(utcTicks, Operators.Technician, AuditEvent.OfflineReview, text);
            Changed();
        }

        /// <summary>A diagnostics line: "TID/batch/STAN kind state attempts=N" (no card data).</summary>
        public static string Describe(QueueItem item)
        {
            string kind = item.Kind == QueueItemKind.Reversal ? "reversal" : "advice";
            string state = item.State == QueueItemState.Pending ? "pending"
                : item.State == QueueItemState.Delivered ? "delivered"
                : item.State == QueueItemState.Exhausted ? "exhausted"
                : item.State == QueueItemState.Expired ? "expired" : "acknowledged";
            return item.Tid + "/" + item.Batch.ToString() + "/" + item.Stan.ToString() + " " + kind + " " + state
                + " attempts=" + item.Attempts.ToString();
        }

        /// <summary>
        /// Rebuilds the counts and totals from the journal, reading every undelivered advice payload (at boot, and
        /// after anything changed the journal behind this view).
        /// </summary>
        public void Refresh()
        {
            _known = 0;
            JournalState s = _journal.State;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsLive || item.Kind != QueueItemKind.Advice)
                {
                    continue;
                }

                if (_buffer.Length < item.PayloadLength)
                {
                    _buffer = new byte[item.PayloadLength];
                }

                int n = _journal.ReadPayload(item, _buffer, 0);
                long amount = RequestPayload.ReadAmount(_buffer, 0, n);
                Remember(item.Number, amount < 0 ? 0 : amount);
            }

            Recount();
        }

        /// <summary>Recomputes counts and totals after the forwarder changed item states (in RAM only).</summary>
        internal void Recount()
        {
            JournalState s = _journal.State;
            _pendingCount = 0;
            _pendingTotal = 0;
            _flaggedCount = 0;
            _flaggedAdviceCount = 0;
            _flaggedTotal = 0;
            int keep = 0;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsLive)
                {
                    continue; // delivered or acknowledged: no longer counted
                }

                if (item.IsFlagged)
                {
                    _flaggedCount++;
                }

                if (item.Kind != QueueItemKind.Advice)
                {
                    continue;
                }

                int at = IndexOf(item.Number);
                long amount = at < 0 ? 0 : _amounts[at];
                if (at >= 0)
                {
                    // Compact the amount table to the live advices, keeping it sorted.
                    _numbers[keep] = item.Number;
                    _amounts[keep] = amount;
                    keep++;
                }

                if (item.State == QueueItemState.Pending)
                {
                    _pendingCount++;
                    _pendingTotal += amount;
                }
                else
                {
                    _flaggedAdviceCount++;
                    _flaggedTotal += amount;
                }
            }

            _known = keep;
        }

        /// <summary>Recounts and posts <see cref="Signal.OfflineQueueChanged"/>.</summary>
        internal void Changed()
        {
            Recount();
            if (_events != null)
            {
                _events.Post(new Event(Signal.OfflineQueueChanged, ToForwardCount, null));
            }
        }

        private void Remember(uint number, long amount)
        {
            if (_known == _numbers.Length)
            {
                uint[] numbers = new uint[_numbers.Length * 2];
                long[] amounts = new long[_amounts.Length * 2];
                System.Array.Copy(_numbers, numbers, _known);
                System.Array.Copy(_amounts, amounts, _known);
                _numbers = numbers;
                _amounts = amounts;
            }

            // Numbers arrive in ascending order (journal order), so appending keeps the table sorted.
            _numbers[_known] = number;
            _amounts[_known] = amount;
            _known++;
        }

        private int IndexOf(uint number)
        {
            int lo = 0;
            int hi = _known - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                uint n = _numbers[mid];
                if (n == number)
                {
                    return mid;
                }

                if (n < number)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }
    }
}
