namespace Pos.Tests.Host.Repository
{
    /// <summary>A device project (.nfproj) and the host project that compiles the same shared code for .NET.</summary>
    /// <param name="Path">The .nfproj, relative to the repository root.</param>
    /// <param name="HostTwin">The net10.0 .csproj compiling the same shared project, relative to the root; null for
    /// device-only code (the ESP32 HAL and the firmware application, compiled on the PC by tests/Pos.DeviceCheck).</param>
    /// <param name="SharedImports">Every .projitems the .nfproj must import, relative to the root.</param>
    /// <param name="IsDeployable">True for projects that run on the device (applications, tests), not libraries.</param>
    internal sealed record DeviceProject(string Path, string? HostTwin, string[] SharedImports, bool IsDeployable)
    {
        /// <summary>The device projects of the repository; a new .nfproj must be added here.</summary>
        public static readonly DeviceProject[] All = Build();

        /// <summary>The full path of the .nfproj.</summary>
        public string FullPath => System.IO.Path.Combine(RepositoryFiles.Root, Path);

        /// <summary>The folder of the .nfproj.</summary>
        public string Folder => System.IO.Path.GetDirectoryName(FullPath)!;

        /// <summary>The project's name (file name without extension), also the device assembly's name for libraries.</summary>
        public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

        /// <summary>True for the NFUnitTest projects (one per shared test area).</summary>
        public bool IsTestProject => Path.StartsWith("tests/Pos.Core.Tests.", StringComparison.Ordinal);

        /// <inheritdoc />
        public override string ToString() => Path;

        private static DeviceProject[] Build()
        {
            var all = new List<DeviceProject>
            {
                Library("hal/Pos.Hal", "hal/Pos.Hal.Host/Pos.Hal.Host.csproj"),
                new("hal/Pos.Hal.Esp32/Pos.Hal.Esp32.nfproj", null, Array.Empty<string>(), false),
                new("firmware/Pos.Firmware.Esp32/Pos.Firmware.Esp32.nfproj", null, Array.Empty<string>(), true),
                Library("tests/Pos.Core.Testing", "tests/Pos.Core.Testing.Host/Pos.Core.Testing.Host.csproj"),
                new("tools/Pos.Bench.Device/Pos.Bench.Device.nfproj", "tools/Pos.Bench.Workloads.Host/Pos.Bench.Workloads.Host.csproj",
                    new[] { "tools/Pos.Bench.Workloads/Pos.Bench.Workloads.Shared.projitems" }, true),
            };
            foreach (string layer in Layers.Core)
            {
                all.Add(Library("firmware/" + layer, "firmware/" + layer + ".Host/" + layer + ".Host.csproj"));
            }

            foreach (string data in Layers.Data)
            {
                all.Add(Library("firmware/" + data, "firmware/" + data + ".Host/" + data + ".Host.csproj"));
            }

            foreach (string area in Layers.TestAreas)
            {
                string folder = "tests/Pos.Core.Tests." + area;
                all.Add(new(folder + "/Pos.Core.Tests." + area + ".nfproj", "tests/Pos.Core.Tests.Host/Pos.Core.Tests.Host.csproj",
                    new[] { folder + "/Pos.Core.Tests." + area + ".Shared.projitems" }, true));
            }

            return all.ToArray();
        }

        // A library whose shared project shares its folder: <folder>/<Name>.nfproj imports <folder>/<Name>.Shared.projitems.
        private static DeviceProject Library(string folder, string hostTwin)
        {
            string name = System.IO.Path.GetFileName(folder);
            return new(folder + "/" + name + ".nfproj", hostTwin, new[] { folder + "/" + name + ".Shared.projitems" }, false);
        }
    }
}
