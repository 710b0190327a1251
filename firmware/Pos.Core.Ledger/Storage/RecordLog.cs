using Pos.Core.Common;
using Pos.Hal;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The append-only record log over <see cref="IStorage"/>, kept in generation files <c>journal.N</c>.
    /// <para>Append: one frame (header, payload, CRC last) in one Append call, then Flush; the record is acknowledged
    /// when Flush returns.</para>
    /// <para>Compaction (copy-on-write, as LittleFS compacts a metadata pair): write <c>journal.N+1.tmp</c> (generation
    /// header, snapshot records, snapshot end), flush it, publish it with an atomic non-overwriting Move to
    /// <c>journal.N+1</c>, then delete <c>journal.N</c>. A cut before the move leaves a .tmp that recovery deletes
    /// (old state); after the move the highest generation is complete and wins, and recovery deletes the older one.</para>
    /// <para>Recovery: delete every .tmp, scan the highest generation checking magic, version, length, CRC, sequence
    /// (+1 each) and record placement; cut off an invalid tail that has nothing valid after it; report corruption,
    /// and change nothing, when valid records follow an invalid one.</para>
    /// </summary>
    public sealed class RecordLog
    {
        /// <summary>File name prefix of generation files.</summary>
        public const string FilePrefix = "journal.";

        /// <summary>Suffix of a generation being written, not yet published.</summary>
        public const string TempSuffix = ".tmp";

        private readonly IStorage _storage;
        private readonly int _maxPayload;
        private readonly byte[] _frame;
        private readonly byte[] _probe = new byte[RecordFormat.HeaderSize];
        private string _current;
        private uint _generation;
        private long _length;
        private uint _nextSequence;
        private bool _needsRepair;
        private string _pending;
        private long _pendingLength;
        private uint _pendingSequence;
        private int _pendingRecords;

        /// <summary>Creates the log; nothing is read until <see cref="Open"/>.</summary>
        public RecordLog(IStorage storage, int maxPayload)
        {
            if (storage == null)
            {
                throw new System.ArgumentNullException(nameof(storage));
            }

            if (maxPayload < 64 || maxPayload > 65535)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxPayload));
            }

            _storage = storage;
            _maxPayload = maxPayload;
            _frame = new byte[RecordFormat.Overhead + maxPayload];
        }

        /// <summary>
        /// The frame buffer: callers build a payload at <see cref="RecordFormat.HeaderSize"/> and pass its length to
        /// <see cref="Append"/> or <see cref="AppendSnapshot"/>. The payload is still there after the call.
        /// </summary>
        public byte[] Frame => _frame;

        /// <summary>Largest payload accepted.</summary>
        public int MaxPayload => _maxPayload;

        /// <summary>Length of the current generation file.</summary>
        public long Length => _length;

        /// <summary>Current generation number.</summary>
        public uint Generation => _generation;

        /// <summary>Name of the current generation file.</summary>
        public string CurrentFile => _current;

        /// <summary>Recovers the log and replays every valid record into <paramref name="sink"/>.</summary>
        public RecoveryReport Open(IRecordSink sink)
        {
            RecoveryReport report = new RecoveryReport();
            report.ProblemOffset = -1;
            string[] names = _storage.List();
            uint highest = 0;
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                if (name.Length <= FilePrefix.Length || name.IndexOf(FilePrefix) != 0)
                {
                    continue;
                }

                if (name.Length > TempSuffix.Length && name.IndexOf(TempSuffix) == name.Length - TempSuffix.Length)
                {
                    // An unpublished compaction: never authoritative.
                    _storage.Delete(name);
                    report.LeftoversDeleted++;
                    names[i] = null;
                    continue;
                }

                uint generation;
                if (TryParseGeneration(name, out generation) && generation > highest)
                {
                    highest = generation;
                }
            }

            if (highest == 0)
            {
                CreateGeneration(1);
                report.Status = RecoveryStatus.Fresh;
                report.Generation = 1;
                return report;
            }

            _generation = highest;
            _current = NameOf(highest);
            Scan(sink, report);
            report.Generation = highest;
            if (report.Status == RecoveryStatus.Corrupt)
            {
                return report;
            }

            // The highest generation is complete, so older ones are leftovers of a compaction cut before its delete.
            for (int i = 0; i < names.Length; i++)
            {
                uint generation;
                if (!string.IsNullOrEmpty(names[i]) && TryParseGeneration(names[i], out generation) && generation < highest)
                {
                    _storage.Delete(names[i]);
                    report.LeftoversDeleted++;
                }
            }

            return report;
        }

        /// <summary>Cuts what a failed <see cref="Append"/> may have left at the end of the file (before a re-read).</summary>
        public void Repair()
        {
            if (_needsRepair && _current != null && _storage.Length(_current) > _length)
            {
                _storage.Truncate(_current, _length);
            }

            _needsRepair = false;
        }

        /// <summary>
        /// Appends one record (payload already in <see cref="Frame"/>) and flushes it. Returns the file position of
        /// the payload. When this returns the record is durable.
        /// </summary>
        public long Append(byte type, int payloadLength)
        {
            CheckPayload(payloadLength);
            if (_current == null)
            {
                throw new JournalException(JournalError.NotOpen, "record log not open");
            }

            if (_needsRepair)
            {
                // An earlier append failed half way: cut what it may have left before writing after it.
                if (_storage.Length(_current) > _length)
                {
                    _storage.Truncate(_current, _length);
                }

                _needsRepair = false;
            }

            int size = RecordFormat.Seal(_frame, type, _nextSequence, payloadLength);
            try
            {
                _storage.Append(_current, _frame, 0, size);
                _storage.Flush(_current);
            }
            catch (StorageException)
            {
                _needsRepair = true;
                throw;
            }

            long payloadPosition = _length + RecordFormat.HeaderSize;
            _length += size;
            _nextSequence++;
            return payloadPosition;
        }

        /// <summary>Reads bytes of the current generation file.</summary>
        public int Read(long position, byte[] buffer, int offset, int count)
        {
            return _storage.Read(_current, position, buffer, offset, count);
        }

        /// <summary>Starts writing generation N+1 (unpublished). Follow with <see cref="AppendSnapshot"/> calls and
        /// <see cref="CommitCompaction"/>.</summary>
        public void BeginCompaction()
        {
            uint next = _generation + 1;
            _pending = NameOf(next) + TempSuffix;
            if (_storage.Exists(_pending))
            {
                _storage.Delete(_pending);
            }

            _pendingLength = 0;
            _pendingSequence = _nextSequence;
            _pendingRecords = 0;
            RecordFormat.WriteUInt32(_frame, RecordFormat.HeaderSize, next);
            WritePending(RecordTypes.GenerationHeader, 4);
            _pendingRecords = 0;
        }

        /// <summary>Adds one snapshot record (payload in <see cref="Frame"/>) to the generation being written; returns
        /// the payload's position in that file. Not flushed.</summary>
        public long AppendSnapshot(byte type, int payloadLength)
        {
            CheckPayload(payloadLength);
            if (_pending == null)
            {
                throw new JournalException(JournalError.NotOpen, "no compaction in progress");
            }

            long position = _pendingLength + RecordFormat.HeaderSize;
            WritePending(type, payloadLength);
            return position;
        }

        /// <summary>Ends the snapshot, flushes it, publishes it by move and deletes the old generation.</summary>
        public void CommitCompaction()
        {
            RecordFormat.WriteUInt32(_frame, RecordFormat.HeaderSize, (uint)_pendingRecords);
            WritePending(RecordTypes.SnapshotEnd, 4);
            _storage.Flush(_pending);
            uint next = _generation + 1;
            string published = NameOf(next);
            _storage.Move(_pending, published);
            string old = _current;
            _current = published;
            _generation = next;
            _length = _pendingLength;
            _nextSequence = _pendingSequence;
            _pending = null;
            _needsRepair = false;
            try
            {
                _storage.Delete(old);
            }
            catch (StorageException)
            {
                // The new generation is published; the old file is garbage that the next recovery deletes.
            }
        }

        private void WritePending(byte type, int payloadLength)
        {
            int size = RecordFormat.Seal(_frame, type, _pendingSequence, payloadLength);
            _storage.Append(_pending, _frame, 0, size);
            _pendingLength += size;
            _pendingSequence++;
            _pendingRecords++;
        }

        private void CreateGeneration(uint generation)
        {
            string temp = NameOf(generation) + TempSuffix;
            _nextSequence = 1;
            _pending = temp;
            _pendingLength = 0;
            _pendingSequence = 1;
            _pendingRecords = 0;
            _generation = generation - 1;
            _current = null;
            RecordFormat.WriteUInt32(_frame, RecordFormat.HeaderSize, generation);
            WritePending(RecordTypes.GenerationHeader, 4);
            _pendingRecords = 0;
            CommitCompactionFresh(generation);
        }

        private void CommitCompactionFresh(uint generation)
        {
            RecordFormat.WriteUInt32(_frame, RecordFormat.HeaderSize, 0);
            WritePending(RecordTypes.SnapshotEnd, 4);
            _storage.Flush(_pending);
            string published = NameOf(generation);
            _storage.Move(_pending, published);
            _current = published;
            _generation = generation;
            _length = _pendingLength;
            _nextSequence = _pendingSequence;
            _pending = null;
        }

        private void Scan(IRecordSink sink, RecoveryReport report)
        {
            long fileLength = _storage.Length(_current);
            long position = 0;
            uint lastSequence = 0;
            int phase = 0; // 0: expect generation header, 1: in the snapshot, 2: after it
            int snapshotRecords = 0;
            while (position < fileLength)
            {
                int payloadLength;
                CorruptionReason problem = Parse(position, fileLength, out payloadLength);
                byte type = _frame[3];
                uint sequence = RecordFormat.ReadUInt32(_frame, 4);
                if (problem == CorruptionReason.None && phase > 0 && sequence != lastSequence + 1)
                {
                    problem = CorruptionReason.BadSequence;
                }

                if (problem == CorruptionReason.None)
                {
                    problem = CheckPlacement(type, phase, payloadLength, snapshotRecords);
                }

                if (problem == CorruptionReason.None && type != RecordTypes.GenerationHeader && type != RecordTypes.SnapshotEnd
                    && !sink.Apply(type, _frame, RecordFormat.HeaderSize, payloadLength, position + RecordFormat.HeaderSize))
                {
                    problem = CorruptionReason.BadContent;
                }

                if (problem != CorruptionReason.None)
                {
                    report.ProblemOffset = position;
                    report.Reason = phase < 2 ? (problem == CorruptionReason.Incomplete ? CorruptionReason.IncompleteSnapshot : problem) : problem;
                    if (phase < 2 || (problem != CorruptionReason.Incomplete && ValidRecordAfter(position + 1, fileLength, lastSequence)))
                    {
                        report.Status = RecoveryStatus.Corrupt;
                        _length = position;
                        _nextSequence = lastSequence + 1;
                        return;
                    }

                    _storage.Truncate(_current, position);
                    report.Status = RecoveryStatus.TailTruncated;
                    report.BytesDropped = fileLength - position;
                    break;
                }

                if (phase == 0)
                {
                    phase = 1;
                }
                else if (type == RecordTypes.SnapshotEnd)
                {
                    phase = 2;
                }
                else if (phase == 1)
                {
                    snapshotRecords++;
                }

                report.RecordsReplayed++;
                lastSequence = sequence;
                position += RecordFormat.Overhead + payloadLength;
            }

            if (phase < 2 && report.Status != RecoveryStatus.TailTruncated)
            {
                report.Status = RecoveryStatus.Corrupt;
                report.Reason = CorruptionReason.IncompleteSnapshot;
                report.ProblemOffset = position;
                _length = position;
                _nextSequence = lastSequence + 1;
                return;
            }

            if (report.Status != RecoveryStatus.TailTruncated)
            {
                report.Status = RecoveryStatus.Clean;
            }

            _length = position;
            _nextSequence = lastSequence + 1;
        }

        private CorruptionReason CheckPlacement(byte type, int phase, int payloadLength, int snapshotRecords)
        {
            if (!RecordTypes.IsKnown(type))
            {
                return CorruptionReason.BadType;
            }

            if (phase == 0)
            {
                return type == RecordTypes.GenerationHeader && payloadLength == 4
                    && RecordFormat.ReadUInt32(_frame, RecordFormat.HeaderSize) == _generation
                    ? CorruptionReason.None
                    : CorruptionReason.BadType;
            }

            if (type == RecordTypes.GenerationHeader)
            {
                return CorruptionReason.BadType;
            }

            if (type == RecordTypes.SnapshotEnd)
            {
                return phase == 1 && payloadLength == 4
                    && RecordFormat.ReadUInt32(_frame, RecordFormat.HeaderSize) == (uint)snapshotRecords
                    ? CorruptionReason.None
                    : CorruptionReason.BadType;
            }

            return CorruptionReason.None;
        }

        /// <summary>Reads and checks the frame at <paramref name="position"/> into <see cref="_frame"/>.</summary>
        private CorruptionReason Parse(long position, long fileLength, out int payloadLength)
        {
            payloadLength = 0;
            if (fileLength - position < RecordFormat.HeaderSize)
            {
                _frame[3] = 0;
                return CorruptionReason.Incomplete;
            }

            _storage.Read(_current, position, _frame, 0, RecordFormat.HeaderSize);
            if (_frame[0] != RecordFormat.Magic0 || _frame[1] != RecordFormat.Magic1)
            {
                return CorruptionReason.BadMagic;
            }

            if (_frame[2] != RecordFormat.Version)
            {
                return CorruptionReason.BadVersion;
            }

            payloadLength = RecordFormat.ReadUInt16(_frame, 8);
            if (payloadLength > _maxPayload)
            {
                return CorruptionReason.BadLength;
            }

            int rest = payloadLength + RecordFormat.TrailerSize;
            if (fileLength - position - RecordFormat.HeaderSize < rest)
            {
                return CorruptionReason.Incomplete;
            }

            _storage.Read(_current, position + RecordFormat.HeaderSize, _frame, RecordFormat.HeaderSize, rest);
            int end = RecordFormat.HeaderSize + payloadLength;
            if (Crc32.Compute(_frame, 0, end) != RecordFormat.ReadUInt32(_frame, end))
            {
                return CorruptionReason.BadCrc;
            }

            return CorruptionReason.None;
        }

        /// <summary>
        /// After a corrupt recovery: hands every whole valid record found after the bad one (searched byte by byte,
        /// as recovery does) to <paramref name="sink"/>, which reads what it wants from them; the journal keeps its
        /// counters from going back this way when a salvage gives those records up. Returns how many were found.
        /// </summary>
        public int ScanLost(IRecordSink sink)
        {
            if (_current == null)
            {
                return 0;
            }

            long fileLength = _storage.Length(_current);
            int found = 0;
            for (long p = _length + 1; p + RecordFormat.Overhead <= fileLength; p++)
            {
                if (_storage.Read(_current, p, _probe, 0, 2) < 2 || _probe[0] != RecordFormat.Magic0 || _probe[1] != RecordFormat.Magic1)
                {
                    continue;
                }

                int payloadLength;
                if (Parse(p, fileLength, out payloadLength) == CorruptionReason.None && RecordTypes.IsKnown(_frame[3]))
                {
                    sink.Apply(_frame[3], _frame, RecordFormat.HeaderSize, payloadLength, p + RecordFormat.HeaderSize);
                    found++;
                    p += RecordFormat.Overhead + payloadLength - 1;
                }
            }

            return found;
        }

        /// <summary>Whether a whole valid record newer than <paramref name="lastSequence"/> starts anywhere at or after
        /// <paramref name="from"/>: then the bad record is in the middle, not the tail.</summary>
        private bool ValidRecordAfter(long from, long fileLength, uint lastSequence)
        {
            for (long p = from; p + RecordFormat.Overhead <= fileLength; p++)
            {
                if (_storage.Read(_current, p, _probe, 0, 2) < 2 || _probe[0] != RecordFormat.Magic0 || _probe[1] != RecordFormat.Magic1)
                {
                    continue;
                }

                int payloadLength;
                if (Parse(p, fileLength, out payloadLength) == CorruptionReason.None
                    && RecordTypes.IsKnown(_frame[3]) && RecordFormat.ReadUInt32(_frame, 4) > lastSequence)
                {
                    return true;
                }
            }

            return false;
        }

        private void CheckPayload(int payloadLength)
        {
            if (payloadLength < 0 || payloadLength > _maxPayload)
            {
                throw new JournalException(JournalError.InvalidArgument, "record payload too long");
            }
        }

        private static string NameOf(uint generation)
        {
            return FilePrefix + generation.ToString();
        }

        private static bool TryParseGeneration(string name, out uint generation)
        {
            generation = Pos.Core.Common.FileNumbers.Of(name, FilePrefix);
            return generation > 0;
        }
    }
}
