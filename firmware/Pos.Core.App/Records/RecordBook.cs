using System;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Slips;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Records
{
    /// <summary>
    /// The transactions of the open batch as the cashier should see them (<see cref="IRecordBook"/>), from four places
    /// of the journal: the transaction log (approved, voided; delivered offline sales), the pending reversal (a sale or
    /// void without a usable answer, a refund awaiting confirmation), the offline queue (stored, delivered, flagged
    /// offline sales) and the failed log (declined, never sent, reversed, cleared by hand), in that order of precedence
    /// for one STAN. Read one at a time: a search keeps only the matching STANs (newest first) and the batch's refunds
    /// (to tell a refunded sale), never a list of records. Cards are read masked.
    /// </summary>
    public sealed class RecordBook : IRecordBook
    {
        private readonly Journal _journal;
        private readonly TransactionLog _log;
        private readonly TransactionLog _failed;
        private readonly IClock _clock;
        private readonly int _offsetMinutes;
        private readonly FinancialRequest _request = new FinancialRequest();
        private readonly TransactionRecord _scratch = new TransactionRecord();
        private byte[] _buffer = new byte[128];
        private int[] _matches = new int[0];
        private int _matchCount;
        private int[] _refundOf = new int[0];
        private long[] _refundFen = new long[0];
        private int _refundCount;

        /// <summary>Creates the book over the terminal's journal and the machine's two logs.</summary>
        /// <param name="journal">The opened journal (queue, pending reversal, card data key).</param>
        /// <param name="log">The batch's transaction log.</param>
        /// <param name="failed">The batch's failed log.</param>
        /// <param name="clock">Today, for the date search and the summary.</param>
        /// <param name="offsetMinutes">The merchant's UTC offset (the local day).</param>
        public RecordBook(Journal journal, TransactionLog log, TransactionLog failed, IClock clock, int offsetMinutes)
        {
            _journal = journal;
            _log = log;
            _failed = failed;
            _clock = clock;
            _offsetMinutes = offsetMinutes;
        }

        /// <summary>Where a reprint goes (the print queue's requests; null: no printer).</summary>
        public SlipRequests Slips { get; set; }

        /// <inheritdoc />
        public int Search(RecordSearch kind, string value)
        {
            int[] stans = Stans();
            _matches = new int[stans.Length];
            _matchCount = 0;
            _refundCount = 0;
            string today = Today();
            for (int i = 0; i < stans.Length; i++)
            {
                if (Fill(stans[i], _scratch, kind == RecordSearch.Card))
                {
                    NoteRefund(_scratch);
                    if (Matches(_scratch, kind, value, today))
                    {
                        _matches[_matchCount++] = stans[i];
                    }
                }
            }

            return _matchCount;
        }

        /// <inheritdoc />
        public bool Read(int index, TransactionRecord into)
        {
            if (index < 0 || index >= _matchCount || !Fill(_matches[index], into, true))
            {
                return false;
            }

            for (int i = 0; i < _refundCount; i++)
            {
                if (_refundOf[i] == into.Stan && (into.Kind == RecordKind.Sale || into.Kind == RecordKind.OfflineSale))
                {
                    into.RefundedFen += _refundFen[i];
                }
            }

            if (into.RefundedFen > 0 && (into.Status == RecordStatus.Approved || into.Status == RecordStatus.Delivered))
            {
                into.Status = RecordStatus.Refunded;
            }

            return true;
        }

        /// <summary>
        /// Match <paramref name="index"/> printed again from where <see cref="Read"/> found it: a log entry's slip (approved,
        /// voided, refunded, a void, a refund, a booked offline sale), a stored offline sale's, or the decline slip of a
        /// declined or never-sent one from the failed log; a record in doubt (its reversal pending, a refund confirming)
        /// or reversed has no slip to repeat.
        /// </summary>
        public PrintAnswer Reprint(int index)
        {
            if (Slips == null)
            {
                return PrintAnswer.NoPrinter;
            }

            // The order of Fill: the log, the pending reversal (in doubt: no slip), the queue, the failed log.
            int stan = index >= 0 && index < _matchCount ? _matches[index] : -1;
            LoggedTransaction t = stan < 0 ? null : _log.Find(stan);
            PendingReversal r = _journal.State.Reversal;
            if (t != null || stan < 0 || (r != null && r.Stan == stan && r.Batch == _journal.State.BatchNumber))
            {
                return Slips.Sale(t);
            }

            QueueItem item = Advice(stan);
            return item != null ? Slips.Sale(OfflineEntry.Read(_journal, item)) : Slips.Failed(_failed.Find(stan, false));
        }

        /// <inheritdoc />
        public void Summarise(DaySummary into)
        {
            into.Clear();
            into.Day = HostClock.LocalDay(_clock.UtcNow, _offsetMinutes);
            into.Batch = _journal.State.BatchNumber;
            string today = Today();
            int[] stans = Stans();
            for (int i = stans.Length - 1; i >= 0; i--)
            {
                TransactionRecord r = _scratch;
                if (!Fill(stans[i], r, false) || r.LocalDate != today)
                {
                    continue;
                }

                long fen = r.AmountFen;
                switch (r.Status)
                {
                    case RecordStatus.Approved:
                    case RecordStatus.Voided:
                    case RecordStatus.Refunded:
                    case RecordStatus.StoredOffline:
                    case RecordStatus.Delivered:
                        break;
                    default:
                        into.FailedCount++; // declined, never sent, reversed or being reversed, flagged, unknown
                        continue;
                }

                switch (r.Kind)
                {
                    case RecordKind.Void:
                        into.VoidCount++;
                        into.VoidFen += fen;
                        fen = -fen;
                        break;
                    case RecordKind.Refund:
                        into.RefundCount++;
                        into.RefundFen += fen;
                        fen = -fen;
                        break;
                    case RecordKind.OfflineSale:
                        into.OfflineCount++;
                        into.OfflineFen += fen;
                        break;
                    default:
                        into.SaleCount++;
                        into.SaleFen += fen;
                        break;
                }

                into.AddOperator(r.Operator, fen);
            }

            into.SortOperators();
        }

        // The merchant's local date MMDD now.
        private string Today()
        {
            return HostClock.LocalDate(_clock.UtcNow, _offsetMinutes);
        }

        private static bool Matches(TransactionRecord r, RecordSearch kind, string value, string today)
        {
            switch (kind)
            {
                case RecordSearch.Stan:
                    return r.Stan == Number(value);
                case RecordSearch.Rrn:
                    return r.Rrn.Length >= value.Length && r.Rrn.Substring(r.Rrn.Length - value.Length) == value;
                case RecordSearch.Amount:
                    return r.AmountFen == Number(value);
                case RecordSearch.Card:
                    return r.Last4 == value;
                case RecordSearch.Date:
                    return r.LocalDate == (value.Length == 0 ? today : value);
            }

            return false;
        }

        private static long Number(string value)
        {
            return FieldList.ParseNumber(value);
        }

        // An approved refund of a sale of the batch: the sale shows it.
        private void NoteRefund(TransactionRecord r)
        {
            if (r.Kind != RecordKind.Refund || r.Status != RecordStatus.Approved || r.OriginalStan == 0)
            {
                return;
            }

            if (_refundCount == _refundOf.Length)
            {
                int[] of = new int[(_refundCount * 2) + 4];
                long[] fen = new long[of.Length];
                Array.Copy(_refundOf, of, _refundCount);
                Array.Copy(_refundFen, fen, _refundCount);
                _refundOf = of;
                _refundFen = fen;
            }

            _refundOf[_refundCount] = r.OriginalStan;
            _refundFen[_refundCount++] = r.AmountFen;
        }

        // Every STAN of the open batch in the four places, once each, newest (highest) first.
        private int[] Stans()
        {
            int batch = _journal.State.BatchNumber;
            int[] logged = _log.Stans();
            int[] failed = _failed.Stans();
            JournalState s = _journal.State;
            int[] all = new int[logged.Length + failed.Length + s.QueueCount + 1];
            int n = 0;
            n = Add(all, n, logged, logged.Length);
            n = Add(all, n, failed, failed.Length);
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.Kind == QueueItemKind.Advice && item.Batch == batch)
                {
                    all[n++] = item.Stan;
                }
            }

            PendingReversal r = s.Reversal;
            if (r != null && r.Batch == batch)
            {
                all[n++] = r.Stan;
            }

            // Insertion sort, highest first, dropping repeats (a delivered advice is in the log and the queue).
            int kept = 0;
            for (int i = 0; i < n; i++)
            {
                int v = all[i];
                int j = kept;
                while (j > 0 && all[j - 1] < v)
                {
                    j--;
                }

                if (j > 0 && all[j - 1] == v)
                {
                    continue;
                }

                Array.Copy(all, j, all, j + 1, kept - j);
                all[j] = v;
                kept++;
            }

            int[] stans = new int[kept];
            Array.Copy(all, stans, kept);
            return stans;
        }

        private static int Add(int[] to, int n, int[] from, int count)
        {
            Array.Copy(from, 0, to, n, count);
            return n + count;
        }

        // The record of a STAN of the open batch; false when none of the four places holds it.
        private bool Fill(int stan, TransactionRecord into, bool card)
        {
            into.Clear();
            into.Stan = stan;
            into.Batch = _journal.State.BatchNumber;
            LoggedTransaction t = _log.Find(stan, card);
            if (t != null)
            {
                FromLog(t, into);
                into.Status = t.Voided ? RecordStatus.Voided : t.Offline ? RecordStatus.Delivered : RecordStatus.Approved;
                return true;
            }

            PendingReversal r = _journal.State.Reversal;
            if (r != null && r.Stan == stan && r.Batch == into.Batch)
            {
                return FromReversal(r, into);
            }

            QueueItem item = Advice(stan);
            if (item != null)
            {
                return FromQueue(item, into);
            }

            t = _failed.Find(stan, false);
            if (t == null)
            {
                return false;
            }

            FromLog(t, into);
            into.Status = t.Status == LogStatus.Declined ? RecordStatus.Declined : t.Status == LogStatus.NotSent ? RecordStatus.NotSent
                : t.Status == LogStatus.Reversed ? RecordStatus.Reversed : RecordStatus.Unknown;
            into.ReversalAcknowledged = t.Status == LogStatus.Reversed;
            return true;
        }

        // The offline sale of a STAN of the open batch in the queue, or null.
        private QueueItem Advice(int stan)
        {
            JournalState s = _journal.State;
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.Kind == QueueItemKind.Advice && item.Stan == stan && item.Batch == s.BatchNumber)
                {
                    return item;
                }
            }

            return null;
        }

        private static void FromLog(LoggedTransaction t, TransactionRecord into)
        {
            into.Kind = t.Type == TransactionType.Void ? RecordKind.Void : t.Type == TransactionType.Refund ? RecordKind.Refund
                : t.Offline ? RecordKind.OfflineSale : RecordKind.Sale;
            into.AmountFen = t.AmountFen;
            into.MaskedPan = PanMask.Mask(t.Pan);
            into.Last4 = Text(t.Last4);
            DateTime utc;
            if (UtcStamps.TryParse(t.Stamp, out utc))
            {
                into.UtcTime = utc;
                into.HasTime = true;
            }

            into.LocalDate = Text(t.Date);
            into.Operator = t.Operator;
            into.Rrn = Text(t.Rrn);
            into.AuthCode = Text(t.AuthCode);
            into.Code = Text(t.Code);
            into.OriginalStan = t.OriginalStan;
            into.ReversalReason = Text(t.ReversalReason);
            into.ReversalAttempts = t.ReversalAttempts;
        }

        // A sale or void being reversed, or a refund awaiting its confirmation.
        private bool FromReversal(PendingReversal r, TransactionRecord into)
        {
            string authCode;
            if (r.Payload == null || !RequestPayload.Read(r.Payload, 0, r.Payload.Length, _journal.CardData, _request, out authCode))
            {
                return false;
            }

            FromRequest(r.CreatedUtcTicks, into);
            bool refund = r.Reason == TxnLocalCodes.RefundConfirmation;
            into.Status = refund ? RecordStatus.Confirming : RecordStatus.ReversalPending;
            if (!refund)
            {
                into.ReversalReason = r.Reason;
                into.ReversalAttempts = r.Attempts;
            }

            return true;
        }

        // An offline sale in the queue: stored, delivered (before it is booked or the next compaction) or flagged.
        private bool FromQueue(QueueItem item, TransactionRecord into)
        {
            if (_buffer.Length < item.PayloadLength)
            {
                _buffer = new byte[item.PayloadLength];
            }

            int n = _journal.ReadPayload(item, _buffer, 0);
            string authCode;
            bool ok = RequestPayload.Read(_buffer, 0, n, _journal.CardData, _request, out authCode);
            Array.Clear(_buffer, 0, n); // the stored request holds the card number
            if (!ok)
            {
                return false;
            }

            FromRequest(item.CreatedUtcTicks, into);
            into.Kind = RecordKind.OfflineSale;
            into.AuthCode = Text(_request.OriginalAuthCode);
            into.Status = item.State == QueueItemState.Pending ? RecordStatus.StoredOffline
                : item.State == QueueItemState.Delivered ? RecordStatus.Delivered : RecordStatus.Flagged;
            into.Code = Text(item.FlagCode);
            return true;
        }

        // The values of the stored request just read (its card masked at once), dated when it was kept.
        private void FromRequest(long utcTicks, TransactionRecord into)
        {
            FinancialRequest q = _request;
            into.Kind = q.Type == TransactionType.Void ? RecordKind.Void : q.Type == TransactionType.Refund ? RecordKind.Refund : RecordKind.Sale;
            into.AmountFen = q.AmountFen;
            into.MaskedPan = PanMask.Mask(q.Pan);
            into.Last4 = Text(TransactionLog.Last4Of(q.Pan));
            q.Pan = null;
            q.Track2 = null;
            q.Track3 = null;
            q.IccData = null;
            DateTime utc = new DateTime(utcTicks);
            into.UtcTime = utc;
            into.HasTime = true;
            into.LocalDate = HostClock.LocalDate(utc, _offsetMinutes);
            into.Operator = q.Operator;
            into.OriginalStan = q.OriginalStan;
        }

        private static string Text(string value)
        {
            return value == null ? string.Empty : value;
        }
    }
}
