using System.IO.Compression;
using System.Text;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>Writes an RGB565 frame as an 8-bit RGB PNG (enough for looking at a screen snapshot).</summary>
    public static class PngWriter
    {
        public static void Write(string path, byte[] rgb565, int width, int height)
        {
            var raw = new MemoryStream();
            for (int y = 0; y < height; y++)
            {
                raw.WriteByte(0); // filter: none
                for (int x = 0; x < width; x++)
                {
                    int p = ((y * width) + x) * 2;
                    int v = (rgb565[p] << 8) | rgb565[p + 1];
                    raw.WriteByte((byte)(((v >> 11) & 0x1F) * 255 / 31));
                    raw.WriteByte((byte)(((v >> 5) & 0x3F) * 255 / 63));
                    raw.WriteByte((byte)((v & 0x1F) * 255 / 31));
                }
            }

            var z = new MemoryStream();
            using (var zs = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true))
            {
                raw.Position = 0;
                raw.CopyTo(zs);
            }

            using var file = File.Create(path);
            file.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            var header = new byte[13];
            BigEndian(header, 0, (uint)width);
            BigEndian(header, 4, (uint)height);
            header[8] = 8; // bit depth
            header[9] = 2; // truecolour
            Chunk(file, "IHDR", header);
            Chunk(file, "IDAT", z.ToArray());
            Chunk(file, "IEND", Array.Empty<byte>());
        }

        private static void Chunk(Stream s, string type, byte[] data)
        {
            var len = new byte[4];
            BigEndian(len, 0, (uint)data.Length);
            s.Write(len);
            byte[] typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            s.Write(typeAndData);
            var crc = new byte[4];
            BigEndian(crc, 0, Pos.Core.Common.Crc32.Compute(typeAndData, 0, typeAndData.Length));
            s.Write(crc);
        }

        private static void BigEndian(byte[] b, int at, uint v)
        {
            b[at] = (byte)(v >> 24);
            b[at + 1] = (byte)(v >> 16);
            b[at + 2] = (byte)(v >> 8);
            b[at + 3] = (byte)v;
        }
    }
}
