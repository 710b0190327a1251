using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// The nanoFramework project system does not glob: a .cs file missing from an .nfproj is silently left out of the
    /// device build. Every source file in a device project's folder is compiled (listed in the .nfproj or in the
    /// shared project it imports from the same folder), and every listed file exists.
    /// </summary>
    [TestClass]
    public sealed class NanoCompileItemsTests
    {
        [TestMethod]
        public void Every_cs_file_in_the_folder_of_an_nfproj_is_compiled()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var listed = CompileItems(device);
                foreach (string items in device.SharedImports.Where(i => Path.GetDirectoryName(Path.Combine(RepositoryFiles.Root, i)) == device.Folder))
                {
                    listed.UnionWith(SharedItems(Path.Combine(RepositoryFiles.Root, items)));
                }

                var onDisk = RepositoryFiles.Find(device.Folder, ".cs").Select(f => Path.GetRelativePath(device.Folder, f).Replace('\\', '/')).ToList();

                var unlisted = onDisk.Where(f => !listed.Contains(f)).ToList();
                Assert.IsEmpty(unlisted, device.Path + " does not compile: " + string.Join(", ", unlisted));
            }
        }

        [TestMethod]
        public void Every_compiled_file_exists_and_lies_in_the_project_folder()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                foreach (string item in CompileItems(device))
                {
                    Assert.DoesNotContain("*", item, device.Path + ": no wildcards, the project system does not glob");
                    Assert.IsFalse(item.StartsWith("../", StringComparison.Ordinal), device.Path + ": " + item + " is outside the project; share code through a .projitems");
                    Assert.IsTrue(File.Exists(Path.Combine(device.Folder, item)), device.Path + " lists a missing " + item);
                }
            }
        }

        [TestMethod]
        public void No_file_is_listed_twice()
        {
            foreach (DeviceProject device in DeviceProject.All)
            {
                var items = RawCompileItems(device);
                Assert.HasCount(items.Distinct(StringComparer.OrdinalIgnoreCase).Count(), items, device.Path);
            }
        }

        private static HashSet<string> CompileItems(DeviceProject device) => RawCompileItems(device).ToHashSet();

        private static IEnumerable<string> SharedItems(string projitems) =>
            RepositoryFiles.LoadXml(projitems).Descendants()
                .Where(e => e.Name.LocalName == "Compile")
                .Select(e => ((string)e.Attribute("Include")!).Replace("$(MSBuildThisFileDirectory)", string.Empty).Replace('\\', '/'));

        private static List<string> RawCompileItems(DeviceProject device) =>
            RepositoryFiles.LoadXml(device.FullPath).Descendants()
                .Where(e => e.Name.LocalName == "Compile")
                .Select(e => ((string)e.Attribute("Include")!).Replace('\\', '/'))
                .ToList();
    }
}
