using Pos.Core.Scenarios;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    [TestClass]
    public class ScenarioFileTests
    {
        private const string Boot = "# boot: the terminal signs in once the host answers its probes\nwait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\n";

        [TestMethod]
        public void Purchase_then_timeout_then_reversal_scenario()
        {
            string script = Boot
                + "key 1 2 3 ENTER\nexpect screen PRESENT_CARD PURCHASE 1.23\ncard magstripe 6222021234567890 3012 201\n"
                + "host reply 00\nexpect screen APPROVED 1.23\nkey ENTER\n"
                + "key 5 ENTER\ncard chip 6222021234567890\nexpect screen PIN\nkey ENTER\nhost fault timeout\nexpect reversal pending 98\n"
                + "advance 10s\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\nexpect screen IDLE\n";
            Assert.IsNull(new ScenarioRunner().Run(script));
        }

        [TestMethod]
        public void Link_loss_and_power_cut_scenario()
        {
            string script = Boot
                + "link down\nexpect offline\nkey 1 ENTER\ncard magstripe 6222021234567890\nexpect screen OFFLINE_DECLINED L01\nkey CANCEL\n"
                + "link up\nwait online\nkey 2 ENTER\ncard magstripe 6222021234567890\nhost hold\npower cut\nwait online\nexpect reversal pending 98\n";
            Assert.IsNull(new ScenarioRunner().Run(script));
        }

        [TestMethod]
        public void A_failing_expectation_names_the_line()
        {
            string failure = new ScenarioRunner().Run("wait online\nexpect screen APPROVED");
            Assert.IsNotNull(failure);
            Assert.StartsWith("line 2:", failure);
        }
    }
}
