using Pos.Core.App;
using Pos.Core.Localization;
using Pos.Core.Protocol.Messages;
using Pos.Core.Receipts;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Printing
{
    /// <summary>
    /// The settlement report's record (<see cref="SettlementSummary"/>), on the product's whole application: captured
    /// when the host settles, from the batch's log before it is cleared, with the totals the 0500 sent and the host's
    /// answer; kept in the journal with the batch it closes, so it survives a power cut and prints again.
    /// </summary>
    [TestClass]
    public class SettlementReportTests
    {
        private const string Pan = "6222021234567890";
        private const string Swipe = "card magstripe " + Pan + " 3012 201";

        [TestMethod]
        public void The_record_counts_the_batch_by_kind_with_the_totals_the_0500_sent_and_the_host_booked()
        {
            ScenarioRunner r = Shift();
            SettlementTotals sent = r.Terminal.Machine.Log.Totals(); // what the 0500 carries
            long hostSales = r.Host.SalesFen;
            int hostCount = r.Host.SalesCount;
            Run(r, "key FUNC 4\nexpect sent 0500\nexpect screen SETTLED BALANCED 000002 000001\nkey CANCEL");

            SettlementSummary s = r.Terminal.Machine.LastSettlement;
            Assert.IsNotNull(s);
            Assert.AreEqual(1, s.Batch);
            Assert.AreEqual(2, s.Operator);
            Assert.AreEqual(2, s.CountOf(SettlementKind.Sale));
            Assert.AreEqual(1300L, s.FenOf(SettlementKind.Sale));
            Assert.AreEqual(1, s.CountOf(SettlementKind.Void));
            Assert.AreEqual(300L, s.FenOf(SettlementKind.Void));
            Assert.AreEqual(1, s.CountOf(SettlementKind.Refund));
            Assert.AreEqual(400L, s.FenOf(SettlementKind.Refund));
            Assert.AreEqual(1, s.CountOf(SettlementKind.Offline));
            Assert.AreEqual(500L, s.FenOf(SettlementKind.Offline));
            Assert.AreEqual(1100L, s.NetFen);

            Assert.AreEqual(sent.ToField48(), s.Totals.ToField48());
            Assert.AreEqual(2, s.Totals.DomesticDebitCount);
            Assert.AreEqual(1500L, s.Totals.DomesticDebitFen);
            Assert.AreEqual(hostCount, s.Totals.DomesticDebitCount, "the host's ledger of sales");
            Assert.AreEqual(hostSales, s.Totals.DomesticDebitFen, "the host's ledger of sales");
            Assert.AreEqual(s.NetFen, s.Totals.DomesticDebitFen - s.Totals.DomesticCreditFen);
            Assert.AreEqual('1', s.DomesticCode);
            Assert.AreEqual('1', s.ForeignCode);
            Assert.IsFalse(s.Uploaded);
            Assert.IsNotNull(s.Stamp);
            Assert.AreEqual(0, r.Terminal.Machine.Log.All().Length, "the log it counted is cleared");

            Slip slip = new Slip();
            SettlementSlips.Build(slip, s, SlipSamples.Terminal(), Locale.EnUs, false);
            string text = new SlipLayout(slip, SlipPaper.Columns58).ToText();
            OutputHelper.WriteLine(text);
            Assert.Contains("Domestic debit    2    CNY 15.00", text);
            Assert.Contains("Net                    CNY 11.00", text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiSettlementOk), text);
        }

        [TestMethod]
        public void The_record_survives_a_power_cut_and_says_when_the_batch_was_uploaded()
        {
            ScenarioRunner r = Shift();
            Run(r, "host settle unbalanced\nkey FUNC 4\nexpect screen SETTLED UPLOADED 000002\nexpect sent 0320:202\nkey CANCEL");
            string kept = r.Terminal.Machine.LastSettlement.Encode();
            Run(r, "power cut\nwait online\nexpect batch 2");
            SettlementSummary s = r.Terminal.Machine.LastSettlement;
            Assert.IsNotNull(s, "kept in the journal");
            Assert.AreEqual(kept, s.Encode());
            Assert.IsTrue(s.Uploaded);
            Assert.AreEqual('2', s.DomesticCode);
            Assert.AreEqual(1, s.CountOf(SettlementKind.Offline));

            Slip slip = new Slip();
            SettlementSlips.Build(slip, s, SlipSamples.Terminal(), Locale.ZhCn, true);
            string text = new SlipLayout(slip, SlipPaper.Columns58).ToText();
            Assert.Contains("重打印", text);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSettledUploaded), text);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSlipUnbalanced), text);
        }

        [TestMethod]
        public void A_record_encodes_and_decodes_and_a_damaged_one_reads_as_none()
        {
            SettlementSummary s = SlipSamples.SettlementReport(true);
            SettlementSummary back = SettlementSummary.Decode(s.Encode());
            Assert.AreEqual(s.Encode(), back.Encode());
            Assert.AreEqual(3, back.CountOf(SettlementKind.Sale));
            Assert.AreEqual(20945L, back.NetFen);
            Assert.AreEqual('2', back.DomesticCode);
            Assert.IsTrue(back.Uploaded);
            Assert.IsNull(SettlementSummary.Decode(null));
            Assert.IsNull(SettlementSummary.Decode("1|x|3"));
            Assert.IsNull(SettlementSummary.Decode(s.Encode() + "|extra"));
        }

        // Operator 02's shift: sales 10.00 and 3.00, the 3.00 voided, 4.00 refunded of the 10.00, an offline sale of
        // 5.00 delivered; idle, online, in batch 000001.
        private static ScenarioRunner Shift()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            r.Terminal.Machine.CurrentOperator = 2;
            Run(r, "key 1 0 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 10.00\nkey CANCEL\n"
                + "key 3 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 3.00\nkey CANCEL\n"
                + "key FUNC 1 3 ENTER\nexpect screen VOID_CONFIRM 3.00\nkey ENTER\nhost reply 00\nexpect screen APPROVED 3.00 * * * VOID\nkey CANCEL\n"
                + "key FUNC 2 2 ENTER\nkey 4 0 0 ENTER\n" + Swipe + "\nhost reply 00\nexpect screen APPROVED 4.00 * * * REFUND\nkey CANCEL\n"
                + "link down\nexpect offline\nkey 5 0 0 ENTER\ncard contactless " + Pan + "\nexpect screen OFFLINE_APPROVED 5.00\nkey CANCEL\n"
                + "link up\nwait online\nadvance 5s\nexpect offline count 0\nexpect screen IDLE\nexpect batch 1");
            return r;
        }

        private static void Run(ScenarioRunner r, string script)
        {
            string failure = r.RunExplained(script);
            Assert.IsNull(failure, failure);
        }
    }
}
