using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The content of a compaction (docs/STORAGE.md §4): the live state written as the next generation's snapshot —
    /// counters, the clock, settings, the pending reversal, the live queue items with their payloads and the keyed
    /// entries with their values copied straight from the current generation, the diagnostics ring — then published,
    /// and the items and entries pointed at their bytes in the new file. Delivered and acknowledged items are not written.
    /// </summary>
    internal static class SnapshotWriter
    {
        /// <summary>Writes and publishes the snapshot of <paramref name="s"/>; <paramref name="now"/> is the monotonic
        /// clock's time, recorded unless the state holds a later one.</summary>
        public static void Write(RecordLog log, RecordBuilder records, JournalState s, int boot, long now)
        {
            long[] positions = new long[s.QueueCount];
            log.BeginCompaction();
            uint reserved = s.StanReservedCount > s.StanCount ? s.StanReservedCount : s.StanCount;
            log.AppendSnapshot(RecordTypes.Counters, records.Counters(s.StanCount, s.BatchCount, s.BatchStartCount, reserved));

            // The clock: this boot and the latest time, so the next boot's base never goes back.
            log.AppendSnapshot(RecordTypes.Clock, records.Clock(boot, s.LastMonoMs > now ? s.LastMonoMs : now));

            string[] keys = s.SettingKeys();
            for (int i = 0; i < keys.Length; i++)
            {
                log.AppendSnapshot(RecordTypes.Setting, records.Setting(keys[i], s.GetSetting(keys[i])));
            }

            PendingReversal r = s.Reversal;
            if (r != null)
            {
                log.AppendSnapshot(RecordTypes.ReversalSet,
                    records.ReversalSet(r.Stan, r.Batch, r.CreatedUtcTicks, r.Attempts, r.Reason, r.Payload, 0, r.Payload.Length));
            }

            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsLive)
                {
                    continue;
                }

                int at = records.ItemHeader(item);
                // The payload comes straight from the old generation into the frame.
                if (log.Read(item.PayloadPosition, log.Frame, at, item.PayloadLength) != item.PayloadLength)
                {
                    throw new StorageException(StorageError.Io, "queue payload unreadable");
                }

                int length = at - RecordFormat.HeaderSize + item.PayloadLength;
                positions[i] = log.AppendSnapshot(RecordTypes.QueueItemAdd, length) + (at - RecordFormat.HeaderSize);
            }

            // The keyed entries: each value straight from the old generation into the frame, like the queue's payloads.
            EntryIndex entries = s.Entries;
            long[] entryPositions = new long[entries.Count];
            for (int i = 0; i < entries.Count; i++)
            {
                int at = records.KeyedEntryHeader(entries.LogAt(i), entries.KeyAt(i));
                int length = entries.LengthAt(i);
                if (log.Read(entries.PositionAt(i), log.Frame, at, length) != length)
                {
                    throw new StorageException(StorageError.Io, "entry unreadable");
                }

                entryPositions[i] = log.AppendSnapshot(RecordTypes.Entry, at - RecordFormat.HeaderSize + length) + (at - RecordFormat.HeaderSize);
            }

            for (int i = 0; i < s.DiagnosticsCount; i++)
            {
                LogEntry entry = s.DiagnosticsAt(i);
                log.AppendSnapshot(RecordTypes.Diagnostics, records.Entry(entry.UtcTicks, entry.Text));
            }

            log.CommitCompaction();

            // Published: point the items at the new file.
            for (int i = 0; i < s.QueueCount; i++)
            {
                s.QueueItemAt(i).PayloadPosition = positions[i];
            }

            for (int i = 0; i < entryPositions.Length; i++)
            {
                entries.MoveTo(i, entryPositions[i]);
            }
        }
    }
}
