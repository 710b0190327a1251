using Pos.Core.Common;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The frame of one journal record, little-endian:
    /// magic "PJ" (2) | version (1) | type (1) | sequence (4) | payload length (2) | payload | CRC-32 (4).
    /// The CRC covers everything before it and is written last, so a record counts only when it is complete.
    /// </summary>
    public static class RecordFormat
    {
        /// <summary>First magic byte ('P').</summary>
        public const byte Magic0 = 0x50;

        /// <summary>Second magic byte ('J').</summary>
        public const byte Magic1 = 0x4A;

        /// <summary>Format version written and accepted.</summary>
        public const byte Version = 1;

        /// <summary>Bytes before the payload.</summary>
        public const int HeaderSize = 10;

        /// <summary>Bytes after the payload (the CRC).</summary>
        public const int TrailerSize = 4;

        /// <summary>Header plus trailer.</summary>
        public const int Overhead = HeaderSize + TrailerSize;

        /// <summary>Writes the header in front of a payload already at <see cref="HeaderSize"/> and the CRC after it;
        /// returns the frame length.</summary>
        public static int Seal(byte[] frame, byte type, uint sequence, int payloadLength)
        {
            frame[0] = Magic0;
            frame[1] = Magic1;
            frame[2] = Version;
            frame[3] = type;
            WriteUInt32(frame, 4, sequence);
            frame[8] = (byte)payloadLength;
            frame[9] = (byte)(payloadLength >> 8);
            int end = HeaderSize + payloadLength;
            WriteUInt32(frame, end, Crc32.Compute(frame, 0, end));
            return end + TrailerSize;
        }

        /// <summary>Writes a 32-bit value, little-endian.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        /// <summary>Reads a 32-bit value, little-endian.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }

        /// <summary>Reads a 16-bit value, little-endian.</summary>
        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }
    }
}
