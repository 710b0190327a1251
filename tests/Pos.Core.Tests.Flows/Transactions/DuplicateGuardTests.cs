using nanoFramework.TestFramework;
using Pos.Core.App;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>重复交易检测: the same card and amount within the window asks the cashier before charging again.</summary>
    [TestClass]
    public class DuplicateGuardTests
    {
        private const string Magstripe = "card magstripe 6222021234567890 3012 201";

        [TestMethod]
        public void The_same_card_and_amount_asks_first_showing_the_earlier_sale()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 2 3 4 ENTER\n" + Magstripe + "\nhost reply 00\n");
            int earlier = r.Terminal.Screen.Stan;
            string stan = r.Terminal.Screen.Line(3);
            int sent = r.Host.Received.Count;
            Rig.Run(r, "key CANCEL\nadvance 3m\nkey 1 2 3 4 ENTER\n" + Magstripe + "\nexpect screen DUPLICATE 12.34 622202******7890 " + stan + " * APPROVED 3\n"
                + "key 9\nexpect state DuplicateConfirm\nkey CANCEL\nexpect state Idle");
            Assert.AreEqual(sent, r.Host.Received.Count, "nothing sent when the cashier stops");

            Rig.Run(r, "key 1 2 3 4 ENTER\n" + Magstripe + "\nexpect screen DUPLICATE\nkey ENTER\nexpect sent 0200\nhost reply 00\nexpect screen APPROVED 12.34");
            Assert.AreNotEqual(earlier, r.Terminal.Screen.Stan, "a new sale");
        }

        [TestMethod]
        public void Another_amount_a_decline_or_an_old_sale_does_not_ask()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\n"
                + "key 2 0 0 ENTER\n" + Magstripe + "\nexpect state Authorising\nhost reply 00\nkey CANCEL\n"
                + "key 3 5 1 ENTER\n" + Magstripe + "\nhost reply 51\nkey CANCEL\n"
                + "key 3 5 1 ENTER\n" + Magstripe + "\nexpect state Authorising\nhost reply 51\nkey CANCEL\n"
                + "advance 11m\nkey 1 0 0 ENTER\n" + Magstripe + "\nexpect state Authorising");
        }

        [TestMethod]
        public void The_window_is_a_setting_and_zero_turns_the_guard_off()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.Transactions.DuplicateWindowMs = 0;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nkey 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\n"
                + "key 1 0 0 ENTER\n" + Magstripe + "\nexpect state Authorising");

            options = new TerminalOptions("12345678", "123456789012345");
            options.Transactions.DuplicateWindowMs = 60000;
            r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nkey 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\nadvance 61s\n"
                + "key 1 0 0 ENTER\n" + Magstripe + "\nexpect state Authorising");

            bool refused = false;
            try
            {
                TransactionSettings s = new TransactionSettings();
                s.DuplicateWindowMs = -1;
                s.Validate();
            }
            catch (TransactionSettingsException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "a negative window is refused");
        }

        [TestMethod]
        public void The_last_sale_still_guards_after_a_reboot()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey ENTER\npower cut\nwait online\nexpect state Idle\n"
                + "key 1 0 0 ENTER\n" + Magstripe + "\nexpect screen DUPLICATE 1.00");
        }

        [TestMethod]
        public void The_ring_keeps_the_newest_sales_and_matches_card_amount_and_time()
        {
            RecentSales ring = new RecentSales();
            for (int i = 0; i < RecentSales.Capacity + 2; i++)
            {
                ring.Add("622202000000000" + i.ToString(), 100 + i, 1000 * i, i + 1, "20261202T08000" + i.ToString(), i == 3);
            }

            Assert.AreEqual(-1, ring.Find("6222020000000000", 100, 6000, 600000), "the oldest went");
            int found = ring.Find("6222020000000003", 103, 6000, 600000);
            Assert.IsTrue(found >= 0);
            Assert.AreEqual(4, ring.StanAt(found));
            Assert.IsTrue(ring.OfflineAt(found));
            Assert.AreEqual(3000L, ring.AgeMs(found, 6000));
            Assert.AreEqual(-1, ring.Find("6222020000000003", 104, 6000, 600000), "another amount");
            Assert.AreEqual(-1, ring.Find("6222020000000003", 103, 6000, 2999), "outside the window");
            Assert.AreEqual(-1, ring.Find("6222020000000003", 103, 6000, 0), "off");
            ring.Clear();
            Assert.AreEqual(-1, ring.Find("6222020000000005", 105, 6000, 600000));
        }
    }
}
