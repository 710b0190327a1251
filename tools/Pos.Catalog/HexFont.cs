namespace Pos.Catalog
{
    /// <summary>A font in GNU Unifont's .hex format: "XXXX:" then 32 or 64 hex digits per line.</summary>
    public sealed class HexFont
    {
        private readonly SortedDictionary<int, HexGlyph> glyphs = new();

        public int Count => glyphs.Count;

        public IEnumerable<HexGlyph> Glyphs => glyphs.Values;

        public static HexFont Load(string path) => Parse(File.ReadAllText(path));

        public static HexFont Parse(string text)
        {
            var font = new HexFont();
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon < 0)
                {
                    throw new FormatException("not a .hex line: " + line);
                }

                int cp = Convert.ToInt32(line.Substring(0, colon), 16);
                string hex = line.Substring(colon + 1);
                if (cp > 0xFFFF || (hex.Length != 32 && hex.Length != 64))
                {
                    continue; // outside the BMP, or a non-16-row glyph: the screen does not use those
                }

                font.glyphs[cp] = new HexGlyph(cp, Convert.FromHexString(hex));
            }

            return font;
        }

        public bool TryGet(char c, out HexGlyph? glyph)
        {
            bool found = glyphs.TryGetValue(c, out HexGlyph? g);
            glyph = g;
            return found;
        }

        public void Add(HexGlyph glyph) => glyphs[glyph.CodePoint] = glyph;

        /// <summary>The font as .hex text, sorted by code point, LF line ends.</summary>
        public string ToHexText(string header)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(header);
            foreach (HexGlyph g in glyphs.Values)
            {
                sb.Append(g.ToHexLine()).Append('\n');
            }

            return sb.ToString();
        }
    }
}
