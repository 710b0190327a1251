namespace Pos.Catalog
{
    /// <summary>One enum a names class mirrors, and how its names are written (a row of <see cref="NamesTable"/>).</summary>
    public sealed class EnumMirror
    {
        public EnumMirror(string name)
        {
            Name = name;
        }

        /// <summary>The enum, declared in Name.cs in the names class's folder.</summary>
        public string Name { get; }

        /// <summary>Names in capitals, words apart: NotRun is "NOT RUN", Tmk is "TMK".</summary>
        public bool Upper { get; init; }

        /// <summary>Names that are not the member's own (member, name).</summary>
        public Dictionary<string, string> Renames { get; } = new(StringComparer.Ordinal);

        /// <summary>A generated <c>bool Check(value)</c>, true for the named values; null for none.</summary>
        public string? Check { get; init; }

        /// <summary>A generated constant: the number of named values, which must be 0 to n - 1; null for none.</summary>
        public string? CountConstant { get; init; }

        /// <summary>Of takes the value as an int (as it is stored) rather than the enum.</summary>
        public bool IntArgument { get; init; }
    }
}
