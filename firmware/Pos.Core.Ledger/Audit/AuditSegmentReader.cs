using Pos.Hal;

namespace Pos.Core.Audit
{
    /// <summary>
    /// Reads one segment file of the audit trail frame by frame through a fixed buffer (a chunk of the file at a time),
    /// so neither verification nor a reader ever holds more than a buffer of the trail in RAM.
    /// </summary>
    internal sealed class AuditSegmentReader
    {
        private readonly IStorage _storage;
        private readonly byte[] _buffer;
        private string _name;
        private long _length;
        private long _bufferStart;
        private int _bufferCount;

        /// <summary>Creates a reader with a buffer of <paramref name="bufferSize"/> bytes (at least a header and a frame).</summary>
        public AuditSegmentReader(IStorage storage, int bufferSize)
        {
            _storage = storage;
            _buffer = new byte[bufferSize < AuditFrame.HeaderSize + AuditFrame.MaxSize ? AuditFrame.HeaderSize + AuditFrame.MaxSize : bufferSize];
        }

        /// <summary>The buffer the frame found last lies in.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Where the frame found last starts in <see cref="Buffer"/>.</summary>
        public int FrameOffset { get; private set; }

        /// <summary>Its length (Frame and Damaged).</summary>
        public int FrameLength { get; private set; }

        /// <summary>Its position in the file.</summary>
        public long FramePosition { get; private set; }

        /// <summary>Where the next frame starts in the file.</summary>
        public long Position { get; private set; }

        /// <summary>
        /// Starts on segment <paramref name="name"/> of <paramref name="length"/> bytes: true when it begins with the
        /// whole, valid header of <paramref name="segment"/> (the anchor is then <see cref="Anchor"/>), and reading goes on
        /// after it.
        /// </summary>
        public bool Start(string name, long length, uint segment)
        {
            _name = name;
            _length = length;
            _bufferCount = 0;
            _bufferStart = 0;
            Position = AuditFrame.HeaderSize;
            if (length < AuditFrame.HeaderSize)
            {
                return false;
            }

            Load(0);
            bool ok = AuditFrame.IsHeader(_buffer, 0, segment);
            Anchor = ok ? Pos.Core.Storage.RecordFormat.ReadUInt32(_buffer, AuditFrame.AnchorOffset) : 0;
            return ok;
        }

        /// <summary>The header's anchor (valid after <see cref="Start"/> returned true).</summary>
        public uint Anchor { get; private set; }

        /// <summary>Reads the next frame (see <see cref="AuditFrameRead"/>); Position moves past Frame and Damaged only.</summary>
        public AuditFrameRead Next()
        {
            long left = _length - Position;
            if (left <= 0)
            {
                return AuditFrameRead.End;
            }

            FramePosition = Position;
            if (left < 2)
            {
                return AuditFrameRead.Torn;
            }

            int at = Ensure(Position, left < AuditFrame.MaxSize ? (int)left : AuditFrame.MaxSize);
            int n = AuditFrame.LengthAt(_buffer, at);
            if (n == 0)
            {
                return AuditFrameRead.Garbage;
            }

            if (left < n)
            {
                return AuditFrameRead.Torn;
            }

            FrameOffset = at;
            FrameLength = n;
            Position += n;
            return AuditFrame.CrcOk(_buffer, at, n) ? AuditFrameRead.Frame : AuditFrameRead.Damaged;
        }

        // The bytes [position, position + count) in the buffer: loads a chunk from position when they are not all there.
        // Returns where position lies in the buffer.
        private int Ensure(long position, int count)
        {
            if (position < _bufferStart || position + count > _bufferStart + _bufferCount)
            {
                Load(position);
            }

            return (int)(position - _bufferStart);
        }

        private void Load(long position)
        {
            long left = _length - position;
            int count = left < _buffer.Length ? (int)left : _buffer.Length;
            int read = 0;
            while (read < count)
            {
                int n = _storage.Read(_name, position + read, _buffer, read, count - read);
                if (n <= 0)
                {
                    throw new StorageException(StorageError.OutOfRange, "audit segment shorter than its length");
                }

                read += n;
            }

            _bufferStart = position;
            _bufferCount = count;
        }
    }
}
