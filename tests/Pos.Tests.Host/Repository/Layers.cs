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
            "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Flows",
            "Pos.Core.Ui", "Pos.Core.App",
        };

        /// <summary>The shared test areas (tests/Pos.Core.Tests.&lt;Area&gt;), one device test project each.</summary>
        public static readonly string[] TestAreas = { "Hal", "Events", "Protocol", "Ledger", "Flows", "Ui", "App" };

        /// <summary>Assembly → the assemblies it may reference directly.</summary>
        public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
        {
            ["Pos.Hal"] = Array.Empty<string>(),
            ["Pos.Core.Events"] = new[] { "Pos.Hal" },
            ["Pos.Core.Protocol"] = Array.Empty<string>(),
            ["Pos.Core.Localization"] = Array.Empty<string>(),
            ["Pos.Core.Ledger"] = new[] { "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol" },
            ["Pos.Core.Flows"] = new[] { "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger" },
            ["Pos.Core.Ui"] = new[]
            {
                "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Flows",
            },
            ["Pos.Core.App"] = new[]
            {
                "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Flows",
                "Pos.Core.Ui",
            },
            ["Pos.Core.Testing"] = new[]
            {
                "Pos.Hal", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger", "Pos.Core.Flows",
                "Pos.Core.Ui", "Pos.Core.App",
            },
            ["Pos.Hal.Esp32"] = new[] { "Pos.Hal" },
            ["Pos.Firmware.Esp32"] = new[]
            {
                "Pos.Hal", "Pos.Hal.Esp32", "Pos.Core.Events", "Pos.Core.Protocol", "Pos.Core.Localization", "Pos.Core.Ledger",
                "Pos.Core.Flows", "Pos.Core.Ui", "Pos.Core.App",
            },
        };

        /// <summary>The folder that holds an assembly's sources, relative to the root.</summary>
        public static string Folder(string assembly) => assembly switch
        {
            "Pos.Hal" or "Pos.Hal.Esp32" => "hal/" + assembly,
            "Pos.Core.Testing" => "tests/" + assembly,
            _ => "firmware/" + assembly,
        };
    }
}
