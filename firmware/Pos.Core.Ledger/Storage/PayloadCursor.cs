using System.Text;

namespace Pos.Core.Storage
{
    /// <summary>
    /// Reads and writes record payload fields (little-endian integers, UTF-8 strings with a 1-byte length) in a
    /// buffer. Reading past the end sets <see cref="Ok"/> to false instead of throwing, so a record whose payload is
    /// short is rejected as corrupt. One instance is reused for every record.
    /// </summary>
    public sealed class PayloadCursor
    {
        private byte[] _buffer;
        private int _position;
        private int _end;
        private bool _ok;

        /// <summary>False once a read ran past the end or a write did not fit.</summary>
        public bool Ok => _ok;

        /// <summary>The buffer being read or written.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Current position in the buffer.</summary>
        public int Position => _position;

        /// <summary>Bytes left before the end.</summary>
        public int Remaining => _end - _position;

        /// <summary>Starts over on a region of a buffer.</summary>
        public void Reset(byte[] buffer, int offset, int count)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + count;
            _ok = true;
        }

        /// <summary>Writes a byte.</summary>
        public void PutByte(int value)
        {
            if (Room(1))
            {
                _buffer[_position++] = (byte)value;
            }
        }

        /// <summary>Writes 16 bits.</summary>
        public void PutUInt16(int value)
        {
            if (Room(2))
            {
                _buffer[_position++] = (byte)value;
                _buffer[_position++] = (byte)(value >> 8);
            }
        }

        /// <summary>Writes 32 bits.</summary>
        public void PutUInt32(uint value)
        {
            if (Room(4))
            {
                RecordFormat.WriteUInt32(_buffer, _position, value);
                _position += 4;
            }
        }

        /// <summary>Writes 64 bits.</summary>
        public void PutInt64(long value)
        {
            PutUInt32((uint)value);
            PutUInt32((uint)(value >> 32));
        }

        /// <summary>Writes a string of at most 255 UTF-8 bytes, prefixed by its length.</summary>
        public void PutShortString(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            if (bytes.Length > 255)
            {
                _ok = false;
                return;
            }

            PutByte(bytes.Length);
            PutBytes(bytes, 0, bytes.Length);
        }

        /// <summary>Writes bytes as they are.</summary>
        public void PutBytes(byte[] data, int offset, int count)
        {
            if (Room(count))
            {
                System.Array.Copy(data, offset, _buffer, _position, count);
                _position += count;
            }
        }

        /// <summary>Writes a string's UTF-8 bytes up to the end of the region (the rest of the payload).</summary>
        public void PutRestString(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            PutBytes(bytes, 0, bytes.Length);
        }

        /// <summary>Reads a byte.</summary>
        public int GetByte()
        {
            return Need(1) ? _buffer[_position++] : 0;
        }

        /// <summary>Reads 16 bits.</summary>
        public int GetUInt16()
        {
            if (!Need(2))
            {
                return 0;
            }

            int value = RecordFormat.ReadUInt16(_buffer, _position);
            _position += 2;
            return value;
        }

        /// <summary>Reads 32 bits.</summary>
        public uint GetUInt32()
        {
            if (!Need(4))
            {
                return 0;
            }

            uint value = RecordFormat.ReadUInt32(_buffer, _position);
            _position += 4;
            return value;
        }

        /// <summary>Reads 64 bits.</summary>
        public long GetInt64()
        {
            uint low = GetUInt32();
            uint high = GetUInt32();
            return (long)(((ulong)high << 32) | low);
        }

        /// <summary>Reads a length-prefixed string.</summary>
        public string GetShortString()
        {
            int length = GetByte();
            if (!Need(length))
            {
                return null;
            }

            string value = new string(Encoding.UTF8.GetChars(_buffer, _position, length));
            _position += length;
            return value;
        }

        /// <summary>Reads the rest of the region as a UTF-8 string.</summary>
        public string GetRestString()
        {
            int length = _end - _position;
            string value = length == 0 ? string.Empty : new string(Encoding.UTF8.GetChars(_buffer, _position, length));
            _position = _end;
            return value;
        }

        /// <summary>Skips the rest of the region.</summary>
        public void SkipRest()
        {
            _position = _end;
        }

        private bool Room(int count)
        {
            if (!_ok || _end - _position < count)
            {
                _ok = false;
                return false;
            }

            return true;
        }

        private bool Need(int count)
        {
            if (!_ok || count < 0 || _end - _position < count)
            {
                _ok = false;
                return false;
            }

            return true;
        }
    }
}
