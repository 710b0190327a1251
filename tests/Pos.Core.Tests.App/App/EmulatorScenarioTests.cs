using nanoFramework.TestFramework;
using Pos.Core.Scenarios;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The emulator's headless scenarios (tools/Pos.Emulator/scenarios, embedded by build/sync-scenarios.py) played by
    /// the scenario runner: on the PC as on the nanoCLR interpreter, every expectation of every file holds.
    /// </summary>
    [TestClass]
    public class EmulatorScenarioTests
    {
        [TestMethod]
        public void Every_emulator_scenario_file_passes()
        {
            Assert.IsTrue(ScenarioFiles.Count > 0, "no scenario files embedded");
            string failures = string.Empty;
            for (int i = 0; i < ScenarioFiles.Count; i++)
            {
                string failure = new ScenarioRunner().Run(ScenarioFiles.Text(i));
                if (failure != null)
                {
                    failures += ScenarioFiles.Name(i) + ": " + failure + "; ";
                }
            }

            Assert.AreEqual(string.Empty, failures);
        }
    }
}
