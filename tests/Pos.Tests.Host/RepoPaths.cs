namespace Pos.Tests.Host
{
    /// <summary>Finds files of the repository from a test, wherever the test assembly was built.</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> LazyRoot = new(FindRoot);

        /// <summary>The repository root: the first folder above the test assembly that holds nf.sln.</summary>
        public static string Root => LazyRoot.Value;

        /// <summary>A path inside the repository, given with forward slashes.</summary>
        public static string Of(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "nf.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("nf.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
