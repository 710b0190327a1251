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
            string failure = r.Run(script);
            if (failure != null)
            {
                for (int i = 0; i < r.Output.Count; i++)
                {
                    OutputHelper.WriteLine((string)r.Output[i]);
                }
            }

            Assert.IsNull(failure, failure);
        }
    }
}
