namespace Pos.Catalog
{
    /// <summary>A parsed locale catalog (firmware/catalogs/&lt;tag&gt;.txt), entries in file order.</summary>
    public sealed class LocaleFile
    {
        public LocaleFile(string tag, string path)
        {
            Tag = tag;
            Path = path;
        }

        /// <summary>BCP 47 tag, from the file name (zh-CN).</summary>
        public string Tag { get; }

        public string Path { get; }

        public Dictionary<string, CatalogEntry> Entries { get; } = new(StringComparer.Ordinal);
    }
}
