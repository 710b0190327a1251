using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The power-loss-safe journal: counters, the pending reversal, the offline queue, settings, the audit log and
    /// diagnostics reports, kept as typed records in a <see cref="RecordLog"/>.
    /// <para>Every change is one record, appended and flushed before the call returns and only then applied to
    /// <see cref="State"/>: a call that returned is durable ("acknowledged"); a call that threw may or may not have
    /// reached the flash, never half of it. Call <see cref="Open"/> once at boot.</para>
    /// <para>STANs come from a reservation written ahead (<see cref="JournalOptions.StanReserveBlock"/> at a time); at
    /// boot the count goes on past the reservation plus a block, and after a detected loss (a cut tail, a salvage) past
    /// it by <see cref="JournalOptions.StanSkipAfterLoss"/>, so a STAN never goes back whatever the tail held.</para>
    /// <para>Time for ages and expiry is the journal's monotonic clock (<see cref="TerminalTimeMs"/>): this boot's
    /// base (the latest time the records carry) plus the clock seam's uptime. Sign-in and SNTP never move it.</para>
    /// </summary>
    public sealed class Journal
    {
        private readonly JournalOptions _options;
        private readonly RecordLog _log;
        private readonly PayloadCursor _cursor = new PayloadCursor();
        private readonly IClock _clock;
        private JournalState _state;
        private int _boot;
        private long _bootBase;
        private bool _skipPending;
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

        /// <summary>Creates a journal without a clock: its monotonic clock then stands still within a boot (items get
        /// the boot's base as their time). Nothing is read until <see cref="Open"/>.</summary>
        public Journal(IStorage storage, JournalOptions options)
            : this(storage, options, null)
        {
        }

        /// <summary>Creates a journal whose monotonic clock runs on <paramref name="clock"/>'s uptime (only the uptime is
        /// read). Nothing is read until <see cref="Open"/>.</summary>
        public Journal(IStorage storage, JournalOptions options, IClock clock)
        {
            if (options.StanReserveBlock < 1 || options.StanReserveBlock > 1000 || options.StanSkipAfterLoss < 1 || options.StanSkipAfterLoss > 100000
                || options.ClockCheckpointMs < 60000 || options.ClockCheckpointMs > 24L * 3600 * 1000)
            {
                throw new System.ArgumentOutOfRangeException(nameof(options));
            }

            _options = options;
            _clock = clock;
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

        /// <summary>This boot's number on the journal's clock (1 for the first boot that writes; a boot that writes
        /// nothing leaves no trace and its number is used again).</summary>
        public int BootNumber => _boot;

        /// <summary>
        /// Now on the journal's monotonic clock, ms: the latest time the records carried at boot plus the uptime. It
        /// never goes back (not across reboots either) and never jumps with the wall clock; it does not count the
        /// time the terminal was off, nor a boot's time after its last record (at most
        /// <see cref="JournalOptions.ClockCheckpointMs"/> while items wait), so ages are never overstated.
        /// </summary>
        public long TerminalTimeMs => _bootBase + (_clock == null ? 0 : _clock.UptimeMs);

        /// <summary>How long ago <paramref name="monoMs"/> was on the monotonic clock (0 when not in the past).</summary>
        public long AgeMs(long monoMs)
        {
            long now = TerminalTimeMs;
            return now > monoMs ? now - monoMs : 0;
        }

        /// <summary>Recovers the journal from storage and rebuilds <see cref="State"/>. See <see cref="RecoveryReport"/>.</summary>
        public RecoveryReport Open()
        {
            _state = new JournalState(_options);
            RecoveryReport report = _log.Open(_state);
            _readOnly = report.Status == RecoveryStatus.Corrupt;
            _lastCompactedLength = 0;
            _open = true;
            _boot = (int)_state.MaxBoot + 1;
            _bootBase = _state.LastMonoMs;
            _skipPending = false;
            SkipStansAtBoot(report);
            return report;
        }

        // The reservation says which STANs may have gone out; none of them is handed out again. After a detected loss
        // the skip is persisted at once: the next boot finds a clean file and could not tell.
        private void SkipStansAtBoot(RecoveryReport report)
        {
            bool loss = report.Status == RecoveryStatus.TailTruncated;
            uint n = _state.StanCount;
            uint reserved = _state.StanReservedCount;
            uint skip = loss ? (uint)_options.StanSkipAfterLoss : reserved > 0 ? (uint)_options.StanReserveBlock : 0;
            uint target = SkipTarget(reserved > n ? reserved : n, skip);
            if (target <= n)
            {
                return;
            }

            report.StansSkipped = (int)(target - n);
            _state.SkipStans(target);
            if (loss)
            {
                _skipPending = true;
                try
                {
                    WriteSkip();
                }
                catch (StorageException)
                {
                    // Written before the next change instead (Prepare).
                }
            }
        }

        // Past the floor by the skip, but never past the batch's last STAN (then the batch is exhausted: settle).
        private uint SkipTarget(uint floor, uint skip)
        {
            uint limit = _state.BatchStartCount + JournalState.MaxCounter;
            uint target = floor + skip;
            return target > limit || target < floor ? limit : target;
        }

        private void WriteSkip()
        {
            uint n = _state.StanCount;
            WriteCounters(n, _state.BatchCount, _state.BatchStartCount, n);
            _skipPending = false;
        }

        /// <summary>Hands out the next STAN (1..999999, wrapping to 1). It is covered by a durable reservation before it
        /// is returned (one record per <see cref="JournalOptions.StanReserveBlock"/> STANs), so it is never handed out
        /// twice, not after a reboot nor after a lost tail; it never repeats within a batch
        /// (<see cref="JournalError.StanExhausted"/> once a batch has used all 999999).</summary>
        public int ReserveStan()
        {
            Prepare();
            if (_state.StansUsedInBatch >= JournalState.MaxCounter)
            {
                throw new JournalException(JournalError.StanExhausted, "settle: every STAN of the batch is used");
            }

            uint n = _state.StanCount;
            if (n + 1 > _state.StanReservedCount)
            {
                WriteCounters(n, _state.BatchCount, _state.BatchStartCount, n + (uint)_options.StanReserveBlock);
            }

            _state.SkipStans(n + 1);
            return _state.CurrentStan;
        }

        /// <summary>Opens the next batch (after settlement) and returns its number (1..999999, wrapping to 1).</summary>
        public int OpenNextBatch()
        {
            Prepare();
            WriteBatch(_state.BatchCount + 1);
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
            WriteBatch(_state.BatchCount + step);
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
            _state.Reversal.CreatedMonoMs = TerminalTimeMs;
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
            long now = TerminalTimeMs;
            now = now > QueueItem.MaxMonoMs ? QueueItem.MaxMonoMs : now;
            PayloadCursor c = Start();
            PutItemHeader(c, number, (int)kind, (int)QueueItemState.Pending, 0, batch, stan, createdUtcTicks, _boot > QueueItem.MaxBoot ? QueueItem.MaxBoot : _boot, now, now, 0, "", tid);
            c.PutBytes(payload, offset, count);
            Commit(RecordTypes.QueueItemAdd, c);
            return _state.FindNumber(number);
        }

        /// <summary>Counts one more attempt of the item (the forwarder counts definite host answers that left it pending).</summary>
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

        /// <summary>Flags the item as having exhausted its retries (kept and shown, never dropped), without a reason.</summary>
        public void MarkExhausted(QueueItem item)
        {
            SetItemState(item, QueueItemState.Exhausted);
        }

        /// <summary>Flags the item as past its expiry age (kept and shown, never dropped), without a reason.</summary>
        public void MarkExpired(QueueItem item)
        {
            SetItemState(item, QueueItemState.Expired);
        }

        /// <summary>
        /// Flags the item for review, kept and shown, never dropped: <paramref name="state"/> Exhausted or Expired, a
        /// <paramref name="reason"/> (the forwarder's <c>AdviceFlagReason</c>) and the host's response code ("" for
        /// none), in one record.
        /// </summary>
        public void Flag(QueueItem item, QueueItemState state, int reason, string code)
        {
            Prepare();
            CheckLive(item);
            if ((state != QueueItemState.Exhausted && state != QueueItemState.Expired) || reason < 0 || reason > 255 || !QueueItem.IsStorableCode(code))
            {
                throw new JournalException(JournalError.InvalidArgument, "flag state, reason or code (\"\" or two characters)");
            }

            PayloadCursor c = Start();
            c.PutUInt32(item.Number);
            c.PutByte((int)state);
            c.PutByte(reason);
            c.PutShortString(code);
            Commit(RecordTypes.QueueFlag, c);
        }

        /// <summary>
        /// A person's decision on a flagged item, with its audit entry in the same record: retry (back to pending,
        /// attempts 0, its expiry age counting again from now) or acknowledge (it stops counting against the capacity
        /// and is removed at the next compaction; the audit entry is what remains).
        /// </summary>
        public void Review(QueueItem item, bool acknowledge, long utcTicks, string auditText)
        {
            Prepare();
            CheckLive(item);
            if (!item.IsFlagged)
            {
                throw new JournalException(JournalError.UnknownItem, "item is not flagged");
            }

            if (auditText == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "audit text missing");
            }

            PayloadCursor c = Start();
            c.PutUInt32(item.Number);
            c.PutByte(acknowledge ? JournalState.ReviewAcknowledge : JournalState.ReviewRetry);
            c.PutInt64(TerminalTimeMs);
            c.PutInt64(utcTicks);
            c.PutRestString(auditText);
            Commit(RecordTypes.QueueReview, c);
        }

        /// <summary>
        /// Records the monotonic clock (boot number and <see cref="TerminalTimeMs"/>) when items are waiting and the
        /// last recorded time is at least <see cref="JournalOptions.ClockCheckpointMs"/> old, so a reboot does not lose
        /// more of their age than that. Returns true when it wrote. Call it now and then (the forwarder does, on timers).
        /// </summary>
        public bool Checkpoint()
        {
            CheckOpen();
            // Cheapest test first: it runs on every timer of the app.
            if (_clock == null || TerminalTimeMs - LastRecordedMono() < _options.ClockCheckpointMs || _readOnly || _state.UndeliveredCount == 0)
            {
                return false;
            }

            Prepare();
            PayloadCursor c = Start();
            c.PutUInt32((uint)_boot);
            c.PutInt64(TerminalTimeMs);
            Commit(RecordTypes.Clock, c);
            return true;
        }

        private long LastRecordedMono()
        {
            long last = _state.LastMonoMs;
            return last > _bootBase ? last : _bootBase;
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
        /// The counters never go back: the valid records after the bad one are read for their counters, and the STAN
        /// count goes past the highest of them by <see cref="JournalOptions.StanSkipAfterLoss"/>. Returns the STANs
        /// skipped.
        /// </summary>
        public int Salvage()
        {
            CheckOpen();
            int skipped = 0;
            if (_readOnly)
            {
                LostCounters lost = new LostCounters();
                _log.ScanLost(lost);
                _state.SkipBatch(lost.BatchCount, lost.BatchStart);
                uint floor = _state.StanCount;
                floor = _state.StanReservedCount > floor ? _state.StanReservedCount : floor;
                floor = lost.StanCount > floor ? lost.StanCount : floor;
                floor = lost.Reserved > floor ? lost.Reserved : floor;
                uint before = _state.StanCount;
                _state.SkipStans(SkipTarget(floor, (uint)_options.StanSkipAfterLoss));
                skipped = (int)(_state.StanCount - before);
            }

            CompactNow();
            _readOnly = false;
            _skipPending = false;
            return skipped;
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
            c.PutUInt32(s.StanReservedCount > s.StanCount ? s.StanReservedCount : s.StanCount);
            _log.AppendSnapshot(RecordTypes.Counters, Length(c));

            // The clock: this boot and the latest time, so the next boot's base never goes back.
            c = Start();
            c.PutUInt32((uint)_boot);
            long now = TerminalTimeMs;
            c.PutInt64(s.LastMonoMs > now ? s.LastMonoMs : now);
            _log.AppendSnapshot(RecordTypes.Clock, Length(c));

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
                if (!item.IsLive)
                {
                    continue;
                }

                c = Start();
                PutItemHeader(c, item.Number, (int)item.Kind, (int)item.State, item.Attempts, item.Batch, item.Stan, item.CreatedUtcTicks,
                    item.CreatedBoot, item.CreatedMonoMs, item.ExpiryFromMs, item.FlagReason, item.FlagCode, item.Tid);
                int at = c.Position;
                // The payload comes straight from the old generation into the frame.
                if (_log.Read(item.PayloadPosition, _log.Frame, at, item.PayloadLength) != item.PayloadLength)
                {
                    throw new StorageException(StorageError.Io, "queue payload unreadable");
                }

                int length = at - RecordFormat.HeaderSize + item.PayloadLength;
                positions[i] = _log.AppendSnapshot(RecordTypes.QueueItemAdd, length) + (at - RecordFormat.HeaderSize);
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
            s.NoteMono(now);
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

        private void WriteCounters(uint stanCount, uint batchCount, uint batchStart, uint reserved)
        {
            PayloadCursor c = Start();
            c.PutUInt32(stanCount);
            c.PutUInt32(batchCount);
            c.PutUInt32(batchStart);
            uint held = _state.StanReservedCount;
            held = reserved > held ? reserved : held;
            c.PutUInt32(held > stanCount ? held : stanCount);
            Commit(RecordTypes.Counters, c);
        }

        // A batch change is written twice: the one record of a settlement must not be the one a rotten last record takes.
        private void WriteBatch(uint batchCount)
        {
            uint n = _state.StanCount;
            WriteCounters(n, batchCount, n, n);
            WriteCounters(n, batchCount, n, n);
        }

        private static void PutItemHeader(PayloadCursor c, uint number, int kind, int state, int attempts, int batch, int stan, long created,
            int boot, long createdMono, long expiryFrom, int reason, string code, string tid)
        {
            c.PutUInt32(number);
            c.PutByte(kind);
            c.PutByte(state);
            c.PutUInt16(attempts);
            c.PutUInt32((uint)batch);
            c.PutUInt32((uint)stan);
            c.PutInt64(created);
            c.PutUInt32((uint)boot);
            c.PutInt64(createdMono);
            c.PutInt64(expiryFrom);
            c.PutByte(reason);
            c.PutShortString(code);
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
                _skipPending = false; // the snapshot holds the skipped count
            }

            _drained = false;
            if (_skipPending)
            {
                WriteSkip();
            }
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
            if (item == null || _state.FindNumber(item.Number) != item || !item.IsLive)
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
