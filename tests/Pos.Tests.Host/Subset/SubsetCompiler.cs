using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Pos.Analyzers;

namespace Pos.Tests.Host.Subset
{
    /// <summary>
    /// Compiles a snippet the way the guarded projects are compiled: C# 9, the repository's subset analyzer and the
    /// real BannedApiAnalyzers with build/BannedSymbols.txt and build/BannedSymbols.Core.txt (the shared code's lists). Returns every diagnostic id with its message.
    /// </summary>
    public static class SubsetCompiler
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

        /// <summary>Compiles <paramref name="source"/> and returns all warnings and errors, compiler's and analyzers'.</summary>
        public static IReadOnlyList<Diagnostic> Diagnose(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9), path: "Snippet.cs");
            var compilation = CSharpCompilation.Create(
                "Snippet",
                new[] { tree },
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
                new FileText(RepoPaths.Of("build/BannedSymbols.txt")), new FileText(RepoPaths.Of("build/BannedSymbols.Core.txt"))));
            var withAnalyzers = compilation.WithAnalyzers(Analyzers.Value, options);
            return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .ToList();
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            return paths
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
        {
            var dir = typeof(SubsetCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BannedApiAnalyzersDir").Value!;
            var loader = new DirectoryLoader();
            var banned = new[] { "Microsoft.CodeAnalysis.BannedApiAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll" }
                .SelectMany(f => new AnalyzerFileReference(Path.Combine(dir, f), loader).GetAnalyzers(LanguageNames.CSharp));
            return banned.Append(new NanoSubsetAnalyzer()).ToImmutableArray();
        }

        private sealed class FileText(string path) : AdditionalText
        {
            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
        }

        private sealed class DirectoryLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
