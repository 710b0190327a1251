namespace Pos.Catalog
{
    /// <summary>One key of one locale file: a title or text, the ordered checklist steps and the cardholder sentence.</summary>
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

        /// <summary>The sentence the cashier may say to the cardholder (field <c>say</c>), or null.</summary>
        public string? Say { get; set; }

        /// <summary>The title, the steps and the cardholder sentence: every string of the entry.</summary>
        public IEnumerable<string> Strings()
        {
            if (Title != null)
            {
                yield return Title;
            }

            foreach (string step in Steps)
            {
                yield return step;
            }

            if (Say != null)
            {
                yield return Say;
            }
        }
    }
}
