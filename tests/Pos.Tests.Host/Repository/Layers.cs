namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// The device assemblies as layers, bottom to top, and what each may use (docs/ARCHITECTURE.md). An assembly may
    /// reference only the ones listed for it, so dependencies point down and there are no cycles (a device assembly
    /// cannot have any). The firmware application uses every product layer and never the test scaffolding.
    /// </summary>
    internal static class Layers
    {
        /// <summary>The core's layer libraries, bottom first (folders under firmware/, assembly = folder name).</summary>
        public static readonly string[] Core =
        {
            "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Diagnostics",
            "Pos.Core.Flows", "Pos.Core.Ui", "Pos.Core.Receipts", "Pos.Core.Remote", "Pos.Core.App",
        };

        /// <summary>The generated data assemblies: one per locale of firmware/catalogs (its strings), and the font.</summary>
        public static readonly string[] Data = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "firmware", "catalogs"), "*.txt")
            .Where(f => Path.GetFileName(f) != "codes.txt")
            .Select(f => Pos.Catalog.Generator.TextsAssembly(Path.GetFileNameWithoutExtension(f)))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Append("Pos.Core.Glyphs")
            .ToArray();

        /// <summary>The locales' text assemblies.</summary>
        public static IEnumerable<string> Texts => Data.Where(d => d != "Pos.Core.Glyphs");

        /// <summary>The shared test areas (tests/Pos.Core.Tests.&lt;Area&gt;), one device test project each.</summary>
        public static readonly string[] TestAreas = { "Hal", "Events", "Protocol", "Ledger", "Flows", "Ui", "App", "Printing", "Remote" };

        /// <summary>Assembly → the assemblies it may reference directly.</summary>
        public static readonly IReadOnlyDictionary<string, string[]> Allowed = BuildAllowed();

        private static Dictionary<string, string[]> BuildAllowed()
        {
            string[] product = { "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Diagnostics", "Pos.Core.Flows", "Pos.Core.Ui", "Pos.Core.Receipts", "Pos.Core.Remote", "Pos.Core.App" };
            var allowed = new Dictionary<string, string[]>
            {
                ["Pos.Hal"] = Array.Empty<string>(),
                ["Pos.Core.Events"] = new[] { "Pos.Hal" },
                ["Pos.Core.Protocol"] = new[] { "Pos.Hal" },
                ["Pos.Core.Localization"] = Texts.ToArray(),
                ["Pos.Core.Ledger"] = new[] { "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol" },
                ["Pos.Core.Diagnostics"] = product[..5],
                ["Pos.Core.Flows"] = product[..5],
                ["Pos.Core.Ui"] = product[..7].Append("Pos.Core.Glyphs").ToArray(),
                ["Pos.Core.Receipts"] = product[..8],
                ["Pos.Core.Remote"] = product[..7],
                ["Pos.Core.App"] = product[..10],
                ["Pos.Core.Testing"] = product,
                ["Pos.Hal.Esp32"] = new[] { "Pos.Hal" },
                ["Pos.Firmware.Esp32"] = product.Concat(Data).Append("Pos.Hal.Esp32").ToArray(),
            };
            foreach (string data in Data)
            {
                allowed[data] = Array.Empty<string>();
            }

            return allowed;
        }

        /// <summary>The folder that holds an assembly's sources, relative to the root.</summary>
        public static string Folder(string assembly) => assembly switch
        {
            "Pos.Hal" or "Pos.Hal.Esp32" => "hal/" + assembly,
            "Pos.Core.Testing" => "tests/" + assembly,
            _ => "firmware/" + assembly,
        };
    }
}
