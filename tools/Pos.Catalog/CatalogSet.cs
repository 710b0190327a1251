namespace Pos.Catalog
{
    /// <summary>Everything under firmware/catalogs: codes.txt and one file per locale, default locale first.</summary>
    public sealed class CatalogSet
    {
        /// <summary>The default locale: its file is the reference for key order and must exist.</summary>
        public const string DefaultLocale = "zh-CN";

        public List<NeutralEntry> Neutral { get; } = new();

        public List<LocaleFile> Locales { get; } = new();

        /// <summary>Problems found while reading (syntax, unknown words, duplicates).</summary>
        public List<ValidationError> ParseErrors { get; } = new();

        /// <summary>Every key in generation order: codes.txt order, then the other keys of the default locale sorted ordinally.</summary>
        public List<string> OrderedKeys()
        {
            var keys = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (NeutralEntry n in Neutral.Where(n => n.ResponseCode != null))
            {
                keys.Add(n.Key);
                seen.Add(n.Key);
            }

            foreach (NeutralEntry n in Neutral.Where(n => n.ResponseCode == null))
            {
                if (seen.Add(n.Key))
                {
                    keys.Add(n.Key);
                }
            }

            LocaleFile? def = Locales.FirstOrDefault(l => l.Tag == DefaultLocale);
            if (def != null)
            {
                keys.AddRange(def.Entries.Keys.Where(k => !seen.Contains(k)).OrderBy(k => k, StringComparer.Ordinal));
            }

            return keys;
        }

        public NeutralEntry? FindNeutral(string key) => Neutral.FirstOrDefault(n => n.Key == key);
    }
}
