using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// How a change of the <see cref="Journal"/> reaches the flash, and the file's life around it: recovery at open
    /// (with the STAN skip after it), the writability check, compaction at the size bound before a change, each change
    /// appended and flushed and only then applied to the state (or held in the open atomic group until its one
    /// record is written), compaction and salvage. The journal builds each change's payload in the log's frame
    /// (<see cref="Records"/>) and commits it here.
    /// </summary>
    internal sealed class JournalWriter
    {
        private readonly JournalOptions _options;
        private readonly RecordLog _log;
        private readonly RecordBuilder _records;
        private readonly RecordGroup _group = new RecordGroup();
        private readonly JournalClock _clock;
        private JournalState _state;
        private bool _skipPending;
        private bool _open;
        private bool _readOnly;
        private long _lastCompactedLength;
        private int _compactions;
        private bool _drained;

        /// <summary>A writer over <paramref name="storage"/>; nothing is read until <see cref="Open"/>.</summary>
        public JournalWriter(IStorage storage, JournalOptions options, IClock clock)
        {
            _options = options;
            _clock = new JournalClock(clock);
            _log = new RecordLog(storage, options.MaxRecordPayload);
            _records = new RecordBuilder(_log);
            _state = new JournalState(options);
        }

        /// <summary>The state as the flash holds it (a new object after <see cref="Open"/> and after an abandoned group).</summary>
        public JournalState State => _state;

        /// <summary>The record log.</summary>
        public RecordLog Log => _log;

        /// <summary>Builds payloads in the log's frame for <see cref="Commit"/>.</summary>
        public RecordBuilder Records => _records;

        /// <summary>The monotonic clock.</summary>
        public JournalClock Clock => _clock;

        /// <summary>True after a corrupt recovery until a salvage.</summary>
        public bool IsReadOnly => _readOnly;

        /// <summary>Compactions since open.</summary>
        public int Compactions => _compactions;

        /// <summary>True while an atomic group is open.</summary>
        public bool InGroup => _group.IsOpen;

        /// <summary>Recovers the log into a new state, starts the clock's boot and skips the STANs the boot must.</summary>
        public RecoveryReport Open()
        {
            _state = new JournalState(_options);
            RecoveryReport report = _log.Open(_state);
            _readOnly = report.Status == RecoveryStatus.Corrupt;
            _lastCompactedLength = 0;
            _open = true;
            _clock.Start(_state);
            _skipPending = false;
            SkipStansAtBoot(report);
            return report;
        }

        /// <summary>Checks the journal is writable and compacts first when the file has grown past the bound.</summary>
        public void Prepare()
        {
            CheckOpen();
            if (_group.IsOpen)
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

        /// <summary>
        /// One change, its payload already in the frame (<see cref="Records"/>): appended and flushed, then applied; or,
        /// in an open group, applied now and kept for the group's record.
        /// </summary>
        public void Commit(byte type, int length)
        {
            if (_group.IsOpen)
            {
                ApplyInGroup(type, length);
                return;
            }

            long position = _log.Append(type, length);
            if (!_state.Apply(type, _log.Frame, RecordFormat.HeaderSize, length, position))
            {
                // Unreachable when the journal's checks hold; the record is durable, so a reboot will reject it too.
                throw new JournalException(JournalError.InvalidArgument, "record rejected by the state");
            }
        }

        /// <summary>Commits a Counters record; the reservation never goes below the one in force.</summary>
        public void WriteCounters(uint stanCount, uint batchCount, uint batchStart, uint reserved)
        {
            uint held = _state.StanReservedCount;
            held = reserved > held ? reserved : held;
            Commit(RecordTypes.Counters, _records.Counters(stanCount, batchCount, batchStart, held > stanCount ? held : stanCount));
        }

        /// <summary>After a delivery: a queue that just drained is compacted early, at the next change.</summary>
        public void NoteDelivered()
        {
            _drained = _state.UndeliveredCount == 0;
        }

        /// <summary>Opens an atomic group (see <see cref="Journal.BeginGroup"/>).</summary>
        public void BeginGroup()
        {
            Prepare();
            if (_group.IsOpen)
            {
                throw new JournalException(JournalError.InvalidArgument, "a group is already open");
            }

            _group.Open(_log.MaxPayload);
        }

        /// <summary>Writes the open group as one record (see <see cref="Journal.CommitGroup"/>).</summary>
        public void CommitGroup()
        {
            if (!_group.IsOpen)
            {
                throw new JournalException(JournalError.InvalidArgument, "no group open");
            }

            int length = _group.Length;
            if (length == 0)
            {
                _group.Close();
                return;
            }

            _group.CopyTo(_log.Frame, RecordFormat.HeaderSize);
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

            _group.Close();
            _state.MoveProvisionalPayloads(position - RecordGroup.ProvisionalBase);
            _drained = _state.UndeliveredCount == 0 && _state.QueueCount > 0;
        }

        /// <summary>Reads bytes of a change of the open group, not written yet (<see cref="EntryIndex.InGroupAt"/>).</summary>
        public void ReadGroup(int at, byte[] target, int count)
        {
            _group.Read(at, target, count);
        }

        /// <summary>Drops the open group, reading the state back from the flash when it had changes.</summary>
        public void AbandonGroup()
        {
            if (_group.Close() > 0)
            {
                Reload();
            }
        }

        /// <summary>Compacts now (refused while read-only).</summary>
        public void Compact()
        {
            CheckOpen();
            if (_readOnly)
            {
                throw new JournalException(JournalError.ReadOnly, "journal is corrupt: salvage it");
            }

            CompactNow();
        }

        /// <summary>Keeps what a corrupt recovery read, past every counter it gave up (see <see cref="Journal.Salvage"/>).</summary>
        public int Salvage()
        {
            CheckOpen();
            int skipped = 0;
            if (_readOnly)
            {
                LostCounters lost = new LostCounters();
                _log.ScanLost(lost);
                _state.SkipBatch(lost.BatchCount, lost.BatchStart);
                uint before = _state.StanCount;
                _state.SkipStans(StanSkips.AfterSalvage(_state, _options, lost));
                skipped = (int)(_state.StanCount - before);
            }

            CompactNow();
            _readOnly = false;
            _skipPending = false;
            return skipped;
        }

        /// <summary>Refuses every call before <see cref="Open"/>.</summary>
        public void CheckOpen()
        {
            if (!_open)
            {
                throw new JournalException(JournalError.NotOpen, "call Open first");
            }
        }

        // The reservation says which STANs may have gone out; none of them is handed out again. After a detected loss
        // the skip is persisted at once: the next boot finds a clean file and could not tell.
        private void SkipStansAtBoot(RecoveryReport report)
        {
            bool loss = report.Status == RecoveryStatus.TailTruncated;
            uint n = _state.StanCount;
            uint target = StanSkips.AtBoot(_state, _options, loss);
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

        private void WriteSkip()
        {
            uint n = _state.StanCount;
            WriteCounters(n, _state.BatchCount, _state.BatchStartCount, n);
            _skipPending = false;
        }

        private void CompactNow()
        {
            long now = _clock.NowMs;
            SnapshotWriter.Write(_log, _records, _state, _clock.Boot, now);
            _state.RemoveDelivered();
            _state.NoteMono(now);
            _lastCompactedLength = _log.Length;
            _compactions++;
        }

        // The state again from what the flash holds (after a group that did not reach it).
        private void Reload()
        {
            _log.Repair();
            _state = new JournalState(_options);
            RecoveryReport report = _log.Open(_state);
            _readOnly = report.Status == RecoveryStatus.Corrupt;
        }

        // A change of an open group: its encoded payload (in the frame) goes after the group's earlier parts and is
        // applied now, at a provisional file position that CommitGroup moves to the real one.
        private void ApplyInGroup(byte type, int length)
        {
            if (!_group.Fits(length))
            {
                throw new JournalException(JournalError.InvalidArgument, "group too long for one record");
            }

            if (!_state.Apply(type, _log.Frame, RecordFormat.HeaderSize, length, _group.NextPayloadPosition))
            {
                throw new JournalException(JournalError.InvalidArgument, "record rejected by the state");
            }

            _group.Add(type, _log.Frame, RecordFormat.HeaderSize, length);
        }
    }
}
