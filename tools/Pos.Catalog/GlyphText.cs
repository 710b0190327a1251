namespace Pos.Catalog
{
    /// <summary>
    /// The text form of a glyph bitmap in the generated font: 6 bits a character, (char)('0' + bits), most significant
    /// first, the last character padded with zero bits. Pos.Core.Ui.Fonts.GlyphFont decodes it on the device.
    /// </summary>
    public static class GlyphText
    {
        /// <summary>First character of the alphabet; the 64 characters '0'..'o' are printable ASCII.</summary>
        public const char Zero = '0';

        /// <summary>Encodes <paramref name="bits"/>.</summary>
        public static string Encode(byte[] bits)
        {
            var chars = new char[(bits.Length * 8 + 5) / 6];
            int acc = 0;
            int held = 0;
            int n = 0;
            foreach (byte b in bits)
            {
                acc = ((acc << 8) | b) & 0xFFFF;
                held += 8;
                while (held >= 6)
                {
                    held -= 6;
                    chars[n++] = (char)(Zero + ((acc >> held) & 0x3F));
                }
            }

            if (held > 0)
            {
                chars[n++] = (char)(Zero + ((acc << (6 - held)) & 0x3F));
            }

            return new string(chars, 0, n);
        }
    }
}
