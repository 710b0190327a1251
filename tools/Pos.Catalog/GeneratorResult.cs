namespace Pos.Catalog
{
    /// <summary>What a generator run produced: files by repository-relative path, the font used, and the findings.</summary>
    public sealed class GeneratorResult
    {
        public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

        public List<ValidationError> Errors { get; } = new();

        public HexFont Font { get; set; } = new();

        public CatalogSet Catalogs { get; set; } = new();

        /// <summary>Bytes of packed glyph bitmaps in the generated font.</summary>
        public int GlyphBytes { get; set; }

        public bool Ok => Errors.Count == 0;
    }
}
