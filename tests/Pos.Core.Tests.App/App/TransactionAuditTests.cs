using Pos.Core.Audit;
using Pos.Core.App;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The transaction machine's entries in the audit trail, on the product's whole application: a sale, a decline, a
    /// void, an offline sale, a reversal and a settlement each leave their entry under the operator who made them,
    /// after what they tell is on record; the card shows by its last four only (the test PAN is never in a text).
    /// OperatorTests walks the void with the supervisor's approval and finds the same entries in order.
    /// </summary>
    [TestClass]
    public class TransactionAuditTests
    {
        private const string Pan = "6222021234567890";
        private const string Swipe = "card magstripe " + Pan + " 3012 201";

        [TestMethod]
        public void A_sale_its_void_and_a_decline_are_in_the_trail_under_their_operator()
        {
            ScenarioRunner r = Booted(null);
            r.Terminal.Machine.CurrentOperator = 3;
            Script.Run(r, "key 1 2 3 4 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 12.34\nkey CANCEL\n"
                + "key 2 0 0 ENTER\n" + Swipe + "\nhost reply 51\nexpect screen DECLINED 51\nkey CANCEL\n"
                + "key FUNC 1 2 ENTER\nexpect screen VOID_CONFIRM 12.34\nkey ENTER\nhost reply 00\nexpect screen APPROVED\nkey CANCEL");
            string dump = AuditTexts.Dump(r.Terminal.Audit);
            OutputHelper.WriteLine(dump);
            Assert.Contains(" 03 TRANSACTION sale 12.34 #000002 *7890 approved auth ", dump);
            Assert.Contains(" 03 DECLINE sale 2.00 #000003 *7890 declined 51|", dump);
            Assert.Contains(" 03 TRANSACTION void 12.34 #000004 *7890 of #000002 approved auth ", dump);
            Assert.AreEqual("51", DeclineAudit.CodeOf(AuditTexts.At(r.Terminal.Audit, r.Terminal.Audit.Count - 2)));
            NoPan(r);
        }

        [TestMethod]
        public void An_offline_sale_stored_is_in_the_trail()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = Booted(options);
            r.Terminal.Machine.CurrentOperator = 7;
            Script.Run(r, "link down\nexpect offline\nkey 5 0 0 ENTER\ncard contactless " + Pan + "\nexpect screen OFFLINE_APPROVED 5.00\nkey CANCEL");
            Assert.IsTrue(AuditTexts.Has(r.Terminal.Audit, 7, "offline sale 5.00 #000002 *7890 stored"));
            NoPan(r);
        }

        [TestMethod]
        public void A_reversal_sent_and_acknowledged_and_a_settlement_are_in_the_trail()
        {
            ScenarioRunner r = Booted(null);
            r.Terminal.Machine.CurrentOperator = 4;
            Script.Run(r, "key 3 0 0 ENTER\n" + Swipe + "\nhost fault timeout\nexpect screen REVERSAL_PENDING 98\nkey CANCEL\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\n"
                + "key 1 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED\nkey CANCEL");
            r.Terminal.Machine.CurrentOperator = 0;
            Script.Run(r, "key FUNC 4\nexpect screen SETTLED\nkey CANCEL");
            string dump = AuditTexts.Dump(r.Terminal.Audit);
            OutputHelper.WriteLine(dump);
            Assert.Contains(" 04 TRANSACTION sale 3.00 #000002 *7890 reversal sent 98|", dump);
            Assert.Contains(" 04 TRANSACTION sale 3.00 #000002 *7890 reversed 00|", dump);
            Assert.Contains(" 04 TRANSACTION sale 1.00 #000003 *7890 approved auth ", dump);
            Assert.EndsWith(" 00 TRANSACTION settle batch 000001 ok debit 1 1.00 credit 0 0.00|", dump);
            NoPan(r);
        }

        // No entry holds the test PAN, nor its first six and last four together (a masked PAN).
        private static void NoPan(ScenarioRunner r)
        {
            string dump = AuditTexts.Dump(r.Terminal.Audit);
            Assert.IsFalse(dump.IndexOf(Pan) >= 0, "a clear PAN in the audit trail");
            Assert.IsFalse(dump.IndexOf("622202") >= 0, "a masked PAN in the audit trail");
        }

        // Booted, online, signed in (STAN 1), on the idle screen.
        private static ScenarioRunner Booted(TerminalOptions options)
        {
            ScenarioRunner r = options == null ? new ScenarioRunner() : new ScenarioRunner(options);
            Script.Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            return r;
        }
    }
}
