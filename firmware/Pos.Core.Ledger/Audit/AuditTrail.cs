using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Hal;

namespace Pos.Core.Audit
{
    /// <summary>
    /// The persistent audit trail: who did what and when, append-only, in segment files of its own (<c>audit.N</c>) on
    /// the storage seam, each entry CRC-framed and hash-chained to the one before it (<see cref="AuditFrame"/>), so an
    /// entry removed, moved or edited is detected when the trail is opened at boot.
    /// <para>A bounded ring (<see cref="AuditTrailOptions"/>): a segment takes entries until it holds its count or its
    /// bytes, then the next one starts; when a new segment would pass the count the oldest is deleted whole, after the
    /// new one is on the flash. Every segment header carries the anchor: the first sequence the ring still keeps, so
    /// the oldest segment leaving by rotation is no break, and any other one leaving is.</para>
    /// <para><see cref="Open"/> verifies the whole kept chain, streaming it from the flash a chunk at a time (nothing
    /// but the segment table and one link stays in RAM) and reports <see cref="Status"/>: intact, broken at
    /// <see cref="BreakAt"/> for <see cref="Break"/>, or unreadable. A frame the power cut short at the very end is
    /// dropped and cut off, never reported. A damaged chain is reported, never hidden: it stays damaged on the flash, so
    /// every boot finds it again, and the first boot that finds it appends a <see cref="AuditEvent.TrailBreak"/> entry
    /// naming it ("#812 Hash"), which outlives the damaged segment when the ring rotates it out
    /// (<see cref="MarkedBreak"/>). New entries always go on from the last entry that passes its CRC.</para>
    /// <para>Every append is one write and one flush; a call that returned true is on the flash. A storage error is
    /// counted (<see cref="Failures"/>) and returns false: the act being recorded is not undone, and the next append
    /// first cuts off whatever the failed one left. A power cut is not caught.</para>
    /// </summary>
    public sealed class AuditTrail
    {
        /// <summary>File name prefix of the segments ("audit.1", "audit.2", …).</summary>
        public const string FilePrefix = "audit.";

        private readonly IStorage _storage;
        private readonly AuditTrailOptions _options;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.HashLength];
        private readonly byte[] _link = new byte[AuditFrame.LinkLength];
        private readonly byte[] _write = new byte[AuditFrame.HeaderSize + AuditFrame.MaxSize];
        private uint[] _number = new uint[0];
        private uint[] _first = new uint[0];
        private int[] _valid = new int[0];
        private long[] _length = new long[0];
        private int _segments;
        private int _newestFrames;
        private bool _newestClosed;
        private bool _dirty;
        private bool _opened;
        private uint _lastSequence;
        private uint _anchor;

        /// <summary>Creates the trail over <paramref name="storage"/> with the default ring; nothing is read until <see cref="Open"/>.</summary>
        public AuditTrail(IStorage storage)
            : this(storage, new AuditTrailOptions())
        {
        }

        /// <summary>Creates the trail with its ring's sizes; nothing is read until <see cref="Open"/>.</summary>
        public AuditTrail(IStorage storage, AuditTrailOptions options)
        {
            if (storage == null || options == null)
            {
                throw new System.ArgumentNullException(nameof(storage));
            }

            if (options.Segments < 2 || options.Segments > 100 || options.SegmentEntries < 1
                || options.SegmentBytes < AuditFrame.HeaderSize + AuditFrame.MaxSize || options.ReadChunkBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(options));
            }

            _storage = storage;
            _options = options;
        }

        /// <summary>What the last verification found (<see cref="Open"/>).</summary>
        public AuditStatus Status { get; private set; }

        /// <summary>Why the chain breaks (None when it does not): the first break in chain order.</summary>
        public AuditBreak Break { get; private set; }

        /// <summary>
        /// Where the chain breaks, as a sequence number: the damaged (Crc) or first missing (Gap) entry, the first entry
        /// out of place (Order), or the entry its successor's link no longer matches (Hash). 0 when intact.
        /// </summary>
        public long BreakAt { get; private set; }

        /// <summary>The break the newest <see cref="AuditEvent.TrailBreak"/> entry kept names (0: none): an earlier
        /// break, still on record after its damage left the ring.</summary>
        public long MarkedBreak { get; private set; }

        /// <summary>Bytes of a torn last entry cut off at <see cref="Open"/> (a power cut during a write; not a break).</summary>
        public long TailDropped { get; private set; }

        /// <summary>Entries kept that pass their CRC (what a reader returns).</summary>
        public int Count { get; private set; }

        /// <summary>The sequence number of the newest entry that passes its CRC (0: none).</summary>
        public long LastSequence => _lastSequence;

        /// <summary>The latest time any kept entry carries, UTC ticks (0: none).</summary>
        public long LatestTicks { get; private set; }

        /// <summary>True once <see cref="Open"/> ran: <see cref="Append"/> is allowed.</summary>
        public bool IsOpen => _opened;

        /// <summary>Appends refused since start (storage errors, an unreadable trail).</summary>
        public int Failures { get; private set; }

        /// <summary>Segment files kept.</summary>
        public int Segments => _segments;

        /// <summary>Bytes of flash the kept segments take.</summary>
        public long Bytes
        {
            get
            {
                long total = 0;
                for (int i = 0; i < _segments; i++)
                {
                    total += _length[i];
                }

                return total;
            }
        }

        /// <summary>
        /// Reads and verifies the trail (once at boot; again to re-read it). <paramref name="hadEntries"/>: the caller
        /// knows the trail held entries before (the journal says so), so finding no segment at all is a break (every
        /// file deleted), not a new trail. A break not yet on record gets its <see cref="AuditEvent.TrailBreak"/> entry,
        /// stamped <paramref name="utcTicks"/>.
        /// </summary>
        public AuditStatus Open(long utcTicks, bool hadEntries)
        {
            _opened = true;
            Load();
            if (Status == AuditStatus.Intact && hadEntries && _segments == 0)
            {
                NoteBreak(AuditBreak.Gap, 1);
            }

            if (Status == AuditStatus.Broken && MarkedBreak != BreakAt)
            {
                Append(utcTicks, Operators.None, AuditEvent.TrailBreak, "#" + BreakAt.ToString() + " " + AuditBreakNames.Of(Break));
            }

            return Status;
        }

        /// <summary>
        /// Appends one entry: when, who (<see cref="Operators"/>), what kind and a short text (bounded, see
        /// <see cref="AuditFrame.TextBytes"/>; never a PIN, a key or a clear PAN). True when it is on the flash.
        /// </summary>
        public bool Append(long utcTicks, int operatorNumber, AuditEvent kind, string text)
        {
            if (!_opened)
            {
                throw new System.InvalidOperationException("the audit trail is not open");
            }

            if (operatorNumber < 0 || operatorNumber > 255)
            {
                throw new System.ArgumentOutOfRangeException(nameof(operatorNumber));
            }

            if (Status == AuditStatus.Unreadable)
            {
                // Nothing to chain from: read it again, a drive error may have passed.
                Load();
                if (Status == AuditStatus.Unreadable)
                {
                    Failures++;
                    return false;
                }
            }

            byte[] text8 = AuditFrame.TextBytes(text);
            uint sequence = _lastSequence + 1;
            int n = AuditFrame.FixedSize + text8.Length;
            try
            {
                Repair();
                int newest = _segments - 1;
                if (newest < 0 || _newestClosed || _newestFrames >= _options.SegmentEntries || _length[newest] + n > _options.SegmentBytes)
                {
                    StartSegment(sequence, utcTicks, operatorNumber, kind, text8);
                }
                else
                {
                    string name = NameOf(_number[newest]);
                    AuditFrame.Write(_write, 0, sequence, utcTicks, operatorNumber, (int)kind, _link, text8);
                    _dirty = true;
                    _storage.Append(name, _write, 0, n);
                    _storage.Flush(name);
                    _dirty = false;
                    _length[newest] += n;
                    _newestFrames++;
                    _valid[newest]++;
                    Chain(_write, 0, n, sequence, utcTicks);
                }

                AuditAppendedHandler appended = Appended;
                if (appended != null)
                {
                    appended(kind, operatorNumber, text);
                }

                return true;
            }
            catch (StorageException)
            {
                Failures++;
                return false;
            }
        }

        /// <summary>Raised on the appending thread after each entry reached the flash (remote management's security events).</summary>
        public event AuditAppendedHandler Appended;

        /// <summary>A reader positioned at entry <paramref name="position"/> (0: the oldest kept), going forward.</summary>
        public AuditCursor Read(int position)
        {
            return new AuditCursor(this, position, AuditSegmentReaderSize(false));
        }

        /// <summary>A reader for the whole trail from its oldest entry, reading the flash in large chunks (export).</summary>
        public AuditCursor ReadAll()
        {
            return new AuditCursor(this, 0, AuditSegmentReaderSize(true));
        }

        /// <summary>Fills <paramref name="entry"/> with the newest entry; false when there is none.</summary>
        public bool ReadNewest(AuditEntry entry)
        {
            return Count > 0 && Read(Count - 1).Next(entry);
        }

        internal int SegmentCount => _segments;

        internal string SegmentName(int i)
        {
            return NameOf(_number[i]);
        }

        internal uint SegmentNumber(int i)
        {
            return _number[i];
        }

        internal int SegmentEntries(int i)
        {
            return _valid[i];
        }

        internal long SegmentLength(int i)
        {
            return _length[i];
        }

        internal IStorage Storage => _storage;

        private int AuditSegmentReaderSize(bool large)
        {
            return large ? _options.ReadChunkBytes : AuditFrame.HeaderSize + (2 * AuditFrame.MaxSize);
        }

        // Reads the segment table and verifies the chain; cuts a torn tail, deletes a torn new segment and finishes an
        // interrupted rotation on the way (the only changes it makes).
        private void Load()
        {
            Status = AuditStatus.Intact;
            Break = AuditBreak.None;
            BreakAt = 0;
            MarkedBreak = 0;
            TailDropped = 0;
            Count = 0;
            LatestTicks = 0;
            _lastSequence = 0;
            _anchor = 0;
            _segments = 0;
            _newestFrames = 0;
            _newestClosed = false;
            _dirty = false;
            System.Array.Clear(_link, 0, _link.Length);
            try
            {
                AuditSegmentReader reader = new AuditSegmentReader(_storage, AuditSegmentReaderSize(true));
                ListSegments();
                DropTornSegment(reader);
                FinishRotation(reader);
                Walk(reader);
            }
            catch (StorageException)
            {
                Status = AuditStatus.Unreadable;
                _segments = 0;
                Count = 0;
            }
        }

        // Every "audit.N", in order of N, into the table (with room for one more).
        private void ListSegments()
        {
            string[] names = _storage.List();
            int found = 0;
            uint[] numbers = new uint[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                uint number = NumberOf(names[i]);
                if (number == 0)
                {
                    continue;
                }

                int at = found++;
                while (at > 0 && numbers[at - 1] > number)
                {
                    numbers[at] = numbers[at - 1];
                    at--;
                }

                numbers[at] = number;
            }

            int capacity = (found > _options.Segments ? found : _options.Segments) + 1;
            _number = new uint[capacity];
            _first = new uint[capacity];
            _valid = new int[capacity];
            _length = new long[capacity];
            System.Array.Copy(numbers, _number, found);
            _segments = found;
        }

        // A segment whose first entry the power cut short (header and first entry are one write): it never held an
        // entry, so it goes. Only the newest can be one.
        private void DropTornSegment(AuditSegmentReader reader)
        {
            if (_segments == 0)
            {
                return;
            }

            string name = NameOf(_number[_segments - 1]);
            long length = _storage.Length(name);
            bool header = reader.Start(name, length, _number[_segments - 1]);
            if ((!header && length < AuditFrame.HeaderSize) || (header && IsTornOrEmpty(reader.Next())))
            {
                _storage.Delete(name);
                TailDropped += length;
                _segments--;
            }
        }

        private static bool IsTornOrEmpty(AuditFrameRead read)
        {
            return read == AuditFrameRead.Torn || read == AuditFrameRead.End;
        }

        // A rotation writes the new segment, whose anchor says where the ring now starts, then deletes the oldest: a cut
        // between the two leaves a segment wholly before the anchor, which goes now.
        private void FinishRotation(AuditSegmentReader reader)
        {
            _anchor = 0;
            for (int i = _segments - 1; i >= 0 && _anchor == 0; i--)
            {
                string name = NameOf(_number[i]);
                if (reader.Start(name, _storage.Length(name), _number[i]))
                {
                    _anchor = reader.Anchor;
                }
            }

            while (_segments >= 2)
            {
                string second = NameOf(_number[1]);
                if (!reader.Start(second, _storage.Length(second), _number[1]) || reader.Next() != AuditFrameRead.Frame
                    || AuditFrame.SequenceOf(reader.Buffer, reader.FrameOffset) > _anchor)
                {
                    return;
                }

                _storage.Delete(NameOf(_number[0]));
                Shift();
            }
        }

        private void Walk(AuditSegmentReader reader)
        {
            bool linked = false;
            bool started = false;
            uint last = 0;
            for (int i = 0; i < _segments; i++)
            {
                string name = NameOf(_number[i]);
                long length = _storage.Length(name);
                bool newest = i == _segments - 1;
                if (i > 0 && _number[i] != _number[i - 1] + 1)
                {
                    NoteBreak(AuditBreak.Gap, last + 1);
                    linked = false;
                }

                _first[i] = last + 1;
                _valid[i] = 0;
                int frames = 0;
                if (!reader.Start(name, length, _number[i]))
                {
                    NoteBreak(AuditBreak.Crc, last + 1);
                    linked = false;
                    _newestClosed |= newest;
                    _length[i] = length;
                    continue;
                }

                bool more = true;
                while (more)
                {
                    AuditFrameRead read = reader.Next();
                    switch (read)
                    {
                        case AuditFrameRead.Frame:
                            uint sequence = AuditFrame.SequenceOf(reader.Buffer, reader.FrameOffset);
                            if (frames == 0)
                            {
                                _first[i] = sequence;
                            }

                            frames++;
                            if (!started && i == 0)
                            {
                                CheckStart(reader, sequence);
                            }
                            else if (linked)
                            {
                                CheckLink(reader, sequence, last);
                            }

                            last = sequence;
                            started = true;
                            linked = true;
                            _valid[i]++;
                            Chain(reader.Buffer, reader.FrameOffset, reader.FrameLength, sequence, AuditFrame.TicksOf(reader.Buffer, reader.FrameOffset));
                            NoteMarker(reader);
                            break;
                        case AuditFrameRead.Damaged:
                            frames++;
                            NoteBreak(AuditBreak.Crc, last + 1);
                            linked = false;
                            started = true;
                            break;
                        case AuditFrameRead.Torn:
                            if (newest)
                            {
                                length = CutTail(name, length, reader.FramePosition);
                            }
                            else
                            {
                                NoteBreak(AuditBreak.Crc, last + 1);
                            }

                            more = false;
                            break;
                        case AuditFrameRead.Garbage:
                            NoteBreak(AuditBreak.Crc, last + 1);
                            _newestClosed |= newest;
                            more = false;
                            break;
                        default:
                            more = false;
                            break;
                    }
                }

                _length[i] = length;
                if (newest)
                {
                    _newestFrames = frames;
                }
            }
        }

        // The oldest kept entry: #1 links to nothing; a later one is the ring's start only where the anchor says so.
        private void CheckStart(AuditSegmentReader reader, uint sequence)
        {
            if (sequence == 1)
            {
                for (int k = 0; k < AuditFrame.LinkLength; k++)
                {
                    if (reader.Buffer[reader.FrameOffset + AuditFrame.LinkOffset + k] != 0)
                    {
                        NoteBreak(AuditBreak.Hash, 1);
                        return;
                    }
                }
            }
            else if (_anchor == 0 || sequence > _anchor)
            {
                NoteBreak(AuditBreak.Gap, _anchor == 0 ? sequence - 1 : _anchor);
            }
        }

        private void CheckLink(AuditSegmentReader reader, uint sequence, uint last)
        {
            if (sequence <= last)
            {
                // A gap followed by the entry it missed: the entries were moved, not lost.
                if (Break == AuditBreak.Gap && sequence == BreakAt)
                {
                    Break = AuditBreak.Order;
                }

                NoteBreak(AuditBreak.Order, sequence);
            }
            else if (sequence != last + 1)
            {
                NoteBreak(AuditBreak.Gap, last + 1);
            }
            else
            {
                for (int k = 0; k < AuditFrame.LinkLength; k++)
                {
                    if (reader.Buffer[reader.FrameOffset + AuditFrame.LinkOffset + k] != _link[k])
                    {
                        NoteBreak(AuditBreak.Hash, last);
                        return;
                    }
                }
            }
        }

        // A TrailBreak entry's text starts "#<sequence>": the break it put on record.
        private void NoteMarker(AuditSegmentReader reader)
        {
            byte[] b = reader.Buffer;
            int at = reader.FrameOffset;
            if (b[at + AuditFrame.EventOffset] != (byte)AuditEvent.TrailBreak || reader.FrameLength == AuditFrame.FixedSize || b[at + AuditFrame.TextOffset] != (byte)'#')
            {
                return;
            }

            long value = 0;
            for (int k = at + AuditFrame.TextOffset + 1; k < at + reader.FrameLength - 4 && b[k] >= (byte)'0' && b[k] <= (byte)'9'; k++)
            {
                value = (value * 10) + (b[k] - '0');
            }

            MarkedBreak = value;
        }

        private void NoteBreak(AuditBreak reason, long at)
        {
            if (Break == AuditBreak.None)
            {
                Break = reason;
                BreakAt = at;
                Status = AuditStatus.Broken;
            }
        }

        // A torn last entry: cut off now, or before the next append if the cut fails.
        private long CutTail(string name, long length, long position)
        {
            TailDropped += length - position;
            try
            {
                _storage.Truncate(name, position);
            }
            catch (StorageException)
            {
                _dirty = true;
            }

            return position;
        }

        private void Repair()
        {
            if (_dirty && _segments > 0)
            {
                _storage.Truncate(NameOf(_number[_segments - 1]), _length[_segments - 1]);
                _dirty = false;
            }
        }

        // A new segment whose header and first entry are one write; then the oldest goes when the ring is over its count.
        private void StartSegment(uint sequence, long utcTicks, int operatorNumber, AuditEvent kind, byte[] text8)
        {
            uint number = _segments == 0 ? 1 : _number[_segments - 1] + 1;
            uint anchor = _segments == 0 ? sequence : _segments >= _options.Segments ? _first[_segments - _options.Segments + 1] : _first[0];
            string name = NameOf(number);
            _storage.Delete(name); // what a failed start left
            AuditFrame.WriteHeader(_write, 0, number, anchor);
            int n = AuditFrame.Write(_write, AuditFrame.HeaderSize, sequence, utcTicks, operatorNumber, (int)kind, _link, text8);
            _storage.Append(name, _write, 0, AuditFrame.HeaderSize + n);
            _storage.Flush(name);
            int at = _segments++;
            _number[at] = number;
            _first[at] = sequence;
            _valid[at] = 1;
            _length[at] = AuditFrame.HeaderSize + n;
            _newestFrames = 1;
            _newestClosed = false;
            _anchor = anchor;
            Chain(_write, AuditFrame.HeaderSize, n, sequence, utcTicks);
            while (_segments > _options.Segments)
            {
                try
                {
                    _storage.Delete(NameOf(_number[0]));
                }
                catch (StorageException)
                {
                    return; // the next start, or the next boot, deletes it
                }

                Count -= _valid[0];
                Shift();
            }
        }

        // The entry just written or read becomes the one the next links to.
        private void Chain(byte[] frame, int offset, int length, uint sequence, long utcTicks)
        {
            _sha.Reset();
            _sha.Update(frame, offset, length);
            _sha.Finish(_digest, 0);
            System.Array.Copy(_digest, _link, AuditFrame.LinkLength);
            _lastSequence = sequence;
            Count++;
            if (utcTicks > LatestTicks)
            {
                LatestTicks = utcTicks;
            }
        }

        private void Shift()
        {
            for (int i = 1; i < _segments; i++)
            {
                _number[i - 1] = _number[i];
                _first[i - 1] = _first[i];
                _valid[i - 1] = _valid[i];
                _length[i - 1] = _length[i];
            }

            _segments--;
        }

        private static string NameOf(uint number)
        {
            return FilePrefix + number.ToString();
        }

        // The N of "audit.N"; 0 for any other name.
        private static uint NumberOf(string name)
        {
            return FileNumbers.Of(name, FilePrefix);
        }
    }
}
