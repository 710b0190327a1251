namespace Pos.Catalog
{
    /// <summary>Where the tool reads and writes, relative to the repository root (forward slashes).</summary>
    public static class RepoLayout
    {
        public const string Catalogs = "firmware/catalogs";
        public const string LocalizationGenerated = "firmware/Pos.Core.Localization/Localization/Generated";

        /// <summary>The font's data assembly (generated sources and project files, the subset, the licence).</summary>
        public const string Glyphs = "firmware/Pos.Core.Glyphs";
        public const string FontSubset = Glyphs + "/unifont-subset.hex";

        /// <summary>Prefix of the per-locale text assemblies: firmware/Pos.Core.Texts.ZhCn for zh-CN.</summary>
        public const string TextsPrefix = "firmware/Pos.Core.Texts.";
        public const string SystemUnifont = "/usr/share/unifont/unifont.hex";

        /// <summary>The Unifont release the subset was cut from (Debian package unifont 1:15.0.01-2).</summary>
        public const string UnifontVersion = "15.0.01";

        public const string Command = "dotnet run --project tools/Pos.Catalog -- generate";

        public static string Full(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

        /// <summary>The first folder at or above <paramref name="start"/> that holds nf.sln.</summary>
        public static string FindRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "nf.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("nf.sln not found at or above " + start);
        }
    }
}
