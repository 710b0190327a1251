using nanoFramework.TestFramework;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// A refund (0220) is never reversed: when its answer is lost the terminal asks again with the same 0220 (same STAN)
    /// until the host says it holds it (00, or a 94 with a valid MAC and the same amount) or refuses it, and shows the
    /// answer; nothing else is sent meanwhile, and a power cut does not lose the question.
    /// </summary>
    [TestClass]
    public class RefundConfirmationTests
    {
        private const string Magstripe = "card magstripe 6222021234567890 3012 201";

        [TestMethod]
        public void A_lost_answer_is_asked_again_and_the_confirmed_refund_is_shown_logged_and_settled()
        {
            ScenarioRunner r = Refunding("host fault timeout\nexpect screen REVERSAL_PENDING RF LTO\nexpect reversal pending RF\n");
            int refund = r.Terminal.Journal.State.Reversal.Stan;
            Rig.Run(r, "advance 11s\nexpect screen REVERSING RF\nexpect sent 0220\nhost reply 00\n"
                + "expect screen LAST_TXN APPROVED REFUND 0.50 622202******7890 " + Stan(refund) + "\nexpect reversal none\nkey ENTER\nexpect state Idle\n"
                + "key FUNC 4\nexpect screen SETTLED BALANCED * * 1 1.00 1 0.50");
            Assert.AreEqual(0, r.Terminal.Machine.Log.All().Length, "settled");
        }

        [TestMethod]
        public void A_verified_94_means_the_host_already_holds_it()
        {
            ScenarioRunner r = Refunding("host fault closed\nexpect reversal pending RF\n");
            int refund = r.Terminal.Journal.State.Reversal.Stan;
            Rig.Run(r, "advance 11s\nexpect sent 0220\nhost reply 94\nexpect screen LAST_TXN APPROVED REFUND 0.50 * " + Stan(refund));
            LoggedTransaction logged = r.Terminal.Machine.Log.Find(refund);
            Assert.IsNotNull(logged);
            Assert.AreEqual(50L, logged.AmountFen);
        }

        [TestMethod]
        public void A_94_without_a_valid_MAC_proves_nothing_and_a_refusal_refunds_nothing()
        {
            ScenarioRunner r = Refunding("host fault timeout\nexpect reversal pending RF\n");
            int refund = r.Terminal.Journal.State.Reversal.Stan;
            Rig.Run(r, "advance 11s\nexpect sent 0220\nhost reply 94 badmac\nexpect reversal pending RF\nexpect state Idle\n"
                + "advance 6s\nexpect sent 0220\nhost reply 25\nexpect screen LAST_TXN DECLINED REFUND 0.50 * " + Stan(refund) + " * * 25\nexpect reversal none");
            Assert.IsNull(r.Terminal.Machine.Log.Find(refund), "nothing refunded, nothing logged");
        }

        [TestMethod]
        public void A_power_cut_before_the_answer_is_recovered_at_boot_and_confirmed()
        {
            ScenarioRunner r = Refunding("host hold\nexpect reversal pending RF\npower cut\n");
            Rig.Run(r, "expect screen LAST_TXN CONFIRMING REFUND 0.50\nkey ENTER\nwait online\nexpect sent 0220\nhost reply 94\n"
                + "expect screen LAST_TXN APPROVED REFUND 0.50\nkey ENTER\nexpect state Idle\nexpect reversal none");
        }

        [TestMethod]
        public void A_sale_waits_for_the_refund_to_be_confirmed()
        {
            ScenarioRunner r = Refunding("host fault timeout\nexpect reversal pending RF\nkey CANCEL\n");
            Rig.Run(r, "expect state Reversing\nkey 3\nexpect state Reversing\nhost reply 00\nexpect screen LAST_TXN APPROVED REFUND\nkey ENTER\nexpect state Idle");
        }

        // A sale of 1.00, then a refund of 0.50 of it whose first answer goes as the script says.
        private static ScenarioRunner Refunding(string firstAnswer)
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\n");
            string sale = r.Terminal.Screen.Line(3);
            Rig.Run(r, "key CANCEL\nkey FUNC 2 " + sale + " ENTER\nexpect screen AMOUNT REFUND\nkey 5 0 ENTER\n" + Magstripe + "\nexpect sent 0220\n" + firstAnswer);
            return r;
        }

        private static string Stan(int stan)
        {
            return Pos.Core.Protocol.Numeric.Format(stan, 6);
        }
    }
}
