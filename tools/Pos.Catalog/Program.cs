namespace Pos.Catalog
{
    /// <summary>
    /// Command line: generate [--unifont PATH] | check | validate, with an optional --root PATH (default: the folder
    /// above the current one that holds nf.sln). generate cuts the glyph subset from PATH (default
    /// /usr/share/unifont/unifont.hex when present, else the committed subset) and writes the generated sources;
    /// check regenerates in memory from the committed subset and fails when a generated file differs.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string command = args.Length > 0 ? args[0] : "check";
            string? root = null;
            string? unifont = null;
            for (int i = 1; i < args.Length - 1; i++)
            {
                if (args[i] == "--root")
                {
                    root = args[++i];
                }
                else if (args[i] == "--unifont")
                {
                    unifont = args[++i];
                }
            }

            root ??= RepoLayout.FindRoot(Directory.GetCurrentDirectory());
            if (command == "generate" && unifont == null && File.Exists(RepoLayout.SystemUnifont))
            {
                unifont = RepoLayout.SystemUnifont;
            }

            HexFont? full = command == "generate" && unifont != null ? HexFont.Load(unifont) : null;
            GeneratorResult result = Generator.Run(root, full);
            foreach (ValidationError e in result.Errors)
            {
                Console.Error.WriteLine(e);
            }

            if (!result.Ok)
            {
                Console.Error.WriteLine(result.Errors.Count + " catalog error(s).");
                return 1;
            }

            string figures = result.Catalogs.Locales.Count + " locales, " + result.Catalogs.OrderedKeys().Count + " keys, " +
                result.Font.Count + " glyphs, " + result.GlyphBytes + " bytes of glyph bitmaps, " + NamesTable.All.Length + " names classes";
            switch (command)
            {
                case "generate":
                    Generator.Write(root, result);
                    Console.WriteLine("generated " + result.Files.Count + " files (" + figures + ")" + (full != null ? " from " + unifont : string.Empty));
                    return 0;
                case "check":
                    List<string> stale = Generator.Stale(root, result);
                    foreach (string s in stale)
                    {
                        Console.Error.WriteLine("stale: " + s);
                    }

                    Console.WriteLine(stale.Count == 0 ? "generated files are up to date (" + figures + ")" : "run: " + RepoLayout.Command);
                    return stale.Count == 0 ? 0 : 1;
                case "validate":
                    Console.WriteLine("catalogs valid (" + figures + ")");
                    return 0;
                default:
                    Console.Error.WriteLine("usage: Pos.Catalog generate [--unifont PATH] | check | validate  [--root PATH]");
                    return 2;
            }
        }
    }
}
