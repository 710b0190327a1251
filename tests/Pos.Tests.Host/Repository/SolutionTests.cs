using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>nf.sln holds every project of the repository, device and host, and says the right things about them.</summary>
    [TestClass]
    public sealed class SolutionTests
    {
        [TestMethod]
        public void Solution_lists_every_project_file_of_the_repository()
        {
            var solution = SolutionFile.Load();
            var listed = solution.Projects.Where(p => !p.IsFolder).Select(p => RepositoryFiles.Relative(p.FullPath)).ToHashSet();
            var onDisk = new[] { ".csproj", ".nfproj", ".shproj" }
                .SelectMany(RepositoryFiles.Find)
                .Select(RepositoryFiles.Relative)
                .ToList();

            var missing = onDisk.Where(p => !listed.Contains(p)).ToList();
            Assert.IsEmpty(missing, "Not in nf.sln: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void Every_project_listed_in_the_solution_exists()
        {
            var gone = SolutionFile.Load().Projects
                .Where(p => !p.IsFolder && !File.Exists(p.FullPath))
                .Select(p => p.Path)
                .ToList();

            Assert.IsEmpty(gone, "Listed in nf.sln but missing: " + string.Join(", ", gone));
        }

        [TestMethod]
        public void Project_type_follows_the_file_kind()
        {
            foreach (SolutionProject p in SolutionFile.Load().Projects.Where(p => !p.IsFolder))
            {
                string expected = Path.GetExtension(p.Path) switch
                {
                    ".nfproj" => SolutionFile.NanoType,
                    ".shproj" => SolutionFile.SharedType,
                    _ => SolutionFile.CSharpType,
                };
                Assert.AreEqual(expected, p.TypeGuid, p.Path);
            }
        }

        [TestMethod]
        public void Guids_of_nfproj_and_shproj_match_their_files()
        {
            foreach (SolutionProject p in SolutionFile.Load().Projects.Where(p => p.Path.EndsWith(".nfproj") || p.Path.EndsWith(".shproj")))
            {
                string? guid = RepositoryFiles.Property(RepositoryFiles.LoadXml(p.FullPath), "ProjectGuid");
                Assert.AreEqual(p.Guid, guid?.ToUpperInvariant(), p.Path);
            }
        }

        [TestMethod]
        public void Every_buildable_project_builds_in_every_solution_configuration()
        {
            var solution = SolutionFile.Load();
            CollectionAssert.Contains(solution.SolutionConfigurations.ToList(), "Debug|Any CPU");
            CollectionAssert.Contains(solution.SolutionConfigurations.ToList(), "Release|Any CPU");
            var deployable = DeviceProject.All.Where(d => d.IsDeployable).Select(d => d.Path).ToHashSet();

            foreach (SolutionProject p in solution.Projects.Where(p => !p.IsFolder && p.TypeGuid != SolutionFile.SharedType))
            {
                foreach (string configuration in solution.SolutionConfigurations)
                {
                    string target = configuration.Split('|')[0] + "|Any CPU";
                    string prefix = p.Guid + "." + configuration;
                    Assert.Contains(prefix + ".ActiveCfg = " + target, solution.ConfigurationLines, p.Path);
                    Assert.Contains(prefix + ".Build.0 = " + target, solution.ConfigurationLines, p.Path);
                    if (deployable.Contains(RepositoryFiles.Relative(p.FullPath)))
                    {
                        Assert.Contains(prefix + ".Deploy.0 = " + target, solution.ConfigurationLines, p.Path);
                    }
                }
            }
        }

        [TestMethod]
        public void Each_project_sits_in_the_solution_folder_of_its_top_level_folder()
        {
            var solution = SolutionFile.Load();
            var folders = solution.Projects.Where(p => p.IsFolder).ToDictionary(p => p.Guid, p => p.Name);

            foreach (SolutionProject p in solution.Projects.Where(p => !p.IsFolder))
            {
                string top = RepositoryFiles.Relative(p.FullPath).Split('/')[0];
                Assert.IsTrue(solution.Nesting.TryGetValue(p.Guid, out string? parent), p.Path + " is not in a solution folder");
                Assert.AreEqual(top, folders[parent], p.Path);
            }
        }

        [TestMethod]
        public void Shared_items_section_matches_the_imports_of_the_projects()
        {
            var solution = SolutionFile.Load();
            var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (SolutionProject p in solution.Projects.Where(p => !p.IsFolder))
            {
                if (p.TypeGuid == SolutionFile.SharedType)
                {
                    // A shared project "imports" its own items (13 = the owner).
                    string items = Path.ChangeExtension(p.Path, ".projitems");
                    expected.Add(items + "*" + p.Guid.ToLowerInvariant() + "*SharedItemsImports = 13");
                    continue;
                }

                // 5 = a CPS-based project (SDK-style .csproj and the nanoFramework project system) importing the items.
                foreach (string import in RepositoryFiles.SharedImports(p.FullPath))
                {
                    string items = RepositoryFiles.Relative(import).Replace('/', '\\');
                    expected.Add(items + "*" + p.Guid.ToLowerInvariant() + "*SharedItemsImports = 5");
                }
            }

            var extra = solution.SharedItemsLines.Where(l => !expected.Contains(l)).ToList();
            var missing = expected.Where(l => !solution.SharedItemsLines.Contains(l)).ToList();
            Assert.IsEmpty(missing, "Missing from SharedMSBuildProjectFiles: " + string.Join(", ", missing));
            Assert.IsEmpty(extra, "Stale in SharedMSBuildProjectFiles: " + string.Join(", ", extra));
        }
    }
}
