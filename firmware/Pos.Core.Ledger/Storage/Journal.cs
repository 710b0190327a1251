using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The power-loss-safe journal: counters, the pending reversal, the offline queue, settings, the audit log and
    /// diagnostics reports, kept as typed records in a <see cref="RecordLog"/>.
    /// <para>Every change is one record, appended and flushed before the call returns and only then applied to
    /// <see cref="State"/>: a call that returned is durable ("acknowledged"); a call that threw may or may not have
    /// reached the flash, never half of it. Call <see cref="Open"/> once at boot.</para>
    /// </summary>
    public sealed class Journal
    {
        private readonly JournalOptions _options;
        private readonly RecordLog _log;
        private readonly PayloadCursor _cursor = new PayloadCursor();
        private JournalState _state;
        private bool _open;
        private bool _readOnly;
        private long _lastCompactedLength;
        private int _compactions;
        private bool _drained;
        private byte[] _group;
        private int _groupLength = -1;

        // Where a group's payload is taken to start until its record is written (far below any real position).
        private const long GroupPosition = -(1L << 40);

        /// <summary>Creates a journal with default options.</summary>
        public Journal(IStorage storage)
            : this(storage, new JournalOptions())
        {
        }

        /// <summary>Creates a journal; nothing is read until <see cref="Open"/>.</summary>
        public Journal(IStorage storage, JournalOptions options)
        {
            _options = options;
            _log = new RecordLog(storage, options.MaxRecordPayload);
            _state = new JournalState(options);
        }

        /// <summary>The in-memory view.</summary>
        public JournalState State => _state;

        /// <summary>The record log underneath (length, generation).</summary>
        public RecordLog Log => _log;

        /// <summary>True after a corrupt recovery: reads work, changes are refused until <see cref="Salvage"/>.</summary>
        public bool IsReadOnly => _readOnly;

        /// <summary>Compactions done since Open.</summary>
        public int Compactions => _compactions;

        /// <summary>Recovers the journal from storage and rebuilds <see cref="State"/>. See <see cref="RecoveryReport"/>.</summary>
        public RecoveryReport Open()
        {
            _state = new JournalState(_options);
            RecoveryReport report = _log.Open(_state);
            _readOnly = report.Status == RecoveryStatus.Corrupt;
            _lastCompactedLength = 0;
            _open = true;
            return report;
        }

        /// <summary>Reserves and persists the next STAN (1..999999, wrapping to 1) and returns it. The STAN is durable
        /// before it is returned, so it is never handed out twice; it never repeats within a batch
        /// (<see cref="JournalError.StanExhausted"/> once a batch has used all 999999).</summary>
        public int ReserveStan()
        {
            Prepare();
            if (_state.StansUsedInBatch >= JournalState.MaxCounter)
            {
                throw new JournalException(JournalError.StanExhausted, "settle: every STAN of the batch is used");
            }

            WriteCounters(_state.StanCount + 1, _state.BatchCount, _state.BatchStartCount);
            return _state.CurrentStan;
        }

        /// <summary>Opens the next batch (after settlement) and returns its number (1..999999, wrapping to 1).</summary>
        public int OpenNextBatch()
        {
            Prepare();
            WriteCounters(_state.StanCount, _state.BatchCount + 1, _state.StanCount);
            return _state.BatchNumber;
        }

        /// <summary>Adopts the batch number the host sent in a sign-in reply (60.2): the batch counter moves forward
        /// (never back) to the next value that shows <paramref name="batchNumber"/>; a new batch starts only when the
        /// number changes. Returns the batch number in force.</summary>
        public int AdoptBatch(int batchNumber)
        {
            if (batchNumber < 1 || batchNumber > JournalState.MaxCounter)
            {
                throw new JournalException(JournalError.InvalidArgument, "batch number out of range");
            }

            Prepare();
            if (_state.BatchNumber == batchNumber)
            {
                return batchNumber;
            }

            uint current = (uint)_state.BatchNumber;
            uint step = (uint)batchNumber > current ? (uint)batchNumber - current : (uint)batchNumber + JournalState.MaxCounter - current;
            WriteCounters(_state.StanCount, _state.BatchCount + step, _state.StanCount);
            return _state.BatchNumber;
        }

        /// <summary>Persists a pending reversal (one at a time), before the request it compensates is sent.</summary>
        public void SetReversal(int stan, int batch, string reason, long createdUtcTicks, byte[] payload, int offset, int count)
        {
            Prepare();
            if (_state.Reversal != null)
            {
                throw new JournalException(JournalError.ReversalPending, "a reversal is already pending");
            }

            CheckPayload(payload, offset, count);
            PayloadCursor c = Start();
            c.PutUInt32((uint)stan);
            c.PutUInt32((uint)batch);
            c.PutInt64(createdUtcTicks);
            c.PutUInt16(0);
            c.PutShortString(reason);
            c.PutBytes(payload, offset, count);
            Commit(RecordTypes.ReversalSet, c);
        }

        /// <summary>Updates the pending reversal's reason and attempt count (attempts never go down).</summary>
        public void UpdateReversal(string reason, int attempts)
        {
            Prepare();
            PendingReversal reversal = _state.Reversal;
            if (reversal == null)
            {
                throw new JournalException(JournalError.NoReversal, "no reversal pending");
            }

            if (attempts < reversal.Attempts || attempts > 65535 || reason == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "attempts go backward or reason missing");
            }

            PayloadCursor c = Start();
            c.PutUInt16(attempts);
            c.PutShortString(reason);
            Commit(RecordTypes.ReversalUpdate, c);
        }

        /// <summary>Clears the pending reversal once its final outcome is recorded.</summary>
        public void ClearReversal()
        {
            Prepare();
            if (_state.Reversal == null)
            {
                throw new JournalException(JournalError.NoReversal, "no reversal pending");
            }

            Commit(RecordTypes.ReversalClear, Start());
        }

        /// <summary>Adds an item to the offline queue; it is durable when this returns. The id TID + batch + STAN must
        /// be new (<see cref="JournalError.DuplicateItem"/>).</summary>
        public QueueItem Enqueue(QueueItemKind kind, string tid, int batch, int stan, long createdUtcTicks, byte[] payload, int offset, int count)
        {
            Prepare();
            if (tid == null || tid.Length == 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "TID missing");
            }

            CheckPayload(payload, offset, count);
            if (_state.FindItem(tid, batch, stan) != null)
            {
                throw new JournalException(JournalError.DuplicateItem, "item already queued");
            }

            if (_state.UndeliveredCount >= _options.QueueCapacity)
            {
                throw new JournalException(JournalError.QueueFull, "offline queue full");
            }

            uint number = _state.NextItemNumber;
            PayloadCursor c = Start();
            PutItemHeader(c, number, (int)kind, (int)QueueItemState.Pending, 0, batch, stan, createdUtcTicks, tid);
            c.PutBytes(payload, offset, count);
            Commit(RecordTypes.QueueAdd, c);
            return _state.FindNumber(number);
        }

        /// <summary>Counts one more forwarding attempt of the item.</summary>
        public void RecordAttempt(QueueItem item)
        {
            Prepare();
            CheckLive(item);
            if (item.Attempts >= 65535)
            {
                throw new JournalException(JournalError.InvalidArgument, "attempt count overflow");
            }

            PayloadCursor c = Start();
            c.PutUInt32(item.Number);
            c.PutUInt16(item.Attempts + 1);
            Commit(RecordTypes.QueueAttempt, c);
        }

        /// <summary>Marks the item delivered (acknowledged by the host, or 94 duplicate). It stays in the state, without
        /// counting against the capacity, until the next compaction removes it.</summary>
        public void MarkDelivered(QueueItem item)
        {
            SetItemState(item, QueueItemState.Delivered);
            // The queue just emptied: the cheapest moment to compact (nothing live to copy), done at the next call.
            _drained = _state.UndeliveredCount == 0;
        }

        /// <summary>Flags the item as having exhausted its retries (kept and shown, never dropped).</summary>
        public void MarkExhausted(QueueItem item)
        {
            SetItemState(item, QueueItemState.Exhausted);
        }

        /// <summary>Flags the item as past its expiry age (kept and shown, never dropped).</summary>
        public void MarkExpired(QueueItem item)
        {
            SetItemState(item, QueueItemState.Expired);
        }

        /// <summary>Copies the item's payload into <paramref name="buffer"/> at <paramref name="offset"/>; returns its length.</summary>
        public int ReadPayload(QueueItem item, byte[] buffer, int offset)
        {
            CheckOpen();
            if (item == null || _state.FindNumber(item.Number) != item || item.PayloadPosition < 0)
            {
                throw new JournalException(JournalError.UnknownItem, "item not in the journal (or its group not written yet)");
            }

            if (buffer == null || offset < 0 || buffer.Length - offset < item.PayloadLength)
            {
                throw new JournalException(JournalError.InvalidArgument, "buffer too small");
            }

            return _log.Read(item.PayloadPosition, buffer, offset, item.PayloadLength);
        }

        /// <summary>Sets a setting (null removes it). Keys up to 255 UTF-8 bytes.</summary>
        public void SetSetting(string key, string value)
        {
            Prepare();
            if (key == null || key.Length == 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "key missing");
            }

            PayloadCursor c = Start();
            c.PutShortString(key);
            c.PutByte(value == null ? 0 : 1);
            if (value != null)
            {
                c.PutRestString(value);
            }

            Commit(RecordTypes.Setting, c);
        }

        /// <summary>
        /// Starts an atomic group: the changes made until <see cref="CommitGroup"/> (settings, reversal, queue items,
        /// counters) reach the flash as one record, so a power cut leaves all of them or none. Each change is checked
        /// and applied to <see cref="State"/> at once (a later change sees the earlier ones); a queue item added in the
        /// group cannot have its payload read before the commit. Always end a group with <see cref="CommitGroup"/> or
        /// <see cref="AbandonGroup"/> (calling the latter in a finally block after a commit is harmless).
        /// </summary>
        public void BeginGroup()
        {
            Prepare();
            if (_groupLength >= 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "a group is already open");
            }

            if (_group == null)
            {
                _group = new byte[_log.MaxPayload];
            }

            _groupLength = 0;
        }

        /// <summary>True between <see cref="BeginGroup"/> and its commit or abandon.</summary>
        public bool InGroup => _groupLength >= 0;

        /// <summary>
        /// Writes the open group as one record; durable when it returns. When the write fails the group is abandoned
        /// (the state goes back to what the flash holds) and the exception is passed on.
        /// </summary>
        public void CommitGroup()
        {
            if (_groupLength < 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "no group open");
            }

            int length = _groupLength;
            if (length == 0)
            {
                _groupLength = -1;
                return;
            }

            System.Array.Copy(_group, 0, _log.Frame, RecordFormat.HeaderSize, length);
            long position;
            try
            {
                position = _log.Append(RecordTypes.Group, length);
            }
            catch (StorageException)
            {
                AbandonGroup();
                throw;
            }

            _groupLength = -1;
            _state.MoveProvisionalPayloads(position - GroupPosition);
            _drained = _state.UndeliveredCount == 0 && _state.QueueCount > 0;
        }

        /// <summary>
        /// Drops the open group: nothing of it reached the flash, and the state is read back from the flash when
        /// changes of the group were already applied to it. Nothing when no group is open.
        /// </summary>
        public void AbandonGroup()
        {
            int length = _groupLength;
            _groupLength = -1;
            if (length > 0)
            {
                Reload();
            }
        }

        // The state again from what the flash holds (after a group that did not reach it).
        private void Reload()
        {
            _log.Repair();
            _state = new JournalState(_options);
            RecoveryReport report = _log.Open(_state);
            _readOnly = report.Status == RecoveryStatus.Corrupt;
        }

        /// <summary>Appends an audit log entry (the newest entries are kept, see <see cref="JournalOptions.AuditCapacity"/>).</summary>
        public void AppendAudit(long utcTicks, string text)
        {
            AppendEntry(RecordTypes.Audit, utcTicks, text);
        }

        /// <summary>Appends a diagnostics report (the newest are kept, see <see cref="JournalOptions.DiagnosticsCapacity"/>).</summary>
        public void AppendDiagnostics(long utcTicks, string report)
        {
            AppendEntry(RecordTypes.Diagnostics, utcTicks, report);
        }

        /// <summary>
        /// Writes the live state into the next generation file and publishes it (see <see cref="RecordLog"/>); drops
        /// delivered items. Runs on its own when the file passes the size bound.
        /// </summary>
        public void Compact()
        {
            CheckOpen();
            if (_readOnly)
            {
                throw new JournalException(JournalError.ReadOnly, "journal is corrupt: salvage it");
            }

            CompactNow();
        }

        /// <summary>
        /// After a corrupt recovery: keeps what was read before the corruption by compacting it into a new generation,
        /// and makes the journal writable again. An operator action (it gives up whatever followed the bad record).
        /// </summary>
        public void Salvage()
        {
            CheckOpen();
            CompactNow();
            _readOnly = false;
        }

        private void CompactNow()
        {
            JournalState s = _state;
            long[] positions = new long[s.QueueCount];
            _log.BeginCompaction();
            PayloadCursor c = Start();
            c.PutUInt32(s.StanCount);
            c.PutUInt32(s.BatchCount);
            c.PutUInt32(s.BatchStartCount);
            _log.AppendSnapshot(RecordTypes.Counters, Length(c));

            string[] keys = s.SettingKeys();
            for (int i = 0; i < keys.Length; i++)
            {
                c = Start();
                c.PutShortString(keys[i]);
                c.PutByte(1);
                c.PutRestString(s.GetSetting(keys[i]));
                _log.AppendSnapshot(RecordTypes.Setting, Length(c));
            }

            PendingReversal r = s.Reversal;
            if (r != null)
            {
                c = Start();
                c.PutUInt32((uint)r.Stan);
                c.PutUInt32((uint)r.Batch);
                c.PutInt64(r.CreatedUtcTicks);
                c.PutUInt16(r.Attempts);
                c.PutShortString(r.Reason);
                c.PutBytes(r.Payload, 0, r.Payload.Length);
                _log.AppendSnapshot(RecordTypes.ReversalSet, Length(c));
            }

            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.State == QueueItemState.Delivered)
                {
                    continue;
                }

                c = Start();
                PutItemHeader(c, item.Number, (int)item.Kind, (int)item.State, item.Attempts, item.Batch, item.Stan, item.CreatedUtcTicks, item.Tid);
                int at = c.Position;
                // The payload comes straight from the old generation into the frame.
                if (_log.Read(item.PayloadPosition, _log.Frame, at, item.PayloadLength) != item.PayloadLength)
                {
                    throw new StorageException(StorageError.Io, "queue payload unreadable");
                }

                int length = at - RecordFormat.HeaderSize + item.PayloadLength;
                positions[i] = _log.AppendSnapshot(RecordTypes.QueueAdd, length) + (at - RecordFormat.HeaderSize);
            }

            for (int i = 0; i < s.AuditCount; i++)
            {
                WriteEntry(RecordTypes.Audit, s.AuditAt(i), true);
            }

            for (int i = 0; i < s.DiagnosticsCount; i++)
            {
                WriteEntry(RecordTypes.Diagnostics, s.DiagnosticsAt(i), true);
            }

            _log.CommitCompaction();

            // Published: point the items at the new file and forget the delivered ones.
            for (int i = 0; i < s.QueueCount; i++)
            {
                s.QueueItemAt(i).PayloadPosition = positions[i];
            }

            s.RemoveDelivered();
            _lastCompactedLength = _log.Length;
            _compactions++;
        }

        private void SetItemState(QueueItem item, QueueItemState state)
        {
            Prepare();
            CheckLive(item);
            PayloadCursor c = Start();
            c.PutUInt32(item.Number);
            c.PutByte((int)state);
            Commit(RecordTypes.QueueState, c);
        }

        private void AppendEntry(byte type, long utcTicks, string text)
        {
            Prepare();
            if (text == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "text missing");
            }

            WriteEntry(type, new LogEntry(utcTicks, text), false);
        }

        private void WriteEntry(byte type, LogEntry entry, bool snapshot)
        {
            PayloadCursor c = Start();
            c.PutInt64(entry.UtcTicks);
            c.PutRestString(entry.Text);
            if (snapshot)
            {
                _log.AppendSnapshot(type, Length(c));
            }
            else
            {
                Commit(type, c);
            }
        }

        private void WriteCounters(uint stanCount, uint batchCount, uint batchStart)
        {
            PayloadCursor c = Start();
            c.PutUInt32(stanCount);
            c.PutUInt32(batchCount);
            c.PutUInt32(batchStart);
            Commit(RecordTypes.Counters, c);
        }

        private static void PutItemHeader(PayloadCursor c, uint number, int kind, int state, int attempts, int batch, int stan, long created, string tid)
        {
            c.PutUInt32(number);
            c.PutByte(kind);
            c.PutByte(state);
            c.PutUInt16(attempts);
            c.PutUInt32((uint)batch);
            c.PutUInt32((uint)stan);
            c.PutInt64(created);
            c.PutShortString(tid);
        }

        /// <summary>Checks the journal is writable and compacts first when the file has grown past the bound.</summary>
        private void Prepare()
        {
            CheckOpen();
            if (_groupLength >= 0)
            {
                return; // inside a group: checked and compacted once, at BeginGroup
            }

            if (_readOnly)
            {
                throw new JournalException(JournalError.ReadOnly, "journal is corrupt: salvage it");
            }

            long bound = _options.CompactThresholdBytes;
            if (bound < 2 * _lastCompactedLength)
            {
                bound = 2 * _lastCompactedLength;
            }

            // Early and cheap when the queue has just drained; at the bound otherwise. The live state (at most a full
            // queue) is copied at most once per bound's worth of appends, which keeps flash writes under 2x.
            if (_log.Length >= bound || (_drained && _log.Length >= _options.CompactThresholdBytes / 2))
            {
                CompactNow();
            }

            _drained = false;
        }

        private PayloadCursor Start()
        {
            _cursor.Reset(_log.Frame, RecordFormat.HeaderSize, _log.MaxPayload);
            return _cursor;
        }

        private int Length(PayloadCursor c)
        {
            if (!c.Ok)
            {
                throw new JournalException(JournalError.InvalidArgument, "record too long");
            }

            return c.Position - RecordFormat.HeaderSize;
        }

        private void Commit(byte type, PayloadCursor c)
        {
            int length = Length(c);
            if (_groupLength >= 0)
            {
                ApplyInGroup(type, length);
                return;
            }

            long position = _log.Append(type, length);
            if (!_state.Apply(type, _log.Frame, RecordFormat.HeaderSize, length, position))
            {
                // Unreachable when the checks above hold; the record is durable, so a reboot will reject it too.
                throw new JournalException(JournalError.InvalidArgument, "record rejected by the state");
            }
        }

        // A change of an open group: its encoded payload (in the frame) goes after the group's earlier parts and is
        // applied now, at a provisional file position that CommitGroup moves to the real one.
        private void ApplyInGroup(byte type, int length)
        {
            int at = _groupLength;
            if (at + 3 + length > _group.Length)
            {
                throw new JournalException(JournalError.InvalidArgument, "group too long for one record");
            }

            if (!_state.Apply(type, _log.Frame, RecordFormat.HeaderSize, length, GroupPosition + at + 3))
            {
                throw new JournalException(JournalError.InvalidArgument, "record rejected by the state");
            }

            _group[at] = type;
            _group[at + 1] = (byte)(length >> 8);
            _group[at + 2] = (byte)length;
            System.Array.Copy(_log.Frame, RecordFormat.HeaderSize, _group, at + 3, length);
            _groupLength = at + 3 + length;
        }

        private void CheckPayload(byte[] payload, int offset, int count)
        {
            if (payload == null || offset < 0 || count < 0 || offset > payload.Length - count || count > _options.MaxItemPayload)
            {
                throw new JournalException(JournalError.InvalidArgument, "payload missing or too long");
            }
        }

        private void CheckLive(QueueItem item)
        {
            if (item == null || _state.FindNumber(item.Number) != item || item.State == QueueItemState.Delivered)
            {
                throw new JournalException(JournalError.UnknownItem, "item not in the queue");
            }
        }

        private void CheckOpen()
        {
            if (!_open)
            {
                throw new JournalException(JournalError.NotOpen, "call Open first");
            }
        }
    }
}
