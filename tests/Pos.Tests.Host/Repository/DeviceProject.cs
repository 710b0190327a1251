namespace Pos.Tests.Host.Repository
{
    /// <summary>A device project (.nfproj) and the host project that compiles the same shared code for .NET.</summary>
    /// <param name="Path">The .nfproj, relative to the repository root.</param>
    /// <param name="HostTwin">The net10.0 .csproj compiling the same shared project(s), relative to the root.</param>
    /// <param name="SharedImports">Every .projitems the .nfproj must import, relative to the root.</param>
    /// <param name="IsDeployable">True for projects that run on the device (application, tests), not libraries.</param>
    internal sealed record DeviceProject(string Path, string HostTwin, string[] SharedImports, bool IsDeployable)
    {
        /// <summary>The device projects of the repository; a new .nfproj must be added here.</summary>
        public static readonly DeviceProject[] All =
        {
            new("hal/Pos.Hal.Esp32/Pos.Hal.Esp32.nfproj", "hal/Pos.Hal.Host/Pos.Hal.Host.csproj",
                new[] { "hal/Pos.Hal/Pos.Hal.projitems" }, false),
            new("firmware/Pos.Firmware.Esp32/Pos.Firmware.Esp32.nfproj", "firmware/Pos.Core.Host/Pos.Core.Host.csproj",
                new[] { "firmware/Pos.Core/Pos.Core.projitems" }, true),
            new("tests/Pos.Tests.Device/NFUnitTest.nfproj", "tests/Pos.Core.Tests.Host/Pos.Core.Tests.Host.csproj",
                new[] { "tests/Pos.Core.Tests/Pos.Core.Tests.projitems", "firmware/Pos.Core/Pos.Core.projitems", "hal/Pos.Hal/Pos.Hal.projitems" },
                true),
        };

        /// <summary>The full path of the .nfproj.</summary>
        public string FullPath => System.IO.Path.Combine(RepositoryFiles.Root, Path);

        /// <summary>The folder of the .nfproj.</summary>
        public string Folder => System.IO.Path.GetDirectoryName(FullPath)!;

        /// <inheritdoc />
        public override string ToString() => Path;
    }
}
