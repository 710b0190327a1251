using System.Collections;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The in-memory view of the journal, rebuilt at boot by replaying records and kept current by applying each
    /// record after it is durable (the same code path both times, so live state and replayed state cannot differ).
    /// Read it freely; change it only through <see cref="Journal"/>.
    /// </summary>
    public sealed class JournalState : IRecordSink
    {
        /// <summary>Largest STAN and batch number; both wrap to 1.</summary>
        public const int MaxCounter = 999999;

        private readonly ArrayList _queue = new ArrayList();
        private readonly Hashtable _settings = new Hashtable();
        private readonly ArrayList _audit = new ArrayList();
        private readonly ArrayList _diagnostics = new ArrayList();
        private readonly PayloadCursor _cursor = new PayloadCursor();
        private readonly JournalOptions _options;
        private uint _stanCount;
        private uint _batchCount = 1;
        private uint _batchStartCount;
        private PendingReversal _reversal;
        private uint _nextItemNumber = 1;

        /// <summary>Creates an empty state (STAN count 0, batch 1).</summary>
        public JournalState(JournalOptions options)
        {
            _options = options;
        }

        /// <summary>STANs reserved since the terminal was new; never goes backward.</summary>
        public uint StanCount => _stanCount;

        /// <summary>Batches opened since the terminal was new (1 for the first); never goes backward.</summary>
        public uint BatchCount => _batchCount;

        /// <summary>The last STAN reserved (1..999999), or 0 if none yet.</summary>
        public int CurrentStan => _stanCount == 0 ? 0 : (int)(((_stanCount - 1) % MaxCounter) + 1);

        /// <summary>The current batch number (1..999999).</summary>
        public int BatchNumber => (int)(((_batchCount - 1) % MaxCounter) + 1);

        /// <summary>STANs reserved in the current batch.</summary>
        public int StansUsedInBatch => (int)(_stanCount - _batchStartCount);

        /// <summary>The pending reversal, or null.</summary>
        public PendingReversal Reversal => _reversal;

        /// <summary>Queue items in the order they were added (delivered ones stay until compaction).</summary>
        public int QueueCount => _queue.Count;

        /// <summary>Queue items not yet delivered (pending, exhausted or expired).</summary>
        public int UndeliveredCount
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _queue.Count; i++)
                {
                    if (((QueueItem)_queue[i]).State != QueueItemState.Delivered)
                    {
                        n++;
                    }
                }

                return n;
            }
        }

        /// <summary>The queue item at <paramref name="index"/> (0 is the oldest).</summary>
        public QueueItem QueueItemAt(int index)
        {
            return (QueueItem)_queue[index];
        }

        /// <summary>The item with the id TID + batch + STAN, or null.</summary>
        public QueueItem FindItem(string tid, int batch, int stan)
        {
            for (int i = 0; i < _queue.Count; i++)
            {
                QueueItem item = (QueueItem)_queue[i];
                if (item.HasId(tid, batch, stan))
                {
                    return item;
                }
            }

            return null;
        }

        /// <summary>A setting's value, or null.</summary>
        public string GetSetting(string key)
        {
            return _settings[key] as string;
        }

        /// <summary>All setting keys.</summary>
        public string[] SettingKeys()
        {
            string[] keys = new string[_settings.Count];
            int i = 0;
            foreach (DictionaryEntry entry in _settings)
            {
                keys[i++] = (string)entry.Key;
            }

            return keys;
        }

        /// <summary>Audit entries kept (at most the configured capacity).</summary>
        public int AuditCount => _audit.Count;

        /// <summary>Audit entry <paramref name="index"/>, oldest first.</summary>
        public LogEntry AuditAt(int index)
        {
            return (LogEntry)_audit[index];
        }

        /// <summary>Diagnostics reports kept.</summary>
        public int DiagnosticsCount => _diagnostics.Count;

        /// <summary>Diagnostics report <paramref name="index"/>, oldest first.</summary>
        public LogEntry DiagnosticsAt(int index)
        {
            return (LogEntry)_diagnostics[index];
        }

        internal uint NextItemNumber => _nextItemNumber;

        /// <summary>The STAN count when the current batch was opened.</summary>
        public uint BatchStartCount => _batchStartCount;

        internal QueueItem FindNumber(uint number)
        {
            for (int i = _queue.Count - 1; i >= 0; i--)
            {
                QueueItem item = (QueueItem)_queue[i];
                if (item.Number == number)
                {
                    return item;
                }
            }

            return null;
        }

        /// <summary>Removes delivered items (after a compaction dropped them from the file).</summary>
        // After a group's record is written: items added by the group point at their payload in the file.
        internal void MoveProvisionalPayloads(long delta)
        {
            for (int i = 0; i < _queue.Count; i++)
            {
                QueueItem item = (QueueItem)_queue[i];
                if (item.PayloadPosition < 0)
                {
                    item.PayloadPosition += delta;
                }
            }
        }

        internal void RemoveDelivered()
        {
            for (int i = _queue.Count - 1; i >= 0; i--)
            {
                if (((QueueItem)_queue[i]).State == QueueItemState.Delivered)
                {
                    _queue.RemoveAt(i);
                }
            }
        }

        /// <inheritdoc />
        public bool Apply(byte type, byte[] buffer, int offset, int count, long filePosition)
        {
            PayloadCursor c = _cursor;
            c.Reset(buffer, offset, count);
            switch (type)
            {
                case RecordTypes.Counters:
                    return ApplyCounters(c);
                case RecordTypes.ReversalSet:
                    return ApplyReversalSet(c);
                case RecordTypes.ReversalUpdate:
                    {
                        int attempts = c.GetUInt16();
                        string reason = c.GetShortString();
                        if (!c.Ok || c.Remaining != 0 || _reversal == null || attempts < _reversal.Attempts)
                        {
                            return false;
                        }

                        _reversal.Attempts = attempts;
                        _reversal.Reason = reason;
                        return true;
                    }

                case RecordTypes.ReversalClear:
                    if (count != 0 || _reversal == null)
                    {
                        return false;
                    }

                    _reversal = null;
                    return true;
                case RecordTypes.QueueAdd:
                    return ApplyQueueAdd(c, filePosition - offset);
                case RecordTypes.QueueAttempt:
                    {
                        QueueItem item = FindNumber(c.GetUInt32());
                        int attempts = c.GetUInt16();
                        if (!c.Ok || c.Remaining != 0 || item == null || attempts < item.Attempts || item.State == QueueItemState.Delivered)
                        {
                            return false;
                        }

                        item.Attempts = attempts;
                        return true;
                    }

                case RecordTypes.QueueState:
                    {
                        QueueItem item = FindNumber(c.GetUInt32());
                        int state = c.GetByte();
                        if (!c.Ok || c.Remaining != 0 || item == null || item.State == QueueItemState.Delivered || !IsState(state))
                        {
                            return false;
                        }

                        item.State = (QueueItemState)state;
                        return true;
                    }

                case RecordTypes.Setting:
                    {
                        string key = c.GetShortString();
                        int present = c.GetByte();
                        string value = present == 1 ? c.GetRestString() : null;
                        if (!c.Ok || key == null || present > 1 || c.Remaining != 0)
                        {
                            return false;
                        }

                        if (value == null)
                        {
                            _settings.Remove(key);
                        }
                        else
                        {
                            _settings[key] = value;
                        }

                        return true;
                    }

                case RecordTypes.Group:
                    return ApplyGroup(buffer, offset, count, filePosition);
                case RecordTypes.Audit:
                    return AddEntry(c, _audit, _options.AuditCapacity);
                case RecordTypes.Diagnostics:
                    return AddEntry(c, _diagnostics, _options.DiagnosticsCapacity);
                default:
                    return false;
            }
        }

        // The parts of a group, in order, each with its own file position (queue payloads are read from the flash later).
        // The journal checks a group against the state before writing it, so a part is never rejected here unless
        // the flash returned something else than was written.
        private bool ApplyGroup(byte[] buffer, int offset, int count, long filePosition)
        {
            int at = offset;
            int end = offset + count;
            while (at < end)
            {
                if (end - at < 3)
                {
                    return false;
                }

                byte type = buffer[at];
                int length = (buffer[at + 1] << 8) | buffer[at + 2];
                int start = at + 3;
                if (type == RecordTypes.Group || length > end - start || !Apply(type, buffer, start, length, filePosition + (start - offset)))
                {
                    return false;
                }

                at = start + length;
            }

            return true;
        }

        private bool ApplyCounters(PayloadCursor c)
        {
            uint stanCount = c.GetUInt32();
            uint batchCount = c.GetUInt32();
            uint batchStart = c.GetUInt32();
            // Counters never go backward, and a batch never holds more STANs than exist (no reuse within a batch).
            if (!c.Ok || c.Remaining != 0 || stanCount < _stanCount || batchCount < _batchCount || batchCount == 0
                || batchStart > stanCount || stanCount - batchStart > MaxCounter || (batchCount == _batchCount && batchStart != _batchStartCount) || batchStart < _batchStartCount)
            {
                return false;
            }

            _stanCount = stanCount;
            _batchCount = batchCount;
            _batchStartCount = batchStart;
            return true;
        }

        private bool ApplyReversalSet(PayloadCursor c)
        {
            int stan = (int)c.GetUInt32();
            int batch = (int)c.GetUInt32();
            long created = c.GetInt64();
            int attempts = c.GetUInt16();
            string reason = c.GetShortString();
            if (!c.Ok || _reversal != null || c.Remaining > _options.MaxItemPayload)
            {
                return false;
            }

            byte[] payload = new byte[c.Remaining];
            System.Array.Copy(c.Buffer, c.Position, payload, 0, payload.Length);
            c.SkipRest();
            PendingReversal reversal = new PendingReversal();
            reversal.Stan = stan;
            reversal.Batch = batch;
            reversal.CreatedUtcTicks = created;
            reversal.Attempts = attempts;
            reversal.Reason = reason;
            reversal.Payload = payload;
            _reversal = reversal;
            return true;
        }

        private bool ApplyQueueAdd(PayloadCursor c, long bufferBase)
        {
            uint number = c.GetUInt32();
            int kind = c.GetByte();
            int state = c.GetByte();
            int attempts = c.GetUInt16();
            int batch = (int)c.GetUInt32();
            int stan = (int)c.GetUInt32();
            long created = c.GetInt64();
            string tid = c.GetShortString();
            if (!c.Ok || number == 0 || (kind != (int)QueueItemKind.Advice && kind != (int)QueueItemKind.Reversal) || !IsState(state)
                || tid == null || c.Remaining > _options.MaxItemPayload || FindNumber(number) != null || FindItem(tid, batch, stan) != null)
            {
                return false;
            }

            QueueItem item = new QueueItem();
            item.Number = number;
            item.Kind = (QueueItemKind)kind;
            item.State = (QueueItemState)state;
            item.Attempts = attempts;
            item.Batch = batch;
            item.Stan = stan;
            item.CreatedUtcTicks = created;
            // Share the TID string with the previous item: every item has the same one, and memory is tight.
            if (_queue.Count > 0 && ((QueueItem)_queue[_queue.Count - 1]).Tid == tid)
            {
                tid = ((QueueItem)_queue[_queue.Count - 1]).Tid;
            }

            item.Tid = tid;
            item.PayloadLength = c.Remaining;
            item.PayloadPosition = bufferBase + c.Position;
            c.SkipRest();
            _queue.Add(item);
            if (number >= _nextItemNumber)
            {
                _nextItemNumber = number + 1;
            }

            return true;
        }

        private static bool AddEntry(PayloadCursor c, ArrayList ring, int capacity)
        {
            long ticks = c.GetInt64();
            if (!c.Ok)
            {
                return false;
            }

            ring.Add(new LogEntry(ticks, c.GetRestString()));
            while (ring.Count > capacity)
            {
                ring.RemoveAt(0);
            }

            return true;
        }

        private static bool IsState(int state)
        {
            return state >= (int)QueueItemState.Pending && state <= (int)QueueItemState.Expired;
        }
    }
}
