using Pos.Core.Protocol.Fields;
using Pos.Hal.Net;

namespace Pos.Core.Protocol
{
    /// <summary>
    /// Packs and unpacks whole frames: 2-byte big-endian length (<see cref="FramePrefix"/>), TPDU, header, BCD MTI,
    /// 64-bit primary bitmap, fields by the profile table. Unpacking ends in a filled <see cref="IsoMessage"/> or one
    /// <see cref="ProtocolException"/>: every read is bounds-checked first and nothing is allocated from a length
    /// before it is checked against the field maximum and the bytes left. Holds scratch buffers: one per thread.
    /// </summary>
    public sealed class IsoPackager
    {
        /// <summary>Bytes before the MTI: length (2), TPDU (5), header (6).</summary>
        public const int MtiOffset = FramePrefix.Size + Tpdu.Length + MessageHeader.Length;

        private const int MacLength = 8;

        private readonly FieldCodec[] _fields;
        private readonly char[] _scratch;
        private readonly byte[] _mac = new byte[MacLength];

        /// <summary>A packager for the CUPS POS profile (its shared field table).</summary>
        public IsoPackager()
            : this(CupsProfile.Shared)
        {
        }

        /// <summary>A packager for a field table indexed by field number (65 entries).</summary>
        public IsoPackager(FieldCodec[] fields)
        {
            if (fields == null || fields.Length != IsoMessage.MaxField + 1)
            {
                throw new System.ArgumentException("65 entries", nameof(fields));
            }

            int maxUnits = 1;
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i] != null && fields[i].MaxUnits > maxUnits)
                {
                    maxUnits = fields[i].MaxUnits;
                }
            }

            _fields = fields;
            _scratch = new char[maxUnits];
        }

        /// <summary>The codec of a field, or null.</summary>
        public FieldCodec Codec(int field)
        {
            return field >= 0 && field < _fields.Length ? _fields[field] : null;
        }

        /// <summary>
        /// Packs the message at <paramref name="offset"/> (length prefix included) and returns the bytes written.
        /// With <see cref="IsoMessage.MacRequested"/> the MAC over MTI..last field before 64 goes into field 64.
        /// </summary>
        public int Pack(IsoMessage message, IMacCalculator mac, byte[] buffer, int offset)
        {
            if (message == null || buffer == null)
            {
                throw new System.ArgumentNullException(nameof(message));
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(offset));
            }

            if (message.MacRequested && mac == null)
            {
                throw new System.ArgumentNullException(nameof(mac));
            }

            int end = buffer.Length;
            int mtiStart = offset + MtiOffset;
            if (end - offset < MtiOffset + 2 + 8)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.BufferTooSmall);
            }

            message.Tpdu.Write(buffer, offset + FramePrefix.Size);
            message.Header.Write(buffer, offset + FramePrefix.Size + Tpdu.Length);
            if (message.Mti < 0 || message.Mti > 9999)
            {
                throw new ProtocolException(-1, mtiStart, ProtocolErrorReason.BadFormat);
            }

            Bcd.WriteNumber(message.Mti, 4, buffer, mtiStart);
            int bitmapStart = mtiStart + 2;
            for (int i = 0; i < 8; i++)
            {
                buffer[bitmapStart + i] = 0;
            }

            int position = bitmapStart + 8;
            for (int field = 2; field <= IsoMessage.MaxField; field++)
            {
                bool macField = field == IsoMessage.MaxField && message.MacRequested;
                object value = message.Get(field);
                if (value == null && !macField)
                {
                    continue;
                }

                FieldCodec codec = _fields[field];
                if (codec == null)
                {
                    throw new ProtocolException(field, position, ProtocolErrorReason.UnknownField);
                }

                buffer[bitmapStart + ((field - 1) >> 3)] |= (byte)(0x80 >> ((field - 1) & 7));
                if (macField)
                {
                    if (end - position < MacLength)
                    {
                        throw new ProtocolException(field, position, ProtocolErrorReason.BufferTooSmall);
                    }

                    mac.Compute(buffer, mtiStart, position - mtiStart, buffer, position);
                    position += MacLength;
                }
                else
                {
                    position = codec.Pack(field, value, buffer, position, end);
                }
            }

            int length = position - offset - FramePrefix.Size;
            if (length > FramePrefix.MaxLength)
            {
                throw new ProtocolException(-1, offset, ProtocolErrorReason.LengthOverMax);
            }

            FramePrefix.Write(length, buffer, offset);
            return position - offset;
        }

        /// <summary>
        /// Unpacks one frame of exactly <paramref name="count"/> bytes (length prefix included) into
        /// <paramref name="message"/>. When field 64 is present and <paramref name="mac"/> is given, the MAC is checked
        /// in constant time and the outcome left in <see cref="IsoMessage.MacState"/>.
        /// </summary>
        /// <exception cref="ProtocolException">Anything wrong with the bytes.</exception>
        public void Unpack(byte[] buffer, int offset, int count, IsoMessage message, IMacCalculator mac)
        {
            if (buffer == null || message == null)
            {
                throw new System.ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            message.Clear();
            int end = offset + count;
            Need(offset, end, FramePrefix.Size, -1);
            int length = FramePrefix.Read(buffer, offset);
            if (length > count - FramePrefix.Size)
            {
                throw new ProtocolException(-1, end, ProtocolErrorReason.Truncated);
            }

            if (length < count - FramePrefix.Size)
            {
                throw new ProtocolException(-1, offset + FramePrefix.Size + length, ProtocolErrorReason.TrailingBytes);
            }

            int position = offset + FramePrefix.Size;
            Need(position, end, Tpdu.Length, -1);
            message.Tpdu.Read(buffer, position);
            position += Tpdu.Length;
            Need(position, end, MessageHeader.Length, -1);
            message.Header.Read(buffer, position);
            position += MessageHeader.Length;

            int mtiStart = position;
            Need(position, end, 2, -1);
            int mti = Bcd.ReadNumber(buffer, position, 4);
            if (mti < 0)
            {
                throw new ProtocolException(-1, position, ProtocolErrorReason.BadBcd);
            }

            message.Mti = mti;
            message.SetOffset(0, position);
            position += 2;

            int bitmapStart = position;
            Need(position, end, 8, -1);
            if ((buffer[bitmapStart] & 0x80) != 0)
            {
                throw new ProtocolException(-1, bitmapStart, ProtocolErrorReason.SecondaryBitmap);
            }

            for (int field = 2; field <= IsoMessage.MaxField; field++)
            {
                if (IsSet(buffer, bitmapStart, field) && _fields[field] == null)
                {
                    throw new ProtocolException(field, bitmapStart + ((field - 1) >> 3), ProtocolErrorReason.UnknownField);
                }
            }

            message.SetOffset(1, bitmapStart);
            position += 8;

            for (int field = 2; field <= IsoMessage.MaxField; field++)
            {
                if (!IsSet(buffer, bitmapStart, field))
                {
                    continue;
                }

                int start = position;
                if (field == IsoMessage.MaxField)
                {
                    message.MacDataOffset = mtiStart;
                    message.MacDataLength = start - mtiStart;
                }

                object value = _fields[field].Unpack(field, buffer, ref position, end, _scratch);
                message.SetParsed(field, value, start);
            }

            if (position != end)
            {
                throw new ProtocolException(-1, position, ProtocolErrorReason.TrailingBytes);
            }

            byte[] received = message.GetBytes(IsoMessage.MaxField);
            if (received == null)
            {
                message.MacState = MacState.Absent;
            }
            else if (mac == null)
            {
                message.MacState = MacState.NotChecked;
            }
            else
            {
                mac.Compute(buffer, message.MacDataOffset, message.MacDataLength, _mac, 0);
                int difference = received.Length ^ MacLength;
                for (int i = 0; i < MacLength && i < received.Length; i++)
                {
                    difference |= _mac[i] ^ received[i];
                }

                message.MacState = difference == 0 ? MacState.Valid : MacState.Invalid;
            }
        }

        /// <summary>Like <see cref="Unpack"/> but returns the error (or null) instead of throwing it.</summary>
        public ProtocolException TryUnpack(byte[] buffer, int offset, int count, IsoMessage message, IMacCalculator mac)
        {
            try
            {
                Unpack(buffer, offset, count, message, mac);
                return null;
            }
            catch (ProtocolException error)
            {
                return error;
            }
        }

        private static bool IsSet(byte[] buffer, int bitmapStart, int field)
        {
            return (buffer[bitmapStart + ((field - 1) >> 3)] & (0x80 >> ((field - 1) & 7))) != 0;
        }

        private static void Need(int position, int end, int bytes, int field)
        {
            if (end - position < bytes)
            {
                throw new ProtocolException(field, position, ProtocolErrorReason.Truncated);
            }
        }
    }
}
