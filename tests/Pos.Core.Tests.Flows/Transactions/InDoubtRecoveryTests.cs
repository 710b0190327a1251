using nanoFramework.TestFramework;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// In-doubt recovery: the power goes between a transaction's outcome and the cashier; at boot the terminal shows
    /// what the journal knows of it before anything else, until the cashier confirms (ENTER), and only once.
    /// </summary>
    [TestClass]
    public class InDoubtRecoveryTests
    {
        private const string Magstripe = "card magstripe 6222021234567890 3012 201";

        [TestMethod]
        public void An_approval_the_cashier_had_no_time_to_read_is_shown_after_the_reboot_until_confirmed()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 2 3 4 ENTER\n" + Magstripe + "\nhost reply 00\nexpect screen APPROVED 12.34");
            string stan = r.Terminal.Screen.Line(3);
            string rrn = r.Terminal.Screen.Line(5);
            Rig.Run(r, "power cut\nexpect screen LAST_TXN APPROVED PURCHASE 12.34 622202******7890 " + stan + " " + rrn + "\nexpect state LastResult\n"
                + "key CANCEL\nkey 5\nadvance 60s\nexpect state LastResult\nkey ENTER\nexpect state Idle");
            Rig.Run(r, "power cut\nwait online\nexpect state Idle");
            Assert.IsTrue(r.Terminal.Machine.Last.Acknowledged);
            Assert.AreEqual((int)LastOutcome.Approved, (int)r.Terminal.Machine.Last.Outcome);
        }

        [TestMethod]
        public void A_result_the_cashier_left_is_not_shown_again()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey ENTER\nexpect state Idle\npower cut\nexpect state Idle");
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nadvance 11s\nexpect state Idle\npower cut\nexpect state Idle");
        }

        [TestMethod]
        public void A_sale_without_an_answer_is_shown_as_being_reversed()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 0 0 ENTER\n" + Magstripe + "\nhost hold\nexpect state Authorising\npower cut\n"
                + "expect screen LAST_TXN REVERSING PURCHASE 5.00\nexpect reversal pending 98\nkey ENTER\nexpect state Idle\nwait online\n"
                + "key 7\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\nkey CANCEL\npower cut\nexpect state Idle");
            Assert.AreEqual((int)LastOutcome.Reversed, (int)r.Terminal.Machine.Last.Outcome);
        }

        [TestMethod]
        public void The_reversal_of_the_sale_shown_goes_out_with_backoff_and_the_screen_waits_for_the_cashier()
        {
            // A failed attempt returns to the last-transaction screen (still REVERSING, still unconfirmed: a second cut
            // shows it again); the next attempt after the backoff clears it and the screen says REVERSED.
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 0 0 ENTER\n" + Magstripe + "\nhost hold\nexpect state Authorising\npower cut\n"
                + "host fault connect\nwait online\nexpect screen LAST_TXN REVERSING PURCHASE 5.00\nexpect reversal pending 98\n"
                + "power cut\nexpect screen LAST_TXN REVERSING PURCHASE 5.00\nhost reply 00\nwait online\nadvance 30s\nexpect reversal none\n"
                + "expect screen LAST_TXN REVERSED PURCHASE 5.00\nkey ENTER\nexpect state Idle\npower cut\nexpect state Idle");
            Assert.AreEqual((int)LastOutcome.Reversed, (int)r.Terminal.Machine.Last.Outcome);
        }

        [TestMethod]
        public void Declines_and_no_connection_are_shown_as_not_charged()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 5 1 ENTER\n" + Magstripe + "\nhost reply 51\nexpect screen DECLINED 51\npower cut\n"
                + "expect screen LAST_TXN DECLINED PURCHASE 5.51 * * * * 51\nkey ENTER\nexpect state Idle");
            Rig.Run(r, "wait online\nhost down\nkey 6 0 0 ENTER\n" + Magstripe + "\nhost fault connect\nexpect screen NO_CONNECTION\nexpect reversal none\npower cut\n"
                + "expect screen LAST_TXN NOT_COMPLETED PURCHASE 6.00 * * * * LNC");
        }

        [TestMethod]
        public void An_offline_approval_is_shown_with_its_queued_advice()
        {
            Pos.Core.App.TerminalOptions options = new Pos.Core.App.TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nlink down\nexpect offline\nkey 5 0 0 ENTER\ncard contactless 6222021234567890\n"
                + "expect screen OFFLINE_APPROVED 5.00\npower cut\nexpect offline count 1\nexpect screen LAST_TXN OFFLINE_APPROVED PURCHASE 5.00 622202******7890");
            Assert.AreEqual(r.Terminal.Machine.Last.Stan.ToString(), r.Terminal.OfflineQueue.NextPendingAdvice().Stan.ToString());
        }

        [TestMethod]
        public void A_void_and_a_settlement_are_recovered_too()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\n");
            string stan = r.Terminal.Screen.Line(3);
            Rig.Run(r, "key CANCEL\nkey FUNC 1 " + stan + " ENTER\nkey ENTER\nhost reply 00\nexpect screen APPROVED 1.00 * * * VOID\npower cut\n"
                + "expect screen LAST_TXN APPROVED VOID 1.00\nkey ENTER\nwait online\n"
                + "key FUNC 4\nexpect screen SETTLED\npower cut\nexpect screen LAST_TXN SETTLED SETTLEMENT 0.00 * 000001 * * 0\nkey ENTER\nexpect batch 2");
        }

        [TestMethod]
        public void A_settlement_without_its_answer_asks_to_settle_again()
        {
            // The journal as a cut leaves it between the 0500 and its answer (the simulated host answers at once).
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL");
            LastTransaction t = new LastTransaction();
            t.Flow = TxnFlow.Settlement;
            t.Outcome = LastOutcome.InFlight;
            t.Stan = r.Terminal.Journal.State.CurrentStan + 1;
            t.Batch = 1;
            t.AmountFen = 100;
            t.Stamp = "20260105T080010";
            t.Code = "1";
            r.Terminal.Journal.SetSetting(LastTransaction.SettingKey, t.Encode(r.Terminal.Journal.CardData));
            Rig.Run(r, "power cut\nexpect screen LAST_TXN SETTLE_UNCONFIRMED SETTLEMENT 1.00 * 000001 * 20260105T080010 1\nexpect batch 1\n"
                + "key ENTER\nwait online\nkey FUNC 4\nexpect screen SETTLED\nexpect batch 2");
        }

        [TestMethod]
        public void The_record_reads_back_what_it_wrote_and_refuses_garbage()
        {
            LastTransaction t = new LastTransaction();
            t.Flow = TxnFlow.Refund;
            t.Outcome = LastOutcome.Approved;
            t.Stan = 42;
            t.Batch = 7;
            t.AmountFen = 1234;
            t.Pan = "6222021234567890";
            t.Rrn = "123456789012";
            t.AuthCode = "A1B2C3";
            t.Stamp = "20261202T083000";
            t.Code = null;
            t.Entry = EntryNames.Chip;
            t.Acknowledged = true;
            LastTransaction back = LastTransaction.Decode(t.Encode(null), null);
            Assert.IsNotNull(back);
            Assert.AreEqual(t.Encode(null), back.Encode(null));
            Assert.AreEqual("000042", back.StanText());
            Assert.IsTrue(back.Acknowledged);
            Assert.IsNull(back.Code);

            Assert.IsNull(LastTransaction.Decode(null, null));
            Assert.IsNull(LastTransaction.Decode("x|1|2|3|4", null));
            Assert.IsNull(LastTransaction.Decode("9|1|2|3|4|||||||0", null), "unknown flow");
            Assert.IsNull(LastTransaction.Decode("1|9|2|3|4|||||||0", null), "unknown outcome");
            Assert.IsNull(LastTransaction.Decode("1|1|2|3|4|||||||0|extra", null));

            Assert.AreEqual(new System.DateTime(2026, 12, 2, 8, 30, 0).Ticks, LastTransaction.StampTicks("20261202T083000"));
            Assert.AreEqual(-1L, LastTransaction.StampTicks("20260231T083000"), "31 February");
            Assert.AreEqual(-1L, LastTransaction.StampTicks("2026120208300"));
            Assert.AreEqual(-1L, LastTransaction.StampTicks(null));
        }
    }
}
