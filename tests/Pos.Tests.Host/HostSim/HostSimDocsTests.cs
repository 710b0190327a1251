using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>docs/HOSTSIM.md stays true to the code's tables.</summary>
    [TestClass]
    public sealed class HostSimDocsTests
    {
        [TestMethod]
        public void The_docs_list_every_test_card_and_every_fault_name()
        {
            string docs = File.ReadAllText(RepoPaths.Of("docs/HOSTSIM.md"));
            foreach (TestCard card in TestCards.All)
            {
                StringAssert.Contains(docs, "| " + card.Pan + " |", "test card " + card.Label);
            }

            foreach (string name in FaultKinds.All.Skip(1))
            {
                StringAssert.Contains(docs, "`" + name, "fault " + name);
            }
        }
    }
}
