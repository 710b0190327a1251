using System.Globalization;
using System.Text.RegularExpressions;

namespace Pos.Catalog
{
    /// <summary>
    /// An enum read from its C# source with a simple parse: the namespace, and the members of <c>enum Name { A, B = 3 }</c>
    /// in declaration order with their values (a decimal or hex literal, an earlier member, or the previous value + 1).
    /// Comments and attributes are skipped; anything else is refused, so a surprise fails the generator loudly.
    /// </summary>
    public sealed class EnumSource
    {
        private static readonly Regex Comments = new(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline);
        private static readonly Regex Attributes = new(@"\[[^\]]*\]");
        private static readonly Regex NamespaceDecl = new(@"\bnamespace\s+([\w.]+)");
        private static readonly Regex Member = new(@"^(\w+)\s*(?:=\s*(.+))?$", RegexOptions.Singleline);

        private EnumSource(string name, string ns, List<KeyValuePair<string, int>> members)
        {
            Name = name;
            Namespace = ns;
            Members = members;
        }

        public string Name { get; }

        /// <summary>The namespace the enum is declared in.</summary>
        public string Namespace { get; }

        /// <summary>Member names and values in declaration order.</summary>
        public List<KeyValuePair<string, int>> Members { get; }

        /// <summary>Reads enum <paramref name="name"/> from <paramref name="source"/>; throws FormatException on what it cannot read.</summary>
        public static EnumSource Parse(string source, string name)
        {
            string text = Comments.Replace(source, string.Empty);
            Match ns = NamespaceDecl.Match(text);
            Match decl = Regex.Match(text, @"\benum\s+" + Regex.Escape(name) + @"\b[^{]*\{([^}]*)\}");
            if (!ns.Success || !decl.Success)
            {
                throw new FormatException("no namespace or no enum " + name);
            }

            var members = new List<KeyValuePair<string, int>>();
            int next = 0;
            foreach (string item in Attributes.Replace(decl.Groups[1].Value, string.Empty).Split(','))
            {
                string trimmed = item.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                Match m = Member.Match(trimmed);
                if (!m.Success)
                {
                    throw new FormatException(name + ": cannot read member '" + trimmed + "'");
                }

                int value = m.Groups[2].Success ? Value(m.Groups[2].Value.Trim(), members, name) : next;
                members.Add(new KeyValuePair<string, int>(m.Groups[1].Value, value));
                next = value + 1;
            }

            return new EnumSource(name, ns.Groups[1].Value, members);
        }

        private static int Value(string text, List<KeyValuePair<string, int>> earlier, string name)
        {
            bool negative = text.StartsWith('-');
            string digits = negative ? text.Substring(1).Trim() : text;
            bool ok = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? int.TryParse(digits.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v)
                : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out v);
            if (ok)
            {
                return negative ? -v : v;
            }

            foreach (KeyValuePair<string, int> m in earlier)
            {
                if (m.Key == text)
                {
                    return m.Value;
                }
            }

            throw new FormatException(name + ": cannot read the value '" + text + "'");
        }
    }
}
