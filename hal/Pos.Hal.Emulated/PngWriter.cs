using System.Buffers.Binary;
using System.IO.Compression;

namespace Pos.Hal.Emulated
{
    /// <summary>Writes 8-bit RGB pictures as PNG files (no filtering, zlib from the framework, CRC-32 per chunk).</summary>
    public static class PngWriter
    {
        private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

        /// <summary>Encodes <paramref name="rgb"/> (width × height × 3 bytes, row after row) as a PNG.</summary>
        public static byte[] Encode(int width, int height, byte[] rgb)
        {
            ArgumentNullException.ThrowIfNull(rgb);
            if (rgb.Length != width * height * 3)
            {
                throw new ArgumentException("width × height × 3 bytes expected", nameof(rgb));
            }

            using var png = new MemoryStream();
            png.Write(Signature);
            byte[] header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = 8; // bit depth
            header[9] = 2; // colour type: truecolour
            Chunk(png, "IHDR", header);

            using var raw = new MemoryStream();
            using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            {
                int stride = width * 3;
                for (int y = 0; y < height; y++)
                {
                    z.WriteByte(0); // filter: none
                    z.Write(rgb, y * stride, stride);
                }
            }

            Chunk(png, "IDAT", raw.ToArray());
            Chunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        private static void Chunk(Stream s, string type, byte[] data)
        {
            Span<byte> word = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
            s.Write(word);
            byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
            s.Write(typeBytes);
            s.Write(data);
            uint crc = Crc(typeBytes, 0xFFFFFFFFu);
            crc = Crc(data, crc) ^ 0xFFFFFFFFu;
            BinaryPrimitives.WriteUInt32BigEndian(word, crc);
            s.Write(word);
        }

        private static uint Crc(byte[] data, uint crc)
        {
            foreach (byte b in data)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
                }
            }

            return crc;
        }
    }
}
