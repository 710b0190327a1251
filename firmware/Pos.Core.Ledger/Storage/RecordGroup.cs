namespace Pos.Core.Storage
{
    /// <summary>
    /// The changes of an open atomic group (<see cref="Journal.BeginGroup"/> … <see cref="Journal.CommitGroup"/>), held
    /// until they are written as the payload of one Group record: each change as its type (1 byte), payload length
    /// (2 bytes, big-endian) and payload, one after the other, as <see cref="JournalState"/> reads a Group record.
    /// </summary>
    internal sealed class RecordGroup
    {
        /// <summary>Where a group's payloads are taken to start until its record is written (far below any real
        /// position); the state moves them by the record's real position less this.</summary>
        public const long ProvisionalBase = -(1L << 40);

        private const int PartHeader = 3;

        private byte[] _buffer;
        private int _length = -1;

        /// <summary>True between <see cref="Open"/> and <see cref="Close"/>.</summary>
        public bool IsOpen => _length >= 0;

        /// <summary>Bytes held (the Group record's payload length).</summary>
        public int Length => _length;

        /// <summary>The provisional position the next change's payload is applied at.</summary>
        public long NextPayloadPosition => ProvisionalBase + _length + PartHeader;

        /// <summary>Opens an empty group of at most <paramref name="capacity"/> bytes (the record's largest payload).</summary>
        public void Open(int capacity)
        {
            if (_buffer == null)
            {
                _buffer = new byte[capacity];
            }

            _length = 0;
        }

        /// <summary>Whether a change of <paramref name="payloadLength"/> bytes still fits.</summary>
        public bool Fits(int payloadLength)
        {
            return _length + PartHeader + payloadLength <= _buffer.Length;
        }

        /// <summary>Adds a change (check <see cref="Fits"/> first).</summary>
        public void Add(byte type, byte[] payload, int offset, int length)
        {
            int at = _length;
            _buffer[at] = type;
            _buffer[at + 1] = (byte)(length >> 8);
            _buffer[at + 2] = (byte)length;
            System.Array.Copy(payload, offset, _buffer, at + PartHeader, length);
            _length = at + PartHeader + length;
        }

        /// <summary>Copies <paramref name="count"/> bytes the group holds from <paramref name="at"/> into <paramref name="target"/>.</summary>
        public void Read(int at, byte[] target, int count)
        {
            System.Array.Copy(_buffer, at, target, 0, count);
        }

        /// <summary>Copies what the group holds to <paramref name="target"/> at <paramref name="offset"/>.</summary>
        public void CopyTo(byte[] target, int offset)
        {
            System.Array.Copy(_buffer, 0, target, offset, _length);
        }

        /// <summary>Closes the group; returns the bytes it held (-1 when it was not open).</summary>
        public int Close()
        {
            int length = _length;
            _length = -1;
            return length;
        }
    }
}
