using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// Every .nfproj has the shape of the nanoFramework project system (legacy format of the Visual Studio extension's
    /// templates): nobody can build it on the development machines, so its structure is checked here.
    /// </summary>
    [TestClass]
    public sealed class NanoProjectFormatTests
    {
        private const string MsBuildNamespace = "http://schemas.microsoft.com/developer/msbuild/2003";
        private const string ProjectTypeGuids = "{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";

        private static readonly string[] SystemImports =
        {
            "$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props",
            "$(NanoFrameworkProjectSystemPath)NFProjectSystem.props",
            "$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets",
        };

        [TestMethod]
        public void Nfproj_is_a_legacy_msbuild_project()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                XElement root = RepositoryFiles.LoadXml(device.FullPath).Root!;

                Assert.AreEqual(XName.Get("Project", MsBuildNamespace), root.Name, device.Path);
                Assert.IsNull(root.Attribute("Sdk"), device.Path + " must not be SDK-style");
                Assert.AreEqual("Current", (string?)root.Attribute("ToolsVersion"), device.Path);
                Assert.AreEqual("Build", (string?)root.Attribute("DefaultTargets"), device.Path);
            }
        }

        [TestMethod]
        public void Nfproj_has_the_nanoFramework_properties()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                XDocument project = RepositoryFiles.LoadXml(device.FullPath);

                Assert.AreEqual(@"$(MSBuildExtensionsPath)\nanoFramework\v1.0\", RepositoryFiles.Property(project, "NanoFrameworkProjectSystemPath"), device.Path);
                Assert.AreEqual(ProjectTypeGuids, RepositoryFiles.Property(project, "ProjectTypeGuids"), device.Path);
                Assert.AreEqual("v1.0", RepositoryFiles.Property(project, "TargetFrameworkVersion"), device.Path);
                Assert.IsTrue(Guid.TryParse(RepositoryFiles.Property(project, "ProjectGuid"), out _), device.Path);
                Assert.IsFalse(string.IsNullOrEmpty(RepositoryFiles.Property(project, "RootNamespace")), device.Path);
                Assert.IsFalse(string.IsNullOrEmpty(RepositoryFiles.Property(project, "AssemblyName")), device.Path);
                string? outputType = RepositoryFiles.Property(project, "OutputType");
                Assert.IsTrue(outputType == "Exe" || outputType == "Library", device.Path + ": OutputType " + outputType);
                Assert.IsTrue(
                    project.Descendants().Any(e => e.Name.LocalName == "ProjectConfigurationsDeclaredAsItems"),
                    device.Path + " lacks ProjectCapabilities/ProjectConfigurationsDeclaredAsItems");
            }
        }

        [TestMethod]
        public void Nfproj_imports_the_project_system_in_order_with_shared_projects_before_the_targets()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var imports = RepositoryFiles.LoadXml(device.FullPath).Root!.Elements()
                    .Where(e => e.Name.LocalName == "Import")
                    .ToList();
                var system = imports.Where(e => SystemImports.Contains((string)e.Attribute("Project")!)).ToList();

                CollectionAssert.AreEqual(SystemImports, system.Select(e => (string)e.Attribute("Project")!).ToList(), device.Path);
                foreach (XElement import in system)
                {
                    Assert.AreEqual("Exists('" + (string)import.Attribute("Project")! + "')", (string?)import.Attribute("Condition"), device.Path);
                }

                int targets = imports.IndexOf(system[2]);
                foreach (XElement shared in imports.Where(e => (string?)e.Attribute("Label") == "Shared"))
                {
                    Assert.IsLessThan(targets, imports.IndexOf(shared), device.Path + ": shared imports go before NFProjectSystem.CSharp.targets");
                }
            }
        }

        [TestMethod]
        public void Applications_are_exes_and_the_rest_are_libraries()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                string expected = device.IsDeployable && !device.IsTestProject ? "Exe" : "Library";
                Assert.AreEqual(expected, RepositoryFiles.Property(RepositoryFiles.LoadXml(device.FullPath), "OutputType"), device.Path);
            }
        }

        [TestMethod]
        public void Device_test_projects_are_what_the_nanoFramework_test_runner_expects()
        {
            var tests = DeviceProject.All.Where(d => d.IsTestProject).ToList();
            Assert.HasCount(Layers.TestAreas.Length, tests);
            foreach (DeviceProject device in tests)
            {
                XDocument project = RepositoryFiles.LoadXml(device.FullPath);
                // The runner loads an assembly named NFUnitTest.
                Assert.AreEqual("NFUnitTest", RepositoryFiles.Property(project, "AssemblyName"), device.Path);
                Assert.AreEqual("true", RepositoryFiles.Property(project, "IsTestProject"), device.Path);
                Assert.AreEqual("UnitTest", RepositoryFiles.Property(project, "TestProjectType"), device.Path);
                Assert.IsTrue(project.Descendants().Any(e => e.Name.LocalName == "ProjectCapability" && (string?)e.Attribute("Include") == "TestContainer"), device.Path);
                Assert.AreEqual(@"$(MSBuildProjectDirectory)\nano.runsettings", RepositoryFiles.Property(project, "RunSettingsFilePath"), device.Path);
                XElement settings = RepositoryFiles.LoadXml(Path.Combine(device.Folder, "nano.runsettings")).Root!;
                Assert.AreEqual("RunSettings", settings.Name.LocalName);
                Assert.IsNotNull(settings.Element("nanoFrameworkAdapter"));
                Assert.IsNotNull(settings.Element("nanoFrameworkAdapter")!.Element("IsRealHardware"));
            }
        }

        [TestMethod]
        public void Only_the_device_test_projects_are_named_NFUnitTest()
        {
            var named = DeviceProject.All
                .Where(d => RepositoryFiles.Property(RepositoryFiles.LoadXml(d.FullPath), "AssemblyName") == "NFUnitTest")
                .Select(d => d.Path)
                .ToList();
            CollectionAssert.AreEquivalent(DeviceProject.All.Where(d => d.IsTestProject).Select(d => d.Path).ToList(), named);
        }
    }
}
