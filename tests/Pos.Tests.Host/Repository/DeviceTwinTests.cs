using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// Each device project compiles the same shared code as its host twin, so what the host tests prove holds for the
    /// code that goes on the device.
    /// </summary>
    [TestClass]
    public sealed class DeviceTwinTests
    {
        [TestMethod]
        public void Every_nfproj_of_the_repository_is_a_known_device_project()
        {
            var known = DeviceProject.All.Select(d => d.Path).ToHashSet();
            var unknown = RepositoryFiles.Find(".nfproj").Select(RepositoryFiles.Relative).Where(p => !known.Contains(p)).ToList();
            Assert.IsEmpty(unknown, "Add these to DeviceProject.All with their host twin: " + string.Join(", ", unknown));
        }

        [TestMethod]
        public void Nfproj_imports_exactly_its_shared_projects()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var actual = RepositoryFiles.SharedImports(device.FullPath).Select(RepositoryFiles.Relative).OrderBy(p => p, StringComparer.Ordinal).ToList();
                var expected = device.SharedImports.OrderBy(p => p, StringComparer.Ordinal).ToList();
                CollectionAssert.AreEqual(expected, actual, device.Path);
                foreach (string import in actual)
                {
                    Assert.IsTrue(File.Exists(Path.Combine(RepositoryFiles.Root, import)), device.Path + " imports a missing " + import);
                }
            }
        }

        [TestMethod]
        public void The_host_twin_compiles_every_shared_project_of_its_device_project()
        {
            foreach (DeviceProject device in DeviceProject.All.Where(d => d.HostTwin != null))
            {
                var twin = RepositoryFiles.SharedImports(Path.Combine(RepositoryFiles.Root, device.HostTwin!)).Select(RepositoryFiles.Relative).ToList();
                foreach (string import in device.SharedImports)
                {
                    Assert.Contains(import, twin, device.HostTwin + " must import " + import + " like " + device.Path);
                }
            }
        }

        [TestMethod]
        public void A_library_and_its_host_twin_have_the_same_assembly_name()
        {
            foreach (DeviceProject library in DeviceProject.All.Where(d => d.HostTwin != null && !d.IsDeployable))
            {
                string? device = RepositoryFiles.Property(RepositoryFiles.LoadXml(library.FullPath), "AssemblyName");
                string? host = RepositoryFiles.Property(RepositoryFiles.LoadXml(Path.Combine(RepositoryFiles.Root, library.HostTwin!)), "AssemblyName");
                Assert.AreEqual(library.Name, device, library.Path);
                Assert.AreEqual(device, host, library.HostTwin);
            }
        }

        [TestMethod]
        public void Device_test_projects_need_no_board()
        {
            // Libraries only (no ESP32 HAL, no application), so every area also runs on the nanoCLR interpreter.
            var boardOnly = new[] { "Pos.Hal.Esp32", "Pos.Firmware.Esp32" };
            foreach (DeviceProject tests in DeviceProject.All.Where(d => d.IsTestProject))
            {
                foreach (var reference in RepositoryFiles.LoadXml(tests.FullPath).Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
                {
                    string name = Path.GetFileNameWithoutExtension(((string)reference.Attribute("Include")!).Replace('\\', '/'));
                    CollectionAssert.DoesNotContain(boardOnly, name, tests.Path);
                }
            }
        }
    }
}
