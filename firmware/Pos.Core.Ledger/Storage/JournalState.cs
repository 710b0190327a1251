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

        /// <summary>QueueReview action: a person sends the flagged item again.</summary>
        internal const int ReviewRetry = 1;

        /// <summary>QueueReview action: a person acknowledges the flagged item (it stops counting).</summary>
        internal const int ReviewAcknowledge = 2;

        private readonly ArrayList _queue = new ArrayList();
        private readonly Hashtable _settings = new Hashtable();
        /// <summary>Audit entries kept from a journal written before the audit trail (the old ring's size).</summary>
        public const int LegacyAuditCapacity = 16;

        private readonly ArrayList _legacyAudit = new ArrayList();
        private readonly ArrayList _diagnostics = new ArrayList();
        private readonly PayloadCursor _cursor = new PayloadCursor();
        private readonly JournalOptions _options;
        private readonly EntryIndex _entries;
        private uint _stanCount;
        private uint _batchCount = 1;
        private uint _batchStartCount;
        private uint _stanReserved;
        private uint _maxBoot;
        private long _lastMonoMs;
        private PendingReversal _reversal;
        private uint _nextItemNumber = 1;

        /// <summary>Creates an empty state (STAN count 0, batch 1).</summary>
        public JournalState(JournalOptions options)
        {
            _options = options;
            _entries = new EntryIndex(options.EntryCapacity);
        }

        /// <summary>STANs handed out (or skipped) since the terminal was new; never goes backward.</summary>
        public uint StanCount => _stanCount;

        /// <summary>The STAN count up to which STANs may have been handed out: the durable reservation (0 before the
        /// first one). The journal never hands out a STAN above it without first writing a new one.</summary>
        public uint StanReservedCount => _stanReserved;

        /// <summary>The highest boot number the records carry (0 when none).</summary>
        public uint MaxBoot => _maxBoot;

        /// <summary>The latest time on the journal's monotonic clock the records carry (ms; 0 when none).</summary>
        public long LastMonoMs => _lastMonoMs;

        /// <summary>Batches opened since the terminal was new (1 for the first); never goes backward.</summary>
        public uint BatchCount => _batchCount;

        /// <summary>The last STAN handed out or skipped (1..999999), or 0 if none yet.</summary>
        public int CurrentStan => _stanCount == 0 ? 0 : (int)(((_stanCount - 1) % MaxCounter) + 1);

        /// <summary>The current batch number (1..999999).</summary>
        public int BatchNumber => (int)(((_batchCount - 1) % MaxCounter) + 1);

        /// <summary>STANs reserved in the current batch.</summary>
        public int StansUsedInBatch => (int)(_stanCount - _batchStartCount);

        /// <summary>The pending reversal, or null.</summary>
        public PendingReversal Reversal => _reversal;

        /// <summary>Queue items in the order they were added (delivered ones stay until compaction).</summary>
        public int QueueCount => _queue.Count;

        /// <summary>Queue items not yet delivered nor acknowledged (pending, exhausted or expired): what counts against
        /// the capacity.</summary>
        public int UndeliveredCount
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _queue.Count; i++)
                {
                    if (((QueueItem)_queue[i]).IsLive)
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

        /// <summary>Whether log <paramref name="log"/> holds an entry <paramref name="key"/> (its value: <see cref="Journal.GetEntry"/>).</summary>
        public bool HasEntry(int log, int key)
        {
            return _entries.Find(log, key) >= 0;
        }

        /// <summary>The keys of log <paramref name="log"/>'s entries, in the order they were first set.</summary>
        public int[] EntryKeys(int log)
        {
            int n = 0;
            for (int i = 0; i < _entries.Count; i++)
            {
                n += _entries.LogAt(i) == log ? 1 : 0;
            }

            int[] keys = new int[n];
            n = 0;
            for (int i = 0; i < _entries.Count; i++)
            {
                if (_entries.LogAt(i) == log)
                {
                    keys[n++] = _entries.KeyAt(i);
                }
            }

            return keys;
        }

        /// <summary>Where every keyed entry's value is.</summary>
        internal EntryIndex Entries => _entries;

        /// <summary>
        /// Audit entries read from a journal written before the audit trail had files of its own (record type
        /// <see cref="RecordTypes.Audit"/>, the newest <see cref="LegacyAuditCapacity"/>): for the app to carry into the
        /// trail once. The next compaction leaves them out.
        /// </summary>
        public int LegacyAuditCount => _legacyAudit.Count;

        /// <summary>Legacy audit entry <paramref name="index"/>, oldest first.</summary>
        public LogEntry LegacyAuditAt(int index)
        {
            return (LogEntry)_legacyAudit[index];
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

        // After a group's record is written: items and entries added by the group point at their payload in the file.
        internal void MoveProvisionalPayloads(long delta)
        {
            _entries.CommitGroup(delta + RecordGroup.ProvisionalBase);
            for (int i = 0; i < _queue.Count; i++)
            {
                QueueItem item = (QueueItem)_queue[i];
                if (item.PayloadPosition < 0)
                {
                    item.PayloadPosition += delta;
                }
            }
        }

        /// <summary>Removes delivered and acknowledged items (after a compaction dropped them from the file).</summary>
        internal void RemoveDelivered()
        {
            for (int i = _queue.Count - 1; i >= 0; i--)
            {
                if (!((QueueItem)_queue[i]).IsLive)
                {
                    _queue.RemoveAt(i);
                }
            }
        }

        /// <summary>Moves the STAN count forward in memory (the boot's skip past the reservation); never back.</summary>
        internal void SkipStans(uint stanCount)
        {
            if (stanCount > _stanCount)
            {
                _stanCount = stanCount;
            }
        }

        /// <summary>Moves the batch forward in memory to what a salvage found in the lost records; never back.</summary>
        internal void SkipBatch(uint batchCount, uint batchStart)
        {
            if (batchCount > _batchCount)
            {
                _batchCount = batchCount;
                _batchStartCount = batchStart > _stanCount ? _stanCount : batchStart;
            }
        }

        /// <summary>Notes a time on the monotonic clock (the live reversal's stamp).</summary>
        internal void NoteMono(long monoMs)
        {
            if (monoMs > _lastMonoMs)
            {
                _lastMonoMs = monoMs;
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
                        if (!c.Ok || c.Remaining != 0 || item == null || attempts < item.Attempts || !item.IsLive)
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
                        if (!c.Ok || c.Remaining != 0 || item == null || !item.IsLive || !IsState(state))
                        {
                            return false;
                        }

                        item.State = (QueueItemState)state;
                        return true;
                    }

                case RecordTypes.QueueItemAdd:
                    return ApplyQueueItemAdd(c, filePosition - offset);
                case RecordTypes.QueueFlag:
                    return ApplyQueueFlag(c);
                case RecordTypes.QueueReview:
                    return ApplyQueueReview(c);
                case RecordTypes.Clock:
                    {
                        uint boot = c.GetUInt32();
                        long mono = c.GetInt64();
                        // The clock never goes back: a record saying otherwise is nonsense under a valid CRC.
                        if (!c.Ok || c.Remaining != 0 || boot < _maxBoot || mono < _lastMonoMs)
                        {
                            return false;
                        }

                        _maxBoot = boot;
                        _lastMonoMs = mono;
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
                case RecordTypes.Entry:
                    return ApplyEntry(c, filePosition - offset);
                case RecordTypes.EntriesCleared:
                    {
                        int log = c.GetByte();
                        if (!c.Ok || c.Remaining != 0 || log > EntryIndex.MaxLog)
                        {
                            return false;
                        }

                        _entries.RemoveLog(log);
                        return true;
                    }

                case RecordTypes.Audit:
                    return AddEntry(c, _legacyAudit, LegacyAuditCapacity);
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

        // The index keeps where the value is: in the file, or (a negative, provisional position) in the open group.
        private bool ApplyEntry(PayloadCursor c, long bufferBase)
        {
            int log = c.GetByte();
            uint key = c.GetUInt32();
            int present = c.GetByte();
            int length = c.Remaining;
            if (!c.Ok || log > EntryIndex.MaxLog || key > EntryIndex.MaxKey || present > 1 || length > (present == 1 ? EntryIndex.MaxLength : 0))
            {
                return false;
            }

            if (present == 0)
            {
                int at = _entries.Find(log, (int)key);
                if (at >= 0)
                {
                    _entries.RemoveAt(at);
                }

                return true;
            }

            long position = bufferBase + c.Position;
            bool inGroup = position < 0;
            position = inGroup ? position - RecordGroup.ProvisionalBase : position;
            if (position < 0 || position > EntryIndex.MaxPosition)
            {
                return false;
            }

            c.SkipRest();
            _entries.Set(log, (int)key, position, inGroup, length);
            return true;
        }

        private bool ApplyCounters(PayloadCursor c)
        {
            uint stanCount = c.GetUInt32();
            uint batchCount = c.GetUInt32();
            uint batchStart = c.GetUInt32();
            // 12 bytes (written for every STAN before the reservation: exact, nothing to skip) or 16 with the
            // reservation: STANs up to it may have been handed out.
            bool withReservation = c.Remaining == 4;
            uint reserved = withReservation ? c.GetUInt32() : stanCount;
            // Counters never go backward, and a batch never holds more STANs than exist (no reuse within a batch).
            if (!c.Ok || c.Remaining != 0 || stanCount < _stanCount || batchCount < _batchCount || batchCount == 0
                || batchStart > stanCount || stanCount - batchStart > MaxCounter || (batchCount == _batchCount && batchStart != _batchStartCount) || batchStart < _batchStartCount
                || reserved < stanCount)
            {
                return false;
            }

            _stanCount = stanCount;
            _batchCount = batchCount;
            _batchStartCount = batchStart;
            if (withReservation && reserved > _stanReserved)
            {
                _stanReserved = reserved;
            }

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
            reversal.CreatedMonoMs = _lastMonoMs;
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

            // Written before the journal had a monotonic clock: the latest time known before the record is the best
            // lower bound of its creation (ages and expiry count from there, never from the wall clock).
            AddItem(number, kind, state, attempts, batch, stan, created, (int)_maxBoot, _lastMonoMs, _lastMonoMs, 0, "", tid, c, bufferBase);
            return true;
        }

        private bool ApplyQueueItemAdd(PayloadCursor c, long bufferBase)
        {
            uint number = c.GetUInt32();
            int kind = c.GetByte();
            int state = c.GetByte();
            int attempts = c.GetUInt16();
            int batch = (int)c.GetUInt32();
            int stan = (int)c.GetUInt32();
            long created = c.GetInt64();
            uint boot = c.GetUInt32();
            long createdMono = c.GetInt64();
            long expiryFrom = c.GetInt64();
            int reason = c.GetByte();
            string code = c.GetShortString();
            string tid = c.GetShortString();
            if (!c.Ok || number == 0 || (kind != (int)QueueItemKind.Advice && kind != (int)QueueItemKind.Reversal) || !IsState(state)
                || tid == null || !QueueItem.IsStorableCode(code) || createdMono < 0 || createdMono > QueueItem.MaxMonoMs || expiryFrom < createdMono
                || boot > QueueItem.MaxBoot || c.Remaining > _options.MaxItemPayload || FindNumber(number) != null || FindItem(tid, batch, stan) != null)
            {
                return false;
            }

            if (boot > _maxBoot)
            {
                _maxBoot = boot;
            }

            if (expiryFrom > _lastMonoMs)
            {
                _lastMonoMs = expiryFrom;
            }

            AddItem(number, kind, state, attempts, batch, stan, created, (int)boot, createdMono, expiryFrom, reason, code, tid, c, bufferBase);
            return true;
        }

        private void AddItem(uint number, int kind, int state, int attempts, int batch, int stan, long created, int boot, long createdMono,
            long expiryFrom, int reason, string code, string tid, PayloadCursor c, long bufferBase)
        {
            QueueItem item = new QueueItem();
            item.Number = number;
            item.Kind = (QueueItemKind)kind;
            item.State = (QueueItemState)state;
            item.Attempts = attempts;
            item.Batch = batch;
            item.Stan = stan;
            item.CreatedUtcTicks = created;
            item.SetStamps(boot, createdMono, expiryFrom);
            item.SetFlag(reason, code);
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
        }

        private bool ApplyQueueFlag(PayloadCursor c)
        {
            QueueItem item = FindNumber(c.GetUInt32());
            int state = c.GetByte();
            int reason = c.GetByte();
            string code = c.GetShortString();
            if (!c.Ok || c.Remaining != 0 || item == null || !item.IsLive || !QueueItem.IsStorableCode(code)
                || (state != (int)QueueItemState.Exhausted && state != (int)QueueItemState.Expired))
            {
                return false;
            }

            item.State = (QueueItemState)state;
            item.SetFlag(reason, code);
            return true;
        }

        private bool ApplyQueueReview(PayloadCursor c)
        {
            QueueItem item = FindNumber(c.GetUInt32());
            int action = c.GetByte();
            long mono = c.GetInt64();
            long ticks = c.GetInt64();
            if (!c.Ok || item == null || !item.IsFlagged || (action != ReviewRetry && action != ReviewAcknowledge) || mono < item.CreatedMonoMs)
            {
                return false;
            }

            // The record still carries its audit text (the format is unchanged); the audit trail holds the entry.
            c.SkipRest();
            if (action == ReviewRetry)
            {
                // Back in the queue with a fresh budget: its expiry age counts again from now.
                item.State = QueueItemState.Pending;
                item.Attempts = 0;
                item.SetExpiryFrom(mono);
                item.SetFlag(0, "");
            }
            else
            {
                item.State = QueueItemState.Acknowledged;
            }

            if (mono > _lastMonoMs)
            {
                _lastMonoMs = mono;
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
