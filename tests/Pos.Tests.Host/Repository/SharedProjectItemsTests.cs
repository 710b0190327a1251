using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// The nanoFramework build has no globbing: a shared source file that is not listed in its .projitems is silently
    /// left out of the device build. These tests keep every .projitems and its folder in step
    /// (fix with build/sync-projitems.sh).
    /// </summary>
    [TestClass]
    public class SharedProjectItemsTests
    {
        public static IEnumerable<object[]> SharedProjects() =>
            new[] { "firmware", "hal", "tests", "tools" }
                .SelectMany(top => Directory.EnumerateFiles(RepoPaths.Of(top), "*.projitems", SearchOption.AllDirectories))
                .Where(p => !IsBuildOutput(p))
                .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/') });

        [TestMethod]
        public void Every_shared_project_is_compiled_by_a_device_project()
        {
            var imported = DeviceProject.All.SelectMany(d => d.SharedImports).ToHashSet(StringComparer.Ordinal);
            var shared = SharedProjects().Select(p => (string)p[0]).ToList();
            Assert.IsNotEmpty(shared);
            foreach (string items in shared)
            {
                Assert.Contains(items, imported, items + " is compiled by no device project");
            }
        }

        [TestMethod]
        [DynamicData(nameof(SharedProjects))]
        public void Every_source_file_in_the_folder_is_listed_and_every_listed_file_exists(string projitems)
        {
            var (missing, stale) = Compare(RepoPaths.Of(projitems));

            Assert.AreEqual(0, missing.Count, $"{projitems} does not list: {string.Join(", ", missing)} (run build/sync-projitems.sh)");
            Assert.AreEqual(0, stale.Count, $"{projitems} lists files that do not exist: {string.Join(", ", stale)}");
        }

        [TestMethod]
        public void A_file_missing_from_a_projitems_and_a_stale_entry_are_both_detected()
        {
            var folder = Directory.CreateTempSubdirectory("projitems-check").FullName;
            try
            {
                Directory.CreateDirectory(Path.Combine(folder, "App"));
                File.WriteAllText(Path.Combine(folder, "App", "Listed.cs"), "class Listed { }");
                File.WriteAllText(Path.Combine(folder, "App", "Forgotten.cs"), "class Forgotten { }");
                File.WriteAllText(Path.Combine(folder, "Shared.projitems"), """
                    <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                      <ItemGroup>
                        <Compile Include="$(MSBuildThisFileDirectory)App\Listed.cs" />
                        <Compile Include="$(MSBuildThisFileDirectory)App\Deleted.cs" />
                      </ItemGroup>
                    </Project>
                    """);

                var (missing, stale) = Compare(Path.Combine(folder, "Shared.projitems"));

                CollectionAssert.AreEqual(new[] { "App/Forgotten.cs" }, missing);
                CollectionAssert.AreEqual(new[] { "App/Deleted.cs" }, stale);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static (List<string> Missing, List<string> Stale) Compare(string projitems)
        {
            var folder = Path.GetDirectoryName(projitems)!;
            var listed = ListedFiles(projitems);
            var onDisk = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f))
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal);
            return (
                onDisk.Except(listed).OrderBy(f => f, StringComparer.Ordinal).ToList(),
                listed.Except(onDisk).OrderBy(f => f, StringComparer.Ordinal).ToList());
        }

        private static HashSet<string> ListedFiles(string projitems)
        {
            const string prefix = "$(MSBuildThisFileDirectory)";
            XNamespace ns = "http://schemas.microsoft.com/developer/msbuild/2003";
            return XDocument.Load(projitems).Descendants(ns + "Compile")
                .Select(e => (string)e.Attribute("Include")!)
                .Select(i => i.StartsWith(prefix, StringComparison.Ordinal) ? i[prefix.Length..] : i)
                .Select(i => i.Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal);
        }

        private static bool IsBuildOutput(string path)
        {
            var parts = path.Split(Path.DirectorySeparatorChar);
            return parts.Contains("bin") || parts.Contains("obj");
        }
    }
}
