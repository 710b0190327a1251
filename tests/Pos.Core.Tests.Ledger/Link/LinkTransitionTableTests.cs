using nanoFramework.TestFramework;
using Pos.Core.Link;

namespace Pos.Core.Tests.Link
{
    [TestClass]
    public class LinkTransitionTableTests
    {
        [TestMethod]
        public void Every_state_and_input_has_a_cell_and_every_name_is_known()
        {
            for (int s = 0; s < LinkNames.StateCount; s++)
            {
                Assert.AreNotEqual('[', LinkNames.Of((LinkState)s)[0]);
                for (int i = 0; i < LinkNames.InputCount; i++)
                {
                    LinkTransition cell = LinkTransitionTable.Lookup((LinkState)s, (LinkInput)i);
                    Assert.IsNotNull(cell);
                    Assert.AreNotEqual('[', LinkNames.Of((LinkInput)i)[0]);
                    Assert.AreNotEqual('[', LinkNames.Of(cell.Action)[0]);
                }
            }

            for (int r = 0; r < LinkReason.Count; r++)
            {
                Assert.AreNotEqual('[', LinkReason.Name(r)[0]);
            }

            Assert.AreEqual("[99]", LinkReason.Name(99));
        }

        [TestMethod]
        public void Link_down_leads_to_link_down_from_every_state()
        {
            for (int s = 0; s < LinkNames.StateCount; s++)
            {
                Assert.AreEqual((int)LinkState.LinkDown, (int)LinkTransitionTable.Lookup((LinkState)s, LinkInput.LinkDown).Next);
            }
        }

        [TestMethod]
        public void Only_a_confirmation_crosses_between_offline_and_online_sides()
        {
            // The visible edges: Suspect -> Offline (confirmed failures or deadline), Recovering -> Online (confirmed
            // successes) and any -> LinkDown. A plain success or failure never crosses.
            Assert.AreEqual((int)LinkState.Recovering, (int)LinkTransitionTable.Lookup(LinkState.Offline, LinkInput.Success).Next);
            Assert.AreEqual((int)LinkState.Recovering, (int)LinkTransitionTable.Lookup(LinkState.Recovering, LinkInput.Success).Next);
            Assert.AreEqual((int)LinkState.Suspect, (int)LinkTransitionTable.Lookup(LinkState.Online, LinkInput.Failure).Next);
            Assert.AreEqual((int)LinkState.Suspect, (int)LinkTransitionTable.Lookup(LinkState.Suspect, LinkInput.Failure).Next);
            Assert.AreEqual((int)LinkState.Online, (int)LinkTransitionTable.Lookup(LinkState.Recovering, LinkInput.Confirmed).Next);
            Assert.AreEqual((int)LinkState.Offline, (int)LinkTransitionTable.Lookup(LinkState.Suspect, LinkInput.Confirmed).Next);
            Assert.AreEqual((int)LinkState.Offline, (int)LinkTransitionTable.Lookup(LinkState.Suspect, LinkInput.Deadline).Next);
        }
    }
}
