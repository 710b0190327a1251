using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>
    /// The layers of <see cref="Layers"/> hold: each device assembly and its host twin reference only what the table
    /// allows, every source file uses only namespaces of its own assembly or of an allowed one, a folder's namespace
    /// follows the folder, and no namespace lives in two assemblies.
    /// </summary>
    [TestClass]
    public sealed partial class LayeringTests
    {
        [TestMethod]
        public void The_table_has_no_cycle_and_names_only_known_assemblies()
        {
            var order = new List<string>();
            var state = new Dictionary<string, int>();
            foreach (string assembly in Layers.Allowed.Keys)
            {
                Visit(assembly, state, order);
            }

            Assert.HasCount(Layers.Allowed.Count, order);
        }

        [TestMethod]
        public void Device_projects_reference_only_what_their_layer_allows()
        {
            foreach (string assembly in Layers.Allowed.Keys)
            {
                string project = Path.Combine(RepositoryFiles.Root, Layers.Folder(assembly), assembly + ".nfproj");
                Assert.IsTrue(File.Exists(project), project);
                foreach (string referenced in ProjectReferences(project))
                {
                    CollectionAssert.Contains(Layers.Allowed[assembly], referenced, assembly + " must not reference " + referenced);
                }
            }
        }

        [TestMethod]
        public void Host_twins_reference_only_what_their_layer_allows()
        {
            foreach (DeviceProject device in DeviceProject.All.Where(d => d.HostTwin != null && !d.IsDeployable))
            {
                string twin = Path.Combine(RepositoryFiles.Root, device.HostTwin!);
                foreach (string referenced in ProjectReferences(twin))
                {
                    CollectionAssert.Contains(Layers.Allowed[device.Name], referenced, device.HostTwin + " must not reference " + referenced);
                }
            }
        }

        [TestMethod]
        public void Sources_use_only_namespaces_of_their_own_or_an_allowed_assembly()
        {
            var owners = NamespaceOwners();
            var known = owners.Keys.OrderByDescending(n => n.Length).ToList();
            foreach (string assembly in Layers.Allowed.Keys)
            {
                foreach (string file in Sources(assembly))
                {
                    string code = StripComments(File.ReadAllText(file));
                    foreach (Match m in QualifiedName().Matches(code))
                    {
                        string? ns = known.FirstOrDefault(n => m.Value == n || m.Value.StartsWith(n + ".", StringComparison.Ordinal));
                        if (ns == null || owners[ns] == assembly)
                        {
                            continue;
                        }

                        CollectionAssert.Contains(Layers.Allowed[assembly], owners[ns],
                            RepositoryFiles.Relative(file) + " uses " + ns + " of " + owners[ns]);
                    }
                }
            }
        }

        [TestMethod]
        public void A_namespace_lives_in_one_assembly()
        {
            var seen = new Dictionary<string, string>();
            foreach (string assembly in Layers.Allowed.Keys)
            {
                foreach (string? ns in Sources(assembly).Select(DeclaredNamespace).Where(n => n != null).Distinct())
                {
                    Assert.IsTrue(!seen.TryGetValue(ns!, out string? other) || other == assembly, ns + " is declared in " + other + " and " + assembly);
                    seen[ns!] = assembly;
                }
            }
        }

        [TestMethod]
        public void A_files_namespace_follows_its_folder()
        {
            foreach (string assembly in Layers.Allowed.Keys)
            {
                string root = Path.Combine(RepositoryFiles.Root, Layers.Folder(assembly));
                foreach (string file in Sources(assembly))
                {
                    string? ns = DeclaredNamespace(file);
                    if (ns == null)
                    {
                        continue; // Properties/AssemblyInfo.cs
                    }

                    var folders = Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/').Split('/')
                        .Where(f => f != "." && f != "Generated")
                        .ToList();
                    Assert.AreEqual(ExpectedNamespace(assembly, folders), ns, RepositoryFiles.Relative(file));
                }
            }
        }

        [TestMethod]
        public void Every_locale_has_its_text_assembly_and_the_catalog_and_the_firmware_reference_it()
        {
            Assert.IsGreaterThanOrEqualTo(2, Layers.Texts.Count());
            string localization = Path.Combine(RepositoryFiles.Root, "firmware", "Pos.Core.Localization");
            var device = ProjectReferences(Path.Combine(localization, "Pos.Core.Localization.nfproj")).ToList();
            var host = ProjectReferences(Path.Combine(localization + ".Host", "Pos.Core.Localization.Host.csproj")).ToList();
            var firmware = ProjectReferences(Path.Combine(RepositoryFiles.Root, "firmware", "Pos.Firmware.Esp32", "Pos.Firmware.Esp32.nfproj")).ToList();
            foreach (string texts in Layers.Texts)
            {
                Assert.Contains(texts, device, "Pos.Core.Localization.nfproj must reference " + texts);
                Assert.Contains(texts, host, "Pos.Core.Localization.Host.csproj must reference " + texts);
                Assert.Contains(texts, firmware, "the firmware must deploy " + texts);
            }

            Assert.Contains("Pos.Core.Glyphs", firmware, "the firmware must deploy Pos.Core.Glyphs");
        }

        [TestMethod]
        public void The_device_code_check_compiles_every_library_the_firmware_deploys()
        {
            string check = Path.Combine(RepositoryFiles.Root, "tests", "Pos.DeviceCheck", "Pos.DeviceCheck.csproj");
            var imported = RepositoryFiles.SharedImports(check).Select(RepositoryFiles.Relative).ToList();
            foreach (string assembly in Layers.Allowed["Pos.Firmware.Esp32"].Where(a => a != "Pos.Hal.Esp32"))
            {
                string items = Layers.Folder(assembly) + "/" + assembly + ".Shared.projitems";
                Assert.Contains(items, imported, "tests/Pos.DeviceCheck must import " + items);
            }
        }

        [TestMethod]
        public void Test_scaffolding_is_never_in_the_firmware()
        {
            var scaffolding = Sources("Pos.Core.Testing").Select(DeclaredNamespace).Where(n => n != null).Distinct().ToList();
            Assert.IsNotEmpty(scaffolding);
            foreach (string assembly in Layers.Allowed["Pos.Firmware.Esp32"].Append("Pos.Firmware.Esp32"))
            {
                Assert.DoesNotContain("Pos.Core.Testing", Layers.Allowed[assembly], assembly);
                foreach (string file in Sources(assembly))
                {
                    string code = StripComments(File.ReadAllText(file));
                    foreach (string? ns in scaffolding)
                    {
                        Assert.IsFalse(Regex.IsMatch(code, "\\b" + Regex.Escape(ns!) + "\\b"), RepositoryFiles.Relative(file) + " uses " + ns);
                    }
                }
            }
        }

        // A file at an assembly's root is in the assembly's namespace; below, in Pos.Core.<Area>[.<Sub>] from its
        // folders (Pos.Hal[.<Sub>] in the HAL seams); "Generated" folders add nothing.
        private static string ExpectedNamespace(string assembly, List<string> folders) => assembly switch
        {
            _ when folders.Count == 0 => assembly,
            "Pos.Hal" => string.Join(".", folders.Prepend("Pos.Hal")),
            "Pos.Hal.Esp32" or "Pos.Firmware.Esp32" => assembly,
            _ => string.Join(".", folders.Prepend("Pos.Core")),
        };

        private static void Visit(string assembly, Dictionary<string, int> state, List<string> order)
        {
            Assert.IsTrue(Layers.Allowed.ContainsKey(assembly), assembly + " is not in the table");
            state.TryGetValue(assembly, out int s);
            Assert.AreNotEqual(1, s, "cycle through " + assembly);
            if (s == 2)
            {
                return;
            }

            state[assembly] = 1;
            foreach (string below in Layers.Allowed[assembly])
            {
                Visit(below, state, order);
            }

            state[assembly] = 2;
            order.Add(assembly);
        }

        private static Dictionary<string, string> NamespaceOwners()
        {
            var owners = new Dictionary<string, string>();
            foreach (string assembly in Layers.Allowed.Keys)
            {
                foreach (string? ns in Sources(assembly).Select(DeclaredNamespace).Where(n => n != null))
                {
                    owners[ns!] = assembly;
                }
            }

            return owners;
        }

        private static IEnumerable<string> Sources(string assembly) =>
            RepositoryFiles.Find(Path.Combine(RepositoryFiles.Root, Layers.Folder(assembly)), ".cs");

        private static string? DeclaredNamespace(string file)
        {
            Match m = NamespaceLine().Match(File.ReadAllText(file));
            return m.Success ? m.Groups[1].Value : null;
        }

        // Project references by the referenced project's assembly name (the .nfproj name, or a host twin's AssemblyName).
        private static IEnumerable<string> ProjectReferences(string project)
        {
            string folder = Path.GetDirectoryName(project)!;
            foreach (var reference in RepositoryFiles.LoadXml(project).Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
            {
                string path = RepositoryFiles.Resolve(folder, (string)reference.Attribute("Include")!);
                yield return RepositoryFiles.Property(RepositoryFiles.LoadXml(path), "AssemblyName") ?? Path.GetFileNameWithoutExtension(path);
            }
        }

        private static string StripComments(string code) => Comment().Replace(code, string.Empty);

        [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
        private static partial Regex NamespaceLine();

        [GeneratedRegex(@"\bPos\.(?:Core|Hal)(?:\.\w+)*")]
        private static partial Regex QualifiedName();

        [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
        private static partial Regex Comment();
    }
}
