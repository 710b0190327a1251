using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// Every seam of the HAL (an interface in hal/Pos.Hal) has an ESP32 implementation and an emulated twin, and
    /// docs/DEVICE.md's seam table names both. Read from the sources: the ESP32 classes cannot be loaded on the host.
    /// </summary>
    [TestClass]
    public sealed partial class SeamImplementationTests
    {
        private static readonly string[] Esp32Folders = { "hal/Pos.Hal.Esp32" };
        private static readonly string[] EmulatedFolders = { "hal/Pos.Hal.Emulated", "tools/Pos.Emulator" };

        [TestMethod]
        public void Every_seam_has_an_esp32_class_and_an_emulated_twin_listed_in_the_device_doc()
        {
            var seams = Seams();
            Assert.IsGreaterThanOrEqualTo(9, seams.Count, "seams found: " + string.Join(", ", seams));
            string doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "DEVICE.md"));

            foreach (string seam in seams)
            {
                string? esp32 = Implementation(seam, Esp32Folders);
                string? emulated = Implementation(seam, EmulatedFolders);
                Assert.IsNotNull(esp32, seam + " has no class in hal/Pos.Hal.Esp32");
                Assert.IsNotNull(emulated, seam + " has no emulated twin");

                Match row = Regex.Match(doc, @"^\| `" + seam + @"` \| `" + esp32 + @"`[^|]*\| `" + emulated + "`", RegexOptions.Multiline);
                Assert.IsTrue(row.Success, "docs/DEVICE.md's seam table lacks the row " + seam + " | " + esp32 + " | " + emulated);
            }
        }

        [TestMethod]
        public void The_seam_finder_sees_the_known_seams()
        {
            var seams = Seams();
            foreach (string known in new[] { "IClock", "IDisplay", "IKeypad", "ICardReader", "INetworkLink", "IHostExchange", "IStorage", "IPower", "IBuzzer", "ISerialLog" })
            {
                Assert.Contains(known, seams);
            }

            Assert.AreEqual("Esp32Clock", Implementation("IClock", Esp32Folders));
            Assert.AreEqual("EmulatorClock", Implementation("IClock", EmulatedFolders));
        }

        private static List<string> Seams()
        {
            string folder = Path.Combine(RepositoryFiles.Root, "hal", "Pos.Hal");
            return Directory.GetFiles(folder, "I*.cs", SearchOption.TopDirectoryOnly)
                .Select(f => InterfaceDeclaration().Match(File.ReadAllText(f)))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
        }

        // The first non-abstract class in the folders whose base list names the seam.
        private static string? Implementation(string seam, string[] folders)
        {
            var pattern = new Regex(@"\bclass\s+(\w+)\s*:[^{]*\b" + seam + @"\b");
            foreach (string folder in folders)
            {
                foreach (string file in RepositoryFiles.Find(Path.Combine(RepositoryFiles.Root, folder), ".cs"))
                {
                    Match m = pattern.Match(File.ReadAllText(file));
                    if (m.Success)
                    {
                        return m.Groups[1].Value;
                    }
                }
            }

            return null;
        }

        [GeneratedRegex(@"public\s+interface\s+(I\w+)")]
        private static partial Regex InterfaceDeclaration();
    }
}
