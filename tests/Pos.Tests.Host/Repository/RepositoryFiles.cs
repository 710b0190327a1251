using System.Xml.Linq;

namespace Pos.Tests.Host.Repository
{
    /// <summary>Finds the repository from the test assembly and lists its source and project files.</summary>
    internal static class RepositoryFiles
    {
        /// <summary>Folders that hold build output, tools' state or restored packages, never sources.</summary>
        private static readonly string[] SkippedFolders =
        {
            "bin", "obj", ".git", ".vs", ".vscode", "packages", "node_modules", "TestResults", "artifacts",
            "BenchmarkDotNet.Artifacts",
        };

        private static readonly Lazy<string> LazyRoot = new Lazy<string>(FindRoot);

        /// <summary>The folder that holds nf.sln.</summary>
        public static string Root => LazyRoot.Value;

        /// <summary>Files under <paramref name="folder"/> (recursively) ending in <paramref name="extension"/>, build output excluded.</summary>
        public static IReadOnlyList<string> Find(string folder, string extension)
        {
            var found = new List<string>();
            Walk(folder, extension, found);
            found.Sort(StringComparer.Ordinal);
            return found;
        }

        /// <summary>Files of the whole repository ending in <paramref name="extension"/>.</summary>
        public static IReadOnlyList<string> Find(string extension) => Find(Root, extension);

        /// <summary>A path relative to the repository root, with forward slashes.</summary>
        public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

        /// <summary>The full path of a project-relative path written with Windows separators (as in .sln and .nfproj).</summary>
        public static string Resolve(string baseFolder, string windowsPath) =>
            Path.GetFullPath(Path.Combine(baseFolder, windowsPath.Replace('\\', '/')));

        /// <summary>Loads an MSBuild file; throws if it is not well-formed XML.</summary>
        public static XDocument LoadXml(string fullPath) => XDocument.Load(fullPath, LoadOptions.SetLineInfo);

        /// <summary>The shared projects (.projitems, full paths) a project imports with Label="Shared".</summary>
        public static IReadOnlyList<string> SharedImports(string projectPath)
        {
            string folder = Path.GetDirectoryName(projectPath)!;
            return LoadXml(projectPath).Root!.Elements()
                .Where(e => e.Name.LocalName == "Import" && (string?)e.Attribute("Label") == "Shared")
                .Select(e => Resolve(folder, (string)e.Attribute("Project")!))
                .ToList();
        }

        /// <summary>The value of the first property of that name in a project, or null.</summary>
        public static string? Property(XDocument project, string name) =>
            project.Descendants().FirstOrDefault(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup")?.Value;

        private static void Walk(string folder, string extension, List<string> found)
        {
            foreach (string file in Directory.EnumerateFiles(folder))
            {
                if (file.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(file);
                }
            }

            foreach (string sub in Directory.EnumerateDirectories(folder))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    Walk(sub, extension, found);
                }
            }
        }

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "nf.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("No nf.sln above " + AppContext.BaseDirectory);
        }
    }
}
