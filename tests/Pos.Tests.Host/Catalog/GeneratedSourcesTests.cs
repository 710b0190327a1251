using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Catalog;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>
    /// The generator's C# output: files within the line budget, check failing on a stale, missing or left-over part,
    /// the enum parser, and the names classes agreeing with the compiled enums (host reflection).
    /// </summary>
    [TestClass]
    public sealed class GeneratedSourcesTests
    {
        private static readonly Lazy<GeneratorResult> Generated = new(() => Generator.Run(RepoPaths.Root, null));

        [TestMethod]
        public void Every_generated_source_is_within_the_line_budget()
        {
            GeneratorResult result = Generated.Value;
            Assert.IsTrue(result.Ok, string.Join("\n", result.Errors));
            foreach (KeyValuePair<string, string> f in result.Files.Where(f => f.Key.EndsWith(".cs")))
            {
                int lines = f.Value.Count(c => c == '\n');
                Assert.IsLessThanOrEqualTo(GeneratedClass.MaxLines, lines, f.Key);
            }

            Assert.IsTrue(result.Files.ContainsKey(RepoLayout.LocalizationGenerated + "/TextKey.Part2.cs"), "TextKey is split into parts");
        }

        [TestMethod]
        public void Check_fails_on_a_stale_missing_or_left_over_part()
        {
            GeneratorResult result = Generated.Value;
            string root = Path.Combine(Path.GetTempPath(), "pos-catalog-" + Guid.NewGuid().ToString("N"));
            try
            {
                Generator.Write(root, result);
                Assert.IsEmpty(Generator.Stale(root, result));

                string part = RepoLayout.LocalizationGenerated + "/TextKey.Part2.cs";
                string partPath = RepoLayout.Full(root, part);
                File.AppendAllText(partPath, "// edited\n");
                CollectionAssert.AreEqual(new[] { part }, Generator.Stale(root, result));

                File.Delete(partPath);
                CollectionAssert.AreEqual(new[] { part }, Generator.Stale(root, result));
                Generator.Write(root, result);

                string extra = RepoLayout.Glyphs + "/GlyphData.Part9.cs";
                File.WriteAllText(RepoLayout.Full(root, extra), result.Files[RepoLayout.Glyphs + "/GlyphData.Part2.cs"]);
                string dropped = "firmware/Pos.Core.Events/Events/DroppedNames.cs";
                File.WriteAllText(RepoLayout.Full(root, dropped), Generator.BannerStart + " from the enum Dropped. Do not edit.\n");
                CollectionAssert.AreEquivalent(new[] { extra, dropped }, Generator.Stale(root, result));

                Generator.Write(root, result);
                Assert.IsEmpty(Generator.Stale(root, result));
                Assert.IsFalse(File.Exists(RepoLayout.Full(root, dropped)));
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [TestMethod]
        public void Enum_parser_reads_values_comments_and_references()
        {
            const string Source = "namespace A.B\n{\n    /// <summary>x, y</summary>\n    public enum E : int\n    {\n" +
                "        /// <summary>First, = 9.</summary>\n        First,\n        // Gap.\n        Second = 0x10, /* Third = 99, */\n" +
                "        [System.Obsolete(\"old, gone\")]\n        Third,\n        Alias = Second,\n        Minus = -2,\n    }\n}\n";
            EnumSource e = EnumSource.Parse(Source, "E");
            Assert.AreEqual("A.B", e.Namespace);
            CollectionAssert.AreEqual(new[] { "First", "Second", "Third", "Alias", "Minus" }, e.Members.Select(m => m.Key).ToList());
            CollectionAssert.AreEqual(new[] { 0, 16, 17, 16, -2 }, e.Members.Select(m => m.Value).ToList());
            Assert.ThrowsExactly<FormatException>(() => EnumSource.Parse("namespace A { enum E { A = 1 << 2 } }", "E"));
            Assert.ThrowsExactly<FormatException>(() => EnumSource.Parse(Source, "Missing"));
        }

        [TestMethod]
        public void Every_names_class_names_every_member_of_its_compiled_enums()
        {
            foreach (NamesClass names in NamesTable.All)
            {
                Assembly assembly = Assembly.Load(new AssemblyName(names.Folder.Split('/')[1]));
                foreach (EnumMirror mirror in names.Enums)
                {
                    EnumSource source = EnumSource.Parse(File.ReadAllText(RepoPaths.Of(names.Folder + "/" + mirror.Name + ".cs")), mirror.Name);
                    Type type = assembly.GetType(source.Namespace + "." + mirror.Name, true)!;
                    Type cls = assembly.GetType(source.Namespace + "." + names.Name, true)!;
                    CollectionAssert.AreEqual(
                        Enum.GetNames(type).Zip(Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32), (n, v) => n + "=" + v).OrderBy(s => s).ToList(),
                        source.Members.Select(m => m.Key + "=" + m.Value).OrderBy(s => s).ToList(),
                        "the parse of " + mirror.Name);

                    MethodInfo of = cls.GetMethod("Of", new[] { mirror.IntArgument ? typeof(int) : type })!;
                    Func<int, object> arg = v => mirror.IntArgument ? v : Enum.ToObject(type, v);
                    foreach (KeyValuePair<string, string> m in NamesSources.Named(mirror, source))
                    {
                        int value = Convert.ToInt32(Enum.Parse(type, m.Key));
                        Assert.AreEqual(m.Value, of.Invoke(null, new[] { arg(value) }), names.Name + " " + m.Key);
                        Assert.AreEqual(mirror.Upper || mirror.Renames.ContainsKey(m.Key) ? m.Value : m.Key, m.Value);
                    }

                    Assert.AreEqual("[9999]", of.Invoke(null, new[] { arg(9999) }), names.Name);
                    if (mirror.Check != null)
                    {
                        MethodInfo check = cls.GetMethod(mirror.Check, new[] { mirror.IntArgument ? typeof(int) : type })!;
                        foreach (KeyValuePair<string, int> m in source.Members)
                        {
                            Assert.AreEqual(m.Key != NamesSources.Sentinel, (bool)check.Invoke(null, new[] { arg(m.Value) })!, names.Name + " " + m.Key);
                        }

                        Assert.IsFalse((bool)check.Invoke(null, new[] { arg(9999) })!);
                    }
                }
            }
        }
    }
}
