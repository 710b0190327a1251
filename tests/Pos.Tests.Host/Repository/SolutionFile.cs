using System.Text.RegularExpressions;

namespace Pos.Tests.Host.Repository
{
    /// <summary>What the tests need from nf.sln: its projects, configurations, nesting and shared-items entries.</summary>
    internal sealed partial class SolutionFile
    {
        /// <summary>Project type of solution folders.</summary>
        public const string FolderType = "{2150E333-8FDC-42A3-9474-1A3956D46DE8}";
        /// <summary>Project type of C# projects.</summary>
        public const string CSharpType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        /// <summary>Project type of shared projects (.shproj).</summary>
        public const string SharedType = "{D954291E-2A0B-460D-934E-DC6B0785DB48}";
        /// <summary>Project type of nanoFramework projects (.nfproj).</summary>
        public const string NanoType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";

        private SolutionFile(string text)
        {
            Text = text;
            Projects = ProjectLine().Matches(text)
                .Select(m => new SolutionProject(m.Groups[1].Value.ToUpperInvariant(), m.Groups[2].Value, m.Groups[3].Value,
                    m.Groups[4].Value.ToUpperInvariant()))
                .ToList();
            SolutionConfigurations = Section(text, "SolutionConfigurationPlatforms")
                .Select(l => l.Split('=')[0].Trim())
                .ToList();
            ConfigurationLines = new HashSet<string>(Section(text, "ProjectConfigurationPlatforms"), StringComparer.OrdinalIgnoreCase);
            SharedItemsLines = new HashSet<string>(Section(text, "SharedMSBuildProjectFiles"), StringComparer.OrdinalIgnoreCase);
            Nesting = Section(text, "NestedProjects")
                .Select(l => l.Split('='))
                .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim().ToUpperInvariant());
        }

        /// <summary>The whole file.</summary>
        public string Text { get; }

        /// <summary>Every Project(...) entry, folders included.</summary>
        public IReadOnlyList<SolutionProject> Projects { get; }

        /// <summary>"Debug|Any CPU" and the others.</summary>
        public IReadOnlyList<string> SolutionConfigurations { get; }

        /// <summary>Lines of ProjectConfigurationPlatforms, trimmed.</summary>
        public ISet<string> ConfigurationLines { get; }

        /// <summary>Lines of SharedMSBuildProjectFiles, trimmed.</summary>
        public ISet<string> SharedItemsLines { get; }

        /// <summary>Project guid to parent folder guid.</summary>
        public IReadOnlyDictionary<string, string> Nesting { get; }

        /// <summary>Reads the repository's nf.sln.</summary>
        public static SolutionFile Load() => new SolutionFile(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "nf.sln")));

        private static IEnumerable<string> Section(string text, string name)
        {
            int start = text.IndexOf("GlobalSection(" + name + ")", StringComparison.Ordinal);
            if (start < 0)
            {
                return Array.Empty<string>();
            }

            int end = text.IndexOf("EndGlobalSection", start, StringComparison.Ordinal);
            return text[start..end].Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        }

        [GeneratedRegex("^Project\\(\"(\\{[^}]+\\})\"\\) = \"([^\"]+)\", \"([^\"]+)\", \"(\\{[^}]+\\})\"", RegexOptions.Multiline)]
        private static partial Regex ProjectLine();
    }
}
