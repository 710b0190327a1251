namespace Pos.Catalog
{
    /// <summary>A generated names class: where it goes, what it says, the enums it names (a row of <see cref="NamesTable"/>).</summary>
    public sealed class NamesClass
    {
        public NamesClass(string folder, string name, string summary, params EnumMirror[] enums)
        {
            Folder = folder;
            Name = name;
            Summary = summary;
            Enums = enums;
        }

        /// <summary>The folder of the enums and of the generated Name.cs (repository-relative).</summary>
        public string Folder { get; }

        public string Name { get; }

        /// <summary>The class documentation, one sentence or two.</summary>
        public string Summary { get; }

        public EnumMirror[] Enums { get; }

        /// <summary>
        /// The topic of a hand-written part, Name.Topic.cs in the same folder, holding members that are not names (the
        /// generated class is then partial); null for none.
        /// </summary>
        public string? HandWritten { get; init; }
    }
}
