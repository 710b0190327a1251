using System.Text;

namespace Pos.Catalog
{
    /// <summary>
    /// A generated static class as a list of members, written as one file or, when that would pass
    /// <see cref="MaxLines"/>, as partial parts of at most that many lines each: Name.cs carries the documentation, then
    /// Name.Part2.cs, Name.Part3.cs. A part holds whole members, so a look-up is split into chunk methods first (see
    /// <see cref="SwitchLookup"/>). The parts compile to the same assembly as one file would.
    /// </summary>
    public sealed class GeneratedClass
    {
        /// <summary>Most lines of a generated file (the firmware's limit for any file is 600).</summary>
        public const int MaxLines = 500;

        private readonly List<string> _members = new();

        /// <param name="header">Comment lines above the namespace, each ending with a line feed (the banner).</param>
        /// <param name="ns">The namespace.</param>
        /// <param name="modifiers">"public static" or "internal static".</param>
        /// <param name="name">The class name, also the file name.</param>
        /// <param name="summary">The class documentation: the lines inside the summary element, without indentation.</param>
        public GeneratedClass(string header, string ns, string modifiers, string name, params string[] summary)
        {
            Header = header;
            Namespace = ns;
            Modifiers = modifiers;
            Name = name;
            Summary = summary;
        }

        public string Header { get; }

        public string Namespace { get; }

        public string Modifiers { get; }

        public string Name { get; }

        public string[] Summary { get; }

        /// <summary>Namespaces imported at the top of every part.</summary>
        public List<string> Usings { get; } = new();

        /// <summary>Declared partial even as one file: another (hand-written) part exists.</summary>
        public bool Partial { get; set; }

        /// <summary>Adds a member: its lines indented for the class body (8 spaces), joined by line feeds.</summary>
        public void Add(string member) => _members.Add(member.TrimEnd('\n'));

        /// <summary>Adds a member as lines (each indented for the class body).</summary>
        public void Add(IEnumerable<string> lines) => Add(string.Join("\n", lines));

        /// <summary>Writes the class into <paramref name="files"/> under <paramref name="folder"/>; returns the file names.</summary>
        public List<string> WriteTo(IDictionary<string, string> files, string folder)
        {
            List<List<string>> parts = Pack();
            var names = new List<string>();
            for (int p = 0; p < parts.Count; p++)
            {
                string file = p == 0 ? Name + ".cs" : Name + ".Part" + (p + 1) + ".cs";
                names.Add(file);
                files[folder + "/" + file] = Render(parts[p], p, parts.Count);
            }

            return names;
        }

        // Members into parts, in order: as few parts as MaxLines allows, of about the same length.
        private List<List<string>> Pack()
        {
            int count = Pack(MaxLines).Count;
            for (int budget = Frame(0, 2) + (_members.Sum(Lines) / count); ; budget++)
            {
                List<List<string>> parts = Pack(budget);
                if (parts.Count == count)
                {
                    return parts;
                }
            }
        }

        // Greedily: a part takes members while its file stays within the budget.
        private List<List<string>> Pack(int budget)
        {
            var parts = new List<List<string>> { new() };
            int lines = Frame(0, 2);
            foreach (string member in _members)
            {
                int cost = Lines(member) + (parts[^1].Count > 0 ? 1 : 0);
                if (parts[^1].Count > 0 && lines + cost > budget)
                {
                    parts.Add(new List<string>());
                    lines = Frame(parts.Count - 1, 2);
                    cost = Lines(member);
                }

                if (lines + cost > MaxLines)
                {
                    throw new InvalidOperationException(Name + ": a member of " + Lines(member) + " lines does not fit a file of " + MaxLines);
                }

                parts[^1].Add(member);
                lines += cost;
            }

            return parts;
        }

        // Lines of a part besides its members: header, usings, namespace and class declaration with their braces.
        private int Frame(int part, int count) => Lines(Render(new List<string>(), part, count));

        private string Render(List<string> members, int part, int count)
        {
            var sb = new StringBuilder(Header);
            if (count > 1)
            {
                sb.Append(part > 0
                    ? "// Part " + (part + 1) + " of " + count + " of " + Name + " (documented in " + Name + ".cs).\n"
                    : "// Part 1 of " + count + " of " + Name + "; " + (count == 2 ? "the other is " + Name + ".Part2.cs" : "the others are " + Name + ".Part2.cs to " + Name + ".Part" + count + ".cs") + ".\n");
            }

            foreach (string u in Usings)
            {
                sb.Append("using ").Append(u).Append(";\n");
            }

            if (Usings.Count > 0)
            {
                sb.Append('\n');
            }

            sb.Append("namespace ").Append(Namespace).Append("\n{\n");
            if (part == 0)
            {
                sb.Append("    /// <summary>\n");
                foreach (string line in Summary)
                {
                    sb.Append("    /// ").Append(line).Append('\n');
                }

                sb.Append("    /// </summary>\n");
            }

            sb.Append("    ").Append(Modifiers).Append(Partial || count > 1 ? " partial class " : " class ").Append(Name).Append("\n    {\n");
            for (int i = 0; i < members.Count; i++)
            {
                sb.Append(i > 0 ? "\n" : string.Empty).Append(members[i]).Append('\n');
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        private static int Lines(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);
    }
}
