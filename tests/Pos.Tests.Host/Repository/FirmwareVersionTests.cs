using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>The version printed at boot agrees with the assembly version of the firmware application.</summary>
    [TestClass]
    public sealed partial class FirmwareVersionTests
    {
        [TestMethod]
        public void Boot_version_matches_the_assembly_version()
        {
            string folder = Path.Combine(RepositoryFiles.Root, "firmware", "Pos.Firmware.Esp32");
            Match text = VersionText().Match(File.ReadAllText(Path.Combine(folder, "FirmwareVersion.cs")));
            Match assembly = AssemblyVersion().Match(File.ReadAllText(Path.Combine(folder, "Properties", "AssemblyInfo.cs")));

            Assert.IsTrue(text.Success, "FirmwareVersion.Text not found");
            Assert.IsTrue(assembly.Success, "AssemblyVersion not found");
            Assert.AreEqual(text.Groups[1].Value + ".0", assembly.Groups[1].Value);
        }

        [GeneratedRegex("const string Text = \"(\\d+\\.\\d+\\.\\d+)\"")]
        private static partial Regex VersionText();

        [GeneratedRegex("AssemblyVersion\\(\"([0-9.]+)\"\\)")]
        private static partial Regex AssemblyVersion();
    }
}
