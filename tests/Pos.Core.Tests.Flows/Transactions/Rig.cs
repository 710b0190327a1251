using Pos.Core.Scenarios;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>Builds a booted, signed-in, idle terminal on simulated time and runs scenario lines against it.</summary>
    public static class Rig
    {
        public static ScenarioRunner Booted()
        {
            ScenarioRunner runner = new ScenarioRunner();
            Run(runner, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            return runner;
        }

        public static void Run(ScenarioRunner runner, string script)
        {
            string failure = runner.Run(script);
            if (failure != null)
            {
                for (int i = 0; i < runner.Output.Count; i++)
                {
                    OutputHelper.WriteLine((string)runner.Output[i]);
                }
            }

            Assert.IsNull(failure, failure);
        }
    }
}
