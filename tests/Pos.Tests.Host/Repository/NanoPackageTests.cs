using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// Device projects use exactly the pinned stable nanoFramework packages, and every assembly reference points into
    /// the restored package of the same version. The nanoFramework build cannot run here, so these are the checks.
    /// </summary>
    [TestClass]
    public sealed partial class NanoPackageTests
    {
        [TestMethod]
        public void Every_packages_config_pins_the_table_versions()
        {
            var configs = RepositoryFiles.Find("packages.config");
            Assert.IsNotEmpty(configs);

            foreach (string config in configs)
            {
                string where = RepositoryFiles.Relative(config);
                var ids = new HashSet<string>();
                foreach (XElement package in RepositoryFiles.LoadXml(config).Root!.Elements("package"))
                {
                    string id = (string)package.Attribute("id")!;
                    NanoPackage? pinned = NanoPackages.Find(id);
                    Assert.IsNotNull(pinned, where + ": " + id + " is not in the pinned package table");
                    Assert.AreEqual(pinned.Version, (string?)package.Attribute("version"), where + ": " + id);
                    Assert.AreEqual("netnano1.0", (string?)package.Attribute("targetFramework"), where + ": " + id);
                    Assert.IsTrue(ids.Add(id), where + ": " + id + " listed twice");
                }
            }
        }

        [TestMethod]
        public void Every_nfproj_has_a_packages_config_with_the_core_library()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                Assert.Contains("nanoFramework.CoreLibrary", Packages(device).Keys, device.Path);
            }
        }

        [TestMethod]
        public void Dependencies_of_each_package_are_in_the_same_packages_config()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var packages = Packages(device);
                foreach (string id in packages.Keys)
                {
                    foreach (string dependency in NanoPackages.Find(id)!.Dependencies)
                    {
                        Assert.Contains(dependency, packages.Keys, device.Path + ": " + id + " needs " + dependency);
                    }
                }
            }
        }

        [TestMethod]
        public void Every_reference_points_into_a_package_of_the_project_at_its_version()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var packages = Packages(device);
                var used = new HashSet<string>();
                foreach (XElement reference in References(device))
                {
                    string include = (string)reference.Attribute("Include")!;
                    string? hint = reference.Elements().FirstOrDefault(e => e.Name.LocalName == "HintPath")?.Value;
                    Assert.IsNotNull(hint, device.Path + ": " + include + " has no HintPath");

                    Match m = HintPath().Match(hint);
                    Assert.IsTrue(m.Success, device.Path + ": " + hint + " is not ..\\..\\packages\\<id>.<version>\\lib\\<file>");
                    string folder = m.Groups[1].Value;
                    string file = m.Groups[2].Value;

                    string? id = packages.Keys.FirstOrDefault(k => folder == k + "." + packages[k]);
                    Assert.IsNotNull(id, device.Path + ": " + hint + " matches no package (id and version) of its packages.config");
                    CollectionAssert.Contains(NanoPackages.Find(id)!.Assemblies, file, device.Path + ": " + hint);
                    Assert.AreEqual(Path.GetFileNameWithoutExtension(file), include.Split(',')[0].Trim(), device.Path + ": " + hint);

                    // The packages folder is the one beside nf.sln, where Visual Studio restores packages.config.
                    string resolved = RepositoryFiles.Resolve(device.Folder, hint);
                    Assert.AreEqual(Path.Combine(RepositoryFiles.Root, "packages", folder, "lib", file), resolved, device.Path);
                    used.Add(id);
                }

                var unused = packages.Keys.Where(k => !used.Contains(k)).ToList();
                Assert.IsEmpty(unused, device.Path + ": packages without a reference: " + string.Join(", ", unused));
            }
        }

        [TestMethod]
        public void An_application_lists_the_packages_of_the_libraries_it_references()
        {
            // packages.config does not flow through project references; every assembly deployed with the application
            // must resolve to the same version, so the application pins the packages of its libraries as well.
            foreach (DeviceProject device in DeviceProject.All)
            {
                var packages = Packages(device);
                foreach (XElement reference in RepositoryFiles.LoadXml(device.FullPath).Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
                {
                    string library = RepositoryFiles.Resolve(device.Folder, (string)reference.Attribute("Include")!);
                    DeviceProject? referenced = DeviceProject.All.FirstOrDefault(d => d.FullPath == library);
                    Assert.IsNotNull(referenced, device.Path + " references a project that is not a device project: " + library);
                    foreach (var package in Packages(referenced))
                    {
                        Assert.IsTrue(packages.TryGetValue(package.Key, out string? version), device.Path + " lacks " + package.Key + " of " + referenced.Path);
                        Assert.AreEqual(package.Value, version, device.Path + ": " + package.Key);
                    }
                }
            }
        }

        [TestMethod]
        public void Every_nfproj_restores_with_a_lock_file_locked_on_ci_once_it_exists()
        {
            // The first restore (Visual Studio on Windows) writes packages.lock.json; CI restores locked from then on.
            // Locked mode without the file fails every restore, so the lock is conditioned on the file.
            foreach (DeviceProject device in DeviceProject.All)
            {
                XDocument project = RepositoryFiles.LoadXml(device.FullPath);
                Assert.AreEqual("true", RepositoryFiles.Property(project, "RestorePackagesWithLockFile"), device.Path);

                XElement? locked = project.Descendants().FirstOrDefault(e => e.Name.LocalName == "RestoreLockedMode");
                Assert.IsNotNull(locked, device.Path);
                Assert.AreEqual("true", locked.Value, device.Path);
                string condition = (string?)locked.Attribute("Condition") ?? string.Empty;
                Assert.StartsWith("Exists('packages.lock.json') and (", condition, device.Path);
                Assert.Contains("$(TF_BUILD)", condition, device.Path);
                Assert.Contains("$(ContinuousIntegrationBuild)", condition, device.Path);
            }
        }

        private static Dictionary<string, string> Packages(DeviceProject device)
        {
            string config = Path.Combine(device.Folder, "packages.config");
            Assert.IsTrue(File.Exists(config), device.Path + " has no packages.config beside it");
            return RepositoryFiles.LoadXml(config).Root!.Elements("package")
                .ToDictionary(p => (string)p.Attribute("id")!, p => (string)p.Attribute("version")!);
        }

        private static IEnumerable<XElement> References(DeviceProject device) =>
            RepositoryFiles.LoadXml(device.FullPath).Descendants().Where(e => e.Name.LocalName == "Reference");

        [GeneratedRegex(@"^\.\.\\\.\.\\packages\\([^\\]+)\\lib\\([^\\]+)$")]
        private static partial Regex HintPath();
    }
}
