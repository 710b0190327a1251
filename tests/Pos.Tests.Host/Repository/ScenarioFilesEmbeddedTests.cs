using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Repository
{
    /// <summary>The device tests play the emulator's scenario files from an embedded copy; it must match the files.</summary>
    [TestClass]
    public sealed class ScenarioFilesEmbeddedTests
    {
        [TestMethod]
        public void The_embedded_scenarios_match_the_emulators_files()
        {
            string generated = Path.Combine(RepositoryFiles.Root, "tests", "Pos.Core.Tests.App", "App", "Generated", "ScenarioFiles.cs");
            string before = File.ReadAllText(generated);
            string scratch = Path.Combine(Path.GetTempPath(), "scenario-files-" + Guid.NewGuid().ToString("N"));
            try
            {
                // Run the script on a copy of its inputs, so the check never writes into the repository.
                Directory.CreateDirectory(Path.Combine(scratch, "build"));
                File.Copy(Path.Combine(RepositoryFiles.Root, "build", "sync-scenarios.py"), Path.Combine(scratch, "build", "sync-scenarios.py"));
                CopyFolder(Path.Combine(RepositoryFiles.Root, "tools", "Pos.Emulator", "scenarios"), Path.Combine(scratch, "tools", "Pos.Emulator", "scenarios"));
                var run = Process.Start(new ProcessStartInfo("python3", Path.Combine(scratch, "build", "sync-scenarios.py")) { RedirectStandardOutput = true })!;
                run.WaitForExit();
                Assert.AreEqual(0, run.ExitCode, "build/sync-scenarios.py failed");
                string expected = File.ReadAllText(Path.Combine(scratch, "tests", "Pos.Core.Tests.App", "App", "Generated", "ScenarioFiles.cs"));
                Assert.AreEqual(expected, before, "stale: run build/sync-scenarios.py");
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }
    }
}
