using System.Buffers.Binary;
using System.IO.Compression;

namespace Pos.Tests.Host.Printing
{
    /// <summary>Decodes the PNGs the emulated HAL writes (8-bit truecolour, filter none) back into pixels.</summary>
    public sealed class PngPixels
    {
        private readonly byte[] _rgb;

        private PngPixels(int width, int height, byte[] rgb)
        {
            Width = width;
            Height = height;
            _rgb = rgb;
        }

        /// <summary>Pixels across.</summary>
        public int Width { get; }

        /// <summary>Pixels down.</summary>
        public int Height { get; }

        /// <summary>The red, green and blue of pixel (x, y) as 0xRRGGBB.</summary>
        public int At(int x, int y)
        {
            int i = ((y * Width) + x) * 3;
            return (_rgb[i] << 16) | (_rgb[i + 1] << 8) | _rgb[i + 2];
        }

        /// <summary>Reads the header and the image data of <paramref name="png"/>; refuses what the writer never makes.</summary>
        public static PngPixels Decode(byte[] png)
        {
            int at = 8;
            int width = 0;
            int height = 0;
            using var idat = new MemoryStream();
            while (at < png.Length)
            {
                int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
                string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                var data = png.AsSpan(at + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    if (data[8] != 8 || data[9] != 2)
                    {
                        throw new InvalidDataException("8-bit truecolour expected");
                    }
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }

                at += 12 + length;
            }

            idat.Position = 0;
            using var z = new ZLibStream(idat, CompressionMode.Decompress);
            using var raw = new MemoryStream();
            z.CopyTo(raw);
            byte[] rows = raw.ToArray();
            int stride = (width * 3) + 1;
            if (rows.Length != stride * height)
            {
                throw new InvalidDataException("image data of the wrong size");
            }

            byte[] rgb = new byte[width * height * 3];
            for (int y = 0; y < height; y++)
            {
                if (rows[y * stride] != 0)
                {
                    throw new InvalidDataException("filter none expected");
                }

                Array.Copy(rows, (y * stride) + 1, rgb, y * width * 3, width * 3);
            }

            return new PngPixels(width, height, rgb);
        }
    }
}
