using Pos.Core.App;
using Pos.Core.Scenarios;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// A sale during a silent outage (link up, host gone: connects hang) reaches its outcome within the connect budget
    /// of the card read, and a slow host is not an outage. Simulated time; the host simulator's silent mode and latency.
    /// </summary>
    [TestClass]
    public class SilentOutageTests
    {
        private const string Tap = "card contactless 6222021234567890";

        [TestMethod]
        public void A_sale_started_at_the_moment_of_a_silent_loss_shows_no_connection_within_the_connect_budget()
        {
            ScenarioRunner r = Rig.Booted();
            int received = r.Host.Received.Count;
            Rig.Run(r, "key 1 0 0 ENTER\nhost silent\n" + Tap + "\nexpect state Authorising\nexpect reversal pending 98");
            long cardRead = r.Clock.UptimeMs;
            Rig.Run(r, "advance 7999ms\nexpect state Authorising\nadvance 1ms\nexpect screen NO_CONNECTION LNC ONLINE\nexpect reversal none");
            OutputHelper.WriteLine("card read -> NO_CONNECTION: " + (r.Clock.UptimeMs - cardRead).ToString() + " ms");
            Assert.AreEqual(8000L, r.Clock.UptimeMs - cardRead);
            Assert.AreEqual(received, r.Host.Received.Count, "nothing reached the host");
        }

        [TestMethod]
        public void With_offline_sales_on_a_sale_whose_request_never_reached_the_host_is_decided_offline()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nkey 1 0 0 ENTER\nhost silent\n" + Tap + "\nexpect state Authorising\nexpect online");
            long cardRead = r.Clock.UptimeMs;
            Rig.Run(r, "advance 8s\nexpect screen OFFLINE_APPROVED 1.00\nexpect reversal none\nexpect offline count 1");
            Assert.AreEqual(8000L, r.Clock.UptimeMs - cardRead);

            // A PIN card is outside the default policy: the outcome is the L07 decline, just as fast.
            Rig.Run(r, "key CANCEL\nkey 2 0 0 ENTER\ncard magstripe 6222021234567890 3012 220\nkey 1 2 3 4 ENTER\nexpect state Authorising");
            long pinEntered = r.Clock.UptimeMs;
            Rig.Run(r, "advance 8s\nexpect screen OFFLINE_DECLINED");
            Assert.IsTrue(r.Clock.UptimeMs - pinEntered <= 8000);
        }

        [TestMethod]
        public void A_request_still_waiting_for_the_exchange_in_flight_is_taken_back_unsent_at_its_connect_budget()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "host latency 20s\nadvance 60s");
            Assert.IsTrue(r.Terminal.Link.ProbeInFlight, "the keep-alive probe waits for a slow reply");
            int received = r.Host.Received.Count;
            Rig.Run(r, "key 1 0 0 ENTER\n" + Tap + "\nexpect state Authorising\nadvance 7999ms\nexpect state Authorising\n"
                + "advance 1ms\nexpect screen NO_CONNECTION LNC\nexpect reversal none");
            Assert.AreEqual(received, r.Host.Received.Count, "the 0200 never left");
            Assert.IsTrue(r.Terminal.Link.IsOnline, "a slow probe is not a failure");
        }

        [TestMethod]
        public void When_the_link_monitor_gives_up_mid_sale_a_waiting_request_is_taken_back_at_once()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nhost latency 20s\nadvance 60s");
            Assert.IsTrue(r.Terminal.Link.ProbeInFlight);
            Rig.Run(r, "key 1 0 0 ENTER\n" + Tap + "\nexpect state Authorising\nadvance 2s\nlink down\nexpect screen OFFLINE_APPROVED 1.00\n"
                + "expect reversal none\nexpect offline count 1");
        }

        [TestMethod]
        public void A_slow_host_answering_within_the_sale_timeout_stays_online_and_approves()
        {
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.Transactions.ResponseTimeoutMs = 15000;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nhost latency 4s\nhost auto 00");
            for (int i = 0; i < 10; i++)
            {
                // A sale now and then, keep-alive probes in between (each answered after 4 s).
                // Amounts 1.00..1.09: the same card, so the duplicate guard would ask at a repeated amount.
                Rig.Run(r, "advance 97s\nkey 1 0 " + i.ToString() + " ENTER\n" + Tap + "\nadvance 4s\nexpect screen APPROVED 1.0" + i.ToString() + "\nkey CANCEL");
            }

            Assert.AreEqual(1, r.Terminal.Link.WentOnlineCount, "online since boot");
            Assert.AreEqual(0, r.Terminal.Link.WentOfflineCount, "never declared offline");
            Assert.IsTrue(r.Terminal.Link.SlowProbeReplies > 0, "its probes were slow");
        }
    }
}
