namespace Pos.Catalog
{
    /// <summary>One key of one locale file: a title or text, and the ordered checklist steps.</summary>
    public sealed class CatalogEntry
    {
        public CatalogEntry(string key, int line)
        {
            Key = key;
            Line = line;
        }

        public string Key { get; }

        /// <summary>Line of the first occurrence, for messages.</summary>
        public int Line { get; }

        /// <summary>The title (message entries) or the text (screen strings).</summary>
        public string? Title { get; set; }

        /// <summary>Which field the title came from: "title" or "text".</summary>
        public string? TitleField { get; set; }

        public List<string> Steps { get; } = new();
    }
}
