using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The power-loss-safe journal: counters, the pending reversal, the offline queue, settings, keyed logs whose values
    /// stay in the flash (the batch's transaction log) and diagnostics reports, kept as typed records in a
    /// <see cref="RecordLog"/>. (Who did what is the audit trail's, in files of its own:
    /// <c>Pos.Core.Audit.AuditTrail</c>.)
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
        private readonly JournalWriter _writer;
        private readonly RecordBuilder _records;
        private readonly JournalClock _clock;

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
            _writer = new JournalWriter(storage, options, clock);
            _records = _writer.Records;
            _clock = _writer.Clock;
        }

        /// <summary>The in-memory view.</summary>
        public JournalState State => _writer.State;

        /// <summary>
        /// Seals the card data of the records written into this journal and opens them when read back (the app gives
        /// it the data-at-rest key); null when there is none: card data are then refused, never stored in clear.
        /// </summary>
        public Pos.Core.Security.CardDataCipher CardData { get; set; }

        /// <summary>The record log underneath (length, generation).</summary>
        public RecordLog Log => _writer.Log;

        /// <summary>True after a corrupt recovery: reads work, changes are refused until <see cref="Salvage"/>.</summary>
        public bool IsReadOnly => _writer.IsReadOnly;

        /// <summary>Compactions done since Open.</summary>
        public int Compactions => _writer.Compactions;

        /// <summary>This boot's number on the journal's clock (1 for the first boot that writes; a boot that writes
        /// nothing leaves no trace and its number is used again).</summary>
        public int BootNumber => _clock.Boot;

        /// <summary>
        /// Now on the journal's monotonic clock, ms: the latest time the records carried at boot plus the uptime. It
        /// never goes back (not across reboots either) and never jumps with the wall clock; it does not count the
        /// time the terminal was off, nor a boot's time after its last record (at most
        /// <see cref="JournalOptions.ClockCheckpointMs"/> while items wait), so ages are never overstated.
        /// </summary>
        public long TerminalTimeMs => _clock.NowMs;

        /// <summary>How long ago <paramref name="monoMs"/> was on the monotonic clock (0 when not in the past).</summary>
        public long AgeMs(long monoMs)
        {
            return _clock.AgeMs(monoMs);
        }

        /// <summary>Recovers the journal from storage and rebuilds <see cref="State"/>. See <see cref="RecoveryReport"/>.</summary>
        public RecoveryReport Open()
        {
            return _writer.Open();
        }

        /// <summary>Hands out the next STAN (1..999999, wrapping to 1). It is covered by a durable reservation before it
        /// is returned (one record per <see cref="JournalOptions.StanReserveBlock"/> STANs), so it is never handed out
        /// twice, not after a reboot nor after a lost tail; it never repeats within a batch
        /// (<see cref="JournalError.StanExhausted"/> once a batch has used all 999999).</summary>
        public int ReserveStan()
        {
            _writer.Prepare();
            if (State.StansUsedInBatch >= JournalState.MaxCounter)
            {
                throw new JournalException(JournalError.StanExhausted, "settle: every STAN of the batch is used");
            }

            uint n = State.StanCount;
            if (n + 1 > State.StanReservedCount)
            {
                _writer.WriteCounters(n, State.BatchCount, State.BatchStartCount, n + (uint)_options.StanReserveBlock);
            }

            State.SkipStans(n + 1);
            return State.CurrentStan;
        }

        /// <summary>Opens the next batch (after settlement) and returns its number (1..999999, wrapping to 1).</summary>
        public int OpenNextBatch()
        {
            _writer.Prepare();
            WriteBatch(State.BatchCount + 1);
            return State.BatchNumber;
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

            _writer.Prepare();
            if (State.BatchNumber == batchNumber)
            {
                return batchNumber;
            }

            uint current = (uint)State.BatchNumber;
            uint step = (uint)batchNumber > current ? (uint)batchNumber - current : (uint)batchNumber + JournalState.MaxCounter - current;
            WriteBatch(State.BatchCount + step);
            return State.BatchNumber;
        }

        /// <summary>Persists a pending reversal (one at a time), before the request it compensates is sent.</summary>
        public void SetReversal(int stan, int batch, string reason, long createdUtcTicks, byte[] payload, int offset, int count)
        {
            _writer.Prepare();
            if (State.Reversal != null)
            {
                throw new JournalException(JournalError.ReversalPending, "a reversal is already pending");
            }

            CheckPayload(payload, offset, count);
            _writer.Commit(RecordTypes.ReversalSet, _records.ReversalSet(stan, batch, createdUtcTicks, 0, reason, payload, offset, count));
            State.Reversal.CreatedMonoMs = TerminalTimeMs;
        }

        /// <summary>Updates the pending reversal's reason and attempt count (attempts never go down).</summary>
        public void UpdateReversal(string reason, int attempts)
        {
            _writer.Prepare();
            PendingReversal reversal = State.Reversal;
            if (reversal == null)
            {
                throw new JournalException(JournalError.NoReversal, "no reversal pending");
            }

            if (attempts < reversal.Attempts || attempts > 65535 || reason == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "attempts go backward or reason missing");
            }

            _writer.Commit(RecordTypes.ReversalUpdate, _records.ReversalUpdate(attempts, reason));
        }

        /// <summary>Clears the pending reversal once its final outcome is recorded.</summary>
        public void ClearReversal()
        {
            _writer.Prepare();
            if (State.Reversal == null)
            {
                throw new JournalException(JournalError.NoReversal, "no reversal pending");
            }

            _writer.Commit(RecordTypes.ReversalClear, _records.Empty());
        }

        /// <summary>Adds an item to the offline queue; it is durable when this returns. The id TID + batch + STAN must
        /// be new (<see cref="JournalError.DuplicateItem"/>).</summary>
        public QueueItem Enqueue(QueueItemKind kind, string tid, int batch, int stan, long createdUtcTicks, byte[] payload, int offset, int count)
        {
            _writer.Prepare();
            if (tid == null || tid.Length == 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "TID missing");
            }

            CheckPayload(payload, offset, count);
            if (State.FindItem(tid, batch, stan) != null)
            {
                throw new JournalException(JournalError.DuplicateItem, "item already queued");
            }

            if (State.UndeliveredCount >= _options.QueueCapacity)
            {
                throw new JournalException(JournalError.QueueFull, "offline queue full");
            }

            uint number = State.NextItemNumber;
            long now = TerminalTimeMs;
            now = now > QueueItem.MaxMonoMs ? QueueItem.MaxMonoMs : now;
            _writer.Commit(RecordTypes.QueueItemAdd, _records.NewItem(number, kind, batch, stan, createdUtcTicks, _clock.StoredBoot, now, tid, payload, offset, count));
            return State.FindNumber(number);
        }

        /// <summary>Counts one more attempt of the item (the forwarder counts definite host answers that left it pending).</summary>
        public void RecordAttempt(QueueItem item)
        {
            _writer.Prepare();
            CheckLive(item);
            if (item.Attempts >= 65535)
            {
                throw new JournalException(JournalError.InvalidArgument, "attempt count overflow");
            }

            _writer.Commit(RecordTypes.QueueAttempt, _records.ItemAttempts(item.Number, item.Attempts + 1));
        }

        /// <summary>Marks the item delivered (acknowledged by the host, or 94 duplicate). It stays in the state, without
        /// counting against the capacity, until the next compaction removes it.</summary>
        public void MarkDelivered(QueueItem item)
        {
            SetItemState(item, QueueItemState.Delivered);
            // The queue just emptied: the cheapest moment to compact (nothing live to copy), done at the next call.
            _writer.NoteDelivered();
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
            _writer.Prepare();
            CheckLive(item);
            if ((state != QueueItemState.Exhausted && state != QueueItemState.Expired) || reason < 0 || reason > 255 || !QueueItem.IsStorableCode(code))
            {
                throw new JournalException(JournalError.InvalidArgument, "flag state, reason or code (\"\" or two characters)");
            }

            _writer.Commit(RecordTypes.QueueFlag, _records.ItemFlag(item.Number, state, reason, code));
        }

        /// <summary>
        /// A person's decision on a flagged item, with its audit text in the same record (the format keeps it; the audit
        /// trail gets its own entry from the caller): retry (back to pending,
        /// attempts 0, its expiry age counting again from now) or acknowledge (it stops counting against the capacity
        /// and is removed at the next compaction; the audit entry is what remains).
        /// </summary>
        public void Review(QueueItem item, bool acknowledge, long utcTicks, string auditText)
        {
            _writer.Prepare();
            CheckLive(item);
            if (!item.IsFlagged)
            {
                throw new JournalException(JournalError.UnknownItem, "item is not flagged");
            }

            if (auditText == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "audit text missing");
            }

            _writer.Commit(RecordTypes.QueueReview, _records.ItemReview(item.Number, acknowledge, TerminalTimeMs, utcTicks, auditText));
        }

        /// <summary>
        /// Records the monotonic clock (boot number and <see cref="TerminalTimeMs"/>) when items are waiting and the
        /// last recorded time is at least <see cref="JournalOptions.ClockCheckpointMs"/> old, so a reboot does not lose
        /// more of their age than that. Returns true when it wrote. Call it now and then (the forwarder does, on timers).
        /// </summary>
        public bool Checkpoint()
        {
            _writer.CheckOpen();
            // Cheapest test first: it runs on every timer of the app.
            if (!_clock.Runs || TerminalTimeMs - _clock.LastRecorded(State) < _options.ClockCheckpointMs || _writer.IsReadOnly || State.UndeliveredCount == 0)
            {
                return false;
            }

            _writer.Prepare();
            _writer.Commit(RecordTypes.Clock, _records.Clock(_clock.Boot, TerminalTimeMs));
            return true;
        }

        /// <summary>Copies the item's payload into <paramref name="buffer"/> at <paramref name="offset"/>; returns its length.</summary>
        public int ReadPayload(QueueItem item, byte[] buffer, int offset)
        {
            _writer.CheckOpen();
            if (item == null || State.FindNumber(item.Number) != item || item.PayloadPosition < 0)
            {
                throw new JournalException(JournalError.UnknownItem, "item not in the journal (or its group not written yet)");
            }

            if (buffer == null || offset < 0 || buffer.Length - offset < item.PayloadLength)
            {
                throw new JournalException(JournalError.InvalidArgument, "buffer too small");
            }

            return Log.Read(item.PayloadPosition, buffer, offset, item.PayloadLength);
        }

        /// <summary>Sets a setting (null removes it). Keys up to 255 UTF-8 bytes.</summary>
        public void SetSetting(string key, string value)
        {
            _writer.Prepare();
            if (key == null || key.Length == 0)
            {
                throw new JournalException(JournalError.InvalidArgument, "key missing");
            }

            _writer.Commit(RecordTypes.Setting, _records.Setting(key, value));
        }

        /// <summary>
        /// Sets entry <paramref name="key"/> (0 to 1,048,575) of keyed log <paramref name="log"/> (0-3) to
        /// <paramref name="value"/> (up to 2,047 UTF-8 bytes; null removes it): one record, like a setting, but the
        /// state keeps only where the value is in the flash (<see cref="GetEntry"/> reads it), so a log of many entries
        /// costs 8 bytes of heap each (<see cref="JournalOptions.EntryCapacity"/>). Compaction carries the entries.
        /// </summary>
        public void SetEntry(int log, int key, string value)
        {
            _writer.Prepare();
            int length = log < 0 || log > EntryIndex.MaxLog || key < 0 || key > EntryIndex.MaxKey ? -1 : _records.KeyedEntry(log, key, value);
            if (length < 0 || length - RecordBuilder.EntryHeaderLength > EntryIndex.MaxLength)
            {
                throw new JournalException(JournalError.InvalidArgument, "entry log, key or value out of range");
            }

            _writer.Commit(RecordTypes.Entry, length);
        }

        /// <summary>Removes every entry of keyed log <paramref name="log"/>, in one record.</summary>
        public void ClearEntries(int log)
        {
            _writer.Prepare();
            if (log < 0 || log > EntryIndex.MaxLog)
            {
                throw new JournalException(JournalError.InvalidArgument, "entry log out of range");
            }

            _writer.Commit(RecordTypes.EntriesCleared, _records.EntriesCleared(log));
        }

        /// <summary>
        /// The value of entry <paramref name="key"/> of keyed log <paramref name="log"/>, or null: read from the
        /// flash (or from the open group, for an entry it set), so each call reads and allocates the string anew.
        /// </summary>
        public string GetEntry(int log, int key)
        {
            _writer.CheckOpen();
            EntryIndex entries = State.Entries;
            int i = entries.Find(log, key);
            if (i < 0)
            {
                return null;
            }

            int length = entries.LengthAt(i);
            if (length == 0)
            {
                return string.Empty;
            }

            byte[] bytes = new byte[length];
            if (entries.InGroupAt(i))
            {
                _writer.ReadGroup((int)entries.PositionAt(i), bytes, length);
            }
            else if (Log.Read(entries.PositionAt(i), bytes, 0, length) != length)
            {
                throw new StorageException(StorageError.Io, "entry unreadable");
            }

            return new string(System.Text.Encoding.UTF8.GetChars(bytes, 0, length));
        }

        /// <summary>
        /// Starts an atomic group: the changes made until <see cref="CommitGroup"/> (settings, entries, reversal, queue
        /// items, counters) reach the flash as one record, so a power cut leaves all of them or none. Each change is
        /// checked and applied to <see cref="State"/> at once (a later change sees the earlier ones; an entry set in the
        /// group is read from the group); a queue item added in the group cannot have its payload read before the commit. Always end a group with <see cref="CommitGroup"/> or
        /// <see cref="AbandonGroup"/> (calling the latter in a finally block after a commit is harmless).
        /// </summary>
        public void BeginGroup()
        {
            _writer.BeginGroup();
        }

        /// <summary>True between <see cref="BeginGroup"/> and its commit or abandon.</summary>
        public bool InGroup => _writer.InGroup;

        /// <summary>
        /// Writes the open group as one record; durable when it returns. When the write fails the group is abandoned
        /// (the state goes back to what the flash holds) and the exception is passed on.
        /// </summary>
        public void CommitGroup()
        {
            _writer.CommitGroup();
        }

        /// <summary>
        /// Drops the open group: nothing of it reached the flash, and the state is read back from the flash when
        /// changes of the group were already applied to it. Nothing when no group is open.
        /// </summary>
        public void AbandonGroup()
        {
            _writer.AbandonGroup();
        }

        /// <summary>Appends a diagnostics report (the newest are kept, see <see cref="JournalOptions.DiagnosticsCapacity"/>).</summary>
        public void AppendDiagnostics(long utcTicks, string report)
        {
            _writer.Prepare();
            if (report == null)
            {
                throw new JournalException(JournalError.InvalidArgument, "text missing");
            }

            _writer.Commit(RecordTypes.Diagnostics, _records.Entry(utcTicks, report));
        }

        /// <summary>
        /// Writes the live state into the next generation file and publishes it (see <see cref="RecordLog"/>); drops
        /// delivered items. Runs on its own when the file passes the size bound.
        /// </summary>
        public void Compact()
        {
            _writer.Compact();
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
            return _writer.Salvage();
        }

        private void SetItemState(QueueItem item, QueueItemState state)
        {
            _writer.Prepare();
            CheckLive(item);
            _writer.Commit(RecordTypes.QueueState, _records.ItemState(item.Number, state));
        }

        // A batch change is written twice: the one record of a settlement must not be the one a rotten last record takes.
        private void WriteBatch(uint batchCount)
        {
            uint n = State.StanCount;
            _writer.WriteCounters(n, batchCount, n, n);
            _writer.WriteCounters(n, batchCount, n, n);
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
            if (item == null || State.FindNumber(item.Number) != item || !item.IsLive)
            {
                throw new JournalException(JournalError.UnknownItem, "item not in the queue");
            }
        }
    }
}
