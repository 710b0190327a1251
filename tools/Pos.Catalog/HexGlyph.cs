namespace Pos.Catalog
{
    /// <summary>One Unifont glyph: 16 rows, 8 px (1 byte a row) or 16 px (2 bytes a row) wide, MSB = leftmost pixel.</summary>
    public sealed class HexGlyph
    {
        public HexGlyph(int codePoint, byte[] bits)
        {
            CodePoint = codePoint;
            Bits = bits;
        }

        public int CodePoint { get; }

        /// <summary>16 bytes (narrow) or 32 bytes (wide), row after row.</summary>
        public byte[] Bits { get; }

        public bool Wide => Bits.Length == 32;

        /// <summary>The glyph as a line of a .hex file.</summary>
        public string ToHexLine() => CodePoint.ToString("X4") + ":" + Convert.ToHexString(Bits);
    }
}
