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
        public void Nfproj_imports_every_shared_project_of_its_host_twin()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var twin = RepositoryFiles.SharedImports(Path.Combine(RepositoryFiles.Root, device.HostTwin)).Select(RepositoryFiles.Relative).ToList();
                var own = RepositoryFiles.SharedImports(device.FullPath).Select(RepositoryFiles.Relative).ToList();

                Assert.IsNotEmpty(twin, device.HostTwin + " imports no shared project");
                foreach (string import in twin)
                {
                    Assert.Contains(import, own, device.Path + " must import " + import + " like " + device.HostTwin);
                }
            }
        }

        [TestMethod]
        public void Hal_library_has_the_assembly_name_of_its_host_twin()
        {
            DeviceProject hal = DeviceProject.All.Single(d => d.Path.StartsWith("hal/", StringComparison.Ordinal));
            string? device = RepositoryFiles.Property(RepositoryFiles.LoadXml(hal.FullPath), "AssemblyName");
            string? host = RepositoryFiles.Property(RepositoryFiles.LoadXml(Path.Combine(RepositoryFiles.Root, hal.HostTwin)), "AssemblyName");

            Assert.AreEqual("Pos.Hal", host);
            Assert.AreEqual(host, device);
        }

        [TestMethod]
        public void Device_test_project_is_self_contained()
        {
            // No ESP32 HAL (or any other project) behind the tests, so they also run on the nanoCLR virtual device.
            DeviceProject tests = DeviceProject.All.Single(d => d.Path.EndsWith("NFUnitTest.nfproj", StringComparison.Ordinal));
            var references = RepositoryFiles.LoadXml(tests.FullPath).Descendants().Where(e => e.Name.LocalName == "ProjectReference").ToList();

            Assert.IsEmpty(references);
        }

        [TestMethod]
        public void Hal_library_does_not_import_the_core()
        {
            DeviceProject hal = DeviceProject.All.Single(d => d.Path.StartsWith("hal/", StringComparison.Ordinal));
            var imports = RepositoryFiles.SharedImports(hal.FullPath).Select(RepositoryFiles.Relative).ToList();

            Assert.DoesNotContain("firmware/Pos.Core/Pos.Core.projitems", imports);
        }
    }
}
