using nanoFramework.TestFramework;
using Pos.Core.Scenarios;

namespace Pos.Core.Tests.App
{
    /// <summary>Runs a scenario script in a test: on a failing line, the runner's output is printed and the test fails with it.</summary>
    public static class Script
    {
        /// <summary>Runs <paramref name="script"/>; asserts every line held.</summary>
        public static void Run(ScenarioRunner r, string script)
        {
            string failure = r.RunExplained(script);
            Assert.IsNull(failure, failure);
        }
    }
}
