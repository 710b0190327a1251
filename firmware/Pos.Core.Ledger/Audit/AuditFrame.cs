using System.Text;
using Pos.Core.Common;
using Pos.Core.Storage;

namespace Pos.Core.Audit
{
    /// <summary>
    /// The audit trail's bytes (docs/STORAGE.md "Audit trail"), little-endian. A segment file starts with a
    /// <see cref="HeaderSize"/>-byte header: 'A' 'T', version, 0, segment number u32, anchor u32 (the first sequence the
    /// ring still keeps), CRC-32 of the 12 bytes before it. Then entries, each one frame:
    /// length n (1) | n XOR 0xFF (1) | sequence u32 | UTC ticks i64 | operator (1) | event (1) | link (8) | text UTF-8
    /// (n − 28) | CRC-32 of everything before it. The link is the first <see cref="LinkLength"/> bytes of the SHA-256
    /// of the previous entry's whole frame (zeros for entry 1). The length is written twice so a single damaged byte
    /// cannot pass for a frame cut short by a power cut.
    /// </summary>
    public static class AuditFrame
    {
        /// <summary>Bytes of a segment's header.</summary>
        public const int HeaderSize = 16;

        /// <summary>Bytes of a frame around its text.</summary>
        public const int FixedSize = 28;

        /// <summary>Longest text kept (UTF-8 bytes); a longer one is cut at a character boundary.</summary>
        public const int MaxTextBytes = 120;

        /// <summary>Longest frame.</summary>
        public const int MaxSize = FixedSize + MaxTextBytes;

        /// <summary>Bytes of the SHA-256 kept as the link to the previous entry.</summary>
        public const int LinkLength = 8;

        /// <summary>Offset of the sequence number in a frame.</summary>
        public const int SequenceOffset = 2;

        /// <summary>Offset of the UTC ticks.</summary>
        public const int TicksOffset = 6;

        /// <summary>Offset of the operator number.</summary>
        public const int OperatorOffset = 14;

        /// <summary>Offset of the event kind.</summary>
        public const int EventOffset = 15;

        /// <summary>Offset of the link.</summary>
        public const int LinkOffset = 16;

        /// <summary>Offset of the text.</summary>
        public const int TextOffset = 24;

        /// <summary>Format version in the header.</summary>
        public const byte Version = 1;

        /// <summary>Offset of the anchor in the header.</summary>
        public const int AnchorOffset = 8;

        /// <summary>Writes a segment header at <paramref name="offset"/>.</summary>
        public static void WriteHeader(byte[] buffer, int offset, uint segment, uint anchor)
        {
            buffer[offset] = (byte)'A';
            buffer[offset + 1] = (byte)'T';
            buffer[offset + 2] = Version;
            buffer[offset + 3] = 0;
            RecordFormat.WriteUInt32(buffer, offset + 4, segment);
            RecordFormat.WriteUInt32(buffer, offset + AnchorOffset, anchor);
            RecordFormat.WriteUInt32(buffer, offset + 12, Crc32.Compute(buffer, offset, 12));
        }

        /// <summary>True when the header at <paramref name="offset"/> is whole and names <paramref name="segment"/>.</summary>
        public static bool IsHeader(byte[] buffer, int offset, uint segment)
        {
            return buffer[offset] == (byte)'A' && buffer[offset + 1] == (byte)'T' && buffer[offset + 2] == Version && buffer[offset + 3] == 0
                && RecordFormat.ReadUInt32(buffer, offset + 4) == segment
                && RecordFormat.ReadUInt32(buffer, offset + 12) == Crc32.Compute(buffer, offset, 12);
        }

        /// <summary>
        /// Writes one frame at <paramref name="offset"/> (the text already bounded, see <see cref="TextBytes"/>); returns
        /// its length.
        /// </summary>
        public static int Write(byte[] buffer, int offset, uint sequence, long utcTicks, int operatorNumber, int kind, byte[] link, byte[] text)
        {
            int n = FixedSize + text.Length;
            buffer[offset] = (byte)n;
            buffer[offset + 1] = (byte)(n ^ 0xFF);
            RecordFormat.WriteUInt32(buffer, offset + SequenceOffset, sequence);
            RecordFormat.WriteUInt32(buffer, offset + TicksOffset, (uint)utcTicks);
            RecordFormat.WriteUInt32(buffer, offset + TicksOffset + 4, (uint)(utcTicks >> 32));
            buffer[offset + OperatorOffset] = (byte)operatorNumber;
            buffer[offset + EventOffset] = (byte)kind;
            System.Array.Copy(link, 0, buffer, offset + LinkOffset, LinkLength);
            System.Array.Copy(text, 0, buffer, offset + TextOffset, text.Length);
            RecordFormat.WriteUInt32(buffer, offset + n - 4, Crc32.Compute(buffer, offset, n - 4));
            return n;
        }

        /// <summary>
        /// The frame length announced at <paramref name="offset"/> when both copies agree and it is in range, else 0.
        /// </summary>
        public static int LengthAt(byte[] buffer, int offset)
        {
            int n = buffer[offset];
            return (buffer[offset + 1] ^ 0xFF) == n && n >= FixedSize && n <= MaxSize ? n : 0;
        }

        /// <summary>True when the frame of length <paramref name="n"/> at <paramref name="offset"/> passes its CRC.</summary>
        public static bool CrcOk(byte[] buffer, int offset, int n)
        {
            return RecordFormat.ReadUInt32(buffer, offset + n - 4) == Crc32.Compute(buffer, offset, n - 4);
        }

        /// <summary>The sequence number of the frame at <paramref name="offset"/>.</summary>
        public static uint SequenceOf(byte[] buffer, int offset)
        {
            return RecordFormat.ReadUInt32(buffer, offset + SequenceOffset);
        }

        /// <summary>The UTC ticks of the frame at <paramref name="offset"/>.</summary>
        public static long TicksOf(byte[] buffer, int offset)
        {
            return (long)RecordFormat.ReadUInt32(buffer, offset + TicksOffset) | ((long)RecordFormat.ReadUInt32(buffer, offset + TicksOffset + 4) << 32);
        }

        /// <summary>The text of the frame of length <paramref name="n"/> at <paramref name="offset"/>.</summary>
        public static string TextOf(byte[] buffer, int offset, int n)
        {
            int length = n - FixedSize;
            return length == 0 ? string.Empty : new string(Encoding.UTF8.GetChars(buffer, offset + TextOffset, length));
        }

        /// <summary>
        /// The UTF-8 bytes kept of <paramref name="text"/>: control characters become spaces (an entry is one line),
        /// runs of 12 digits or more are masked ('#': a clear PAN has 13–19, so none can be kept by mistake), and the
        /// result is cut at a character boundary to <see cref="MaxTextBytes"/>.
        /// </summary>
        public static byte[] TextBytes(string text)
        {
            if (text == null || text.Length == 0)
            {
                return new byte[0];
            }

            char[] chars = Pos.Core.Events.FaultText.Mask(text, 12).ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] < ' ')
                {
                    chars[i] = ' ';
                }
            }

            byte[] bytes = Encoding.UTF8.GetBytes(new string(chars));
            if (bytes.Length <= MaxTextBytes)
            {
                return bytes;
            }

            int cut = MaxTextBytes;
            while (cut > 0 && (bytes[cut] & 0xC0) == 0x80)
            {
                cut--; // not inside a character
            }

            byte[] kept = new byte[cut];
            System.Array.Copy(bytes, kept, cut);
            return kept;
        }
    }
}
