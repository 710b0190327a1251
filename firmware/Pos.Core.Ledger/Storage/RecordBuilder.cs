namespace Pos.Core.Storage
{
    /// <summary>
    /// Writes the journal's record payloads into the record log's frame, one method per record type (the layouts of
    /// docs/STORAGE.md §2, which <see cref="JournalState"/> reads back). Each returns the payload length to pass to
    /// <see cref="RecordLog.Append"/> or <see cref="RecordLog.AppendSnapshot"/>; a payload that does not fit the frame
    /// is <see cref="JournalError.InvalidArgument"/>. Used for the changes and for the compaction's snapshot alike.
    /// </summary>
    internal sealed class RecordBuilder
    {
        private readonly RecordLog _log;
        private readonly PayloadCursor _cursor = new PayloadCursor();

        /// <summary>Bytes of an Entry record before its value: log, key, present.</summary>
        public const int EntryHeaderLength = 6;

        /// <summary>A builder over <paramref name="log"/>'s frame.</summary>
        public RecordBuilder(RecordLog log)
        {
            _log = log;
        }

        /// <summary>Counters: absolute STAN, batch and batch-start counts and the reservation.</summary>
        public int Counters(uint stanCount, uint batchCount, uint batchStart, uint reserved)
        {
            PayloadCursor c = Start();
            c.PutUInt32(stanCount);
            c.PutUInt32(batchCount);
            c.PutUInt32(batchStart);
            c.PutUInt32(reserved);
            return Length(c);
        }

        /// <summary>Clock: the boot and a time on the monotonic clock.</summary>
        public int Clock(int boot, long monoMs)
        {
            PayloadCursor c = Start();
            c.PutUInt32((uint)boot);
            c.PutInt64(monoMs);
            return Length(c);
        }

        /// <summary>Setting: a key and its value (null: removed).</summary>
        public int Setting(string key, string value)
        {
            PayloadCursor c = Start();
            c.PutShortString(key);
            c.PutByte(value == null ? 0 : 1);
            if (value != null)
            {
                c.PutRestString(value);
            }

            return Length(c);
        }

        /// <summary>Entry: a keyed log's entry and its value (null: removed).</summary>
        public int KeyedEntry(int log, int key, string value)
        {
            PayloadCursor c = Start();
            PutEntryHeader(c, log, key, value != null);
            if (value != null)
            {
                c.PutRestString(value);
            }

            return Length(c);
        }

        /// <summary>
        /// The Entry header of a present value (the snapshot's copy); returns where in the frame the value goes, which
        /// the caller reads there straight from the flash.
        /// </summary>
        public int KeyedEntryHeader(int log, int key)
        {
            PayloadCursor c = Start();
            PutEntryHeader(c, log, key, true);
            Length(c);
            return c.Position;
        }

        /// <summary>EntriesCleared: every entry of a log removed.</summary>
        public int EntriesCleared(int log)
        {
            PayloadCursor c = Start();
            c.PutByte(log);
            return Length(c);
        }

        /// <summary>ReversalSet: the pending reversal and its message.</summary>
        public int ReversalSet(int stan, int batch, long createdUtcTicks, int attempts, string reason, byte[] payload, int offset, int count)
        {
            PayloadCursor c = Start();
            c.PutUInt32((uint)stan);
            c.PutUInt32((uint)batch);
            c.PutInt64(createdUtcTicks);
            c.PutUInt16(attempts);
            c.PutShortString(reason);
            c.PutBytes(payload, offset, count);
            return Length(c);
        }

        /// <summary>ReversalUpdate: attempts and reason.</summary>
        public int ReversalUpdate(int attempts, string reason)
        {
            PayloadCursor c = Start();
            c.PutUInt16(attempts);
            c.PutShortString(reason);
            return Length(c);
        }

        /// <summary>A record without a payload (ReversalClear).</summary>
        public int Empty()
        {
            return Length(Start());
        }

        /// <summary>QueueItemAdd of a new item: pending, no attempts, its expiry counted from its creation.</summary>
        public int NewItem(uint number, QueueItemKind kind, int batch, int stan, long createdUtcTicks, int boot, long monoMs, string tid,
            byte[] payload, int offset, int count)
        {
            PayloadCursor c = Start();
            PutItemHeader(c, number, (int)kind, (int)QueueItemState.Pending, 0, batch, stan, createdUtcTicks, boot, monoMs, monoMs, 0, "", tid);
            c.PutBytes(payload, offset, count);
            return Length(c);
        }

        /// <summary>
        /// The QueueItemAdd header of an item as it stands (the snapshot's copy); returns where in the frame its payload
        /// goes. The payload is put there by the caller, so that it need not pass through a buffer of its own.
        /// </summary>
        public int ItemHeader(QueueItem item)
        {
            PayloadCursor c = Start();
            PutItemHeader(c, item.Number, (int)item.Kind, (int)item.State, item.Attempts, item.Batch, item.Stan, item.CreatedUtcTicks,
                item.CreatedBoot, item.CreatedMonoMs, item.ExpiryFromMs, item.FlagReason, item.FlagCode, item.Tid);
            Length(c);
            return c.Position;
        }

        /// <summary>QueueAttempt: the item's attempt count (absolute).</summary>
        public int ItemAttempts(uint number, int attempts)
        {
            PayloadCursor c = Start();
            c.PutUInt32(number);
            c.PutUInt16(attempts);
            return Length(c);
        }

        /// <summary>QueueState: the item's new state.</summary>
        public int ItemState(uint number, QueueItemState state)
        {
            PayloadCursor c = Start();
            c.PutUInt32(number);
            c.PutByte((int)state);
            return Length(c);
        }

        /// <summary>QueueFlag: flagged state, reason and the host's code.</summary>
        public int ItemFlag(uint number, QueueItemState state, int reason, string code)
        {
            PayloadCursor c = Start();
            c.PutUInt32(number);
            c.PutByte((int)state);
            c.PutByte(reason);
            c.PutShortString(code);
            return Length(c);
        }

        /// <summary>QueueReview: a person's retry or acknowledgement and its audit entry.</summary>
        public int ItemReview(uint number, bool acknowledge, long monoMs, long utcTicks, string auditText)
        {
            PayloadCursor c = Start();
            c.PutUInt32(number);
            c.PutByte(acknowledge ? JournalState.ReviewAcknowledge : JournalState.ReviewRetry);
            c.PutInt64(monoMs);
            c.PutInt64(utcTicks);
            c.PutRestString(auditText);
            return Length(c);
        }

        /// <summary>Audit or Diagnostics: a time and a text.</summary>
        public int Entry(long utcTicks, string text)
        {
            PayloadCursor c = Start();
            c.PutInt64(utcTicks);
            c.PutRestString(text);
            return Length(c);
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

        private static void PutEntryHeader(PayloadCursor c, int log, int key, bool present)
        {
            c.PutByte(log);
            c.PutUInt32((uint)key);
            c.PutByte(present ? 1 : 0);
        }

        private PayloadCursor Start()
        {
            _cursor.Reset(_log.Frame, RecordFormat.HeaderSize, _log.MaxPayload);
            return _cursor;
        }

        private static int Length(PayloadCursor c)
        {
            if (!c.Ok)
            {
                throw new JournalException(JournalError.InvalidArgument, "record too long");
            }

            return c.Position - RecordFormat.HeaderSize;
        }
    }
}
