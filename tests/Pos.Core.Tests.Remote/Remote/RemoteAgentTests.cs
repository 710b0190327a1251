using Pos.Core.Audit;
using Pos.Core.Diagnostics;
using Pos.Core.Remote;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal.Remote;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Remote
{
    /// <summary>
    /// The remote agent in the assembled terminal over a simulated broker: the session and its will, the status and
    /// events, and each command carried out, refused as busy, forged or replayed, always audited; payments first.
    /// </summary>
    [TestClass]
    public class RemoteAgentTests
    {
        [TestMethod]
        public void It_connects_with_its_own_credentials_and_keeps_an_online_status_retained()
        {
            RemoteWorld w = new RemoteWorld();
            Assert.AreEqual((int)RemoteLinkState.Connected, (int)w.Agent.State);
            RemoteSession s = w.Runner.RemoteLink.LastSession;
            Assert.AreEqual(RemoteWorld.Tid, s.ClientId);
            Assert.AreEqual(RemoteWorld.Tid, s.UserName);
            Assert.AreEqual("pos/12345678/cmd", s.SubscribeTopic);
            Assert.AreEqual("pos/12345678/status", s.WillTopic);
            Assert.AreEqual("{\"v\":1,\"tid\":\"12345678\",\"online\":false}", System.Text.Encoding.UTF8.GetString(s.WillPayload, 0, s.WillPayload.Length));
            string status = w.Status;
            Assert.IsNotNull(status);
            Assert.IsTrue(status.IndexOf("\"online\":true") > 0, status);
            Assert.IsTrue(status.IndexOf("\"link\":\"online\"") > 0, status);
            Assert.IsTrue(status.IndexOf("\"queue\":0") > 0, status);
            Assert.IsTrue(status.IndexOf("\"busy\":false") > 0, status);
            Assert.IsFalse(w.AnyMessageContains(s.Password), "the password never travels in a payload");
        }

        [TestMethod]
        public void A_lost_session_leaves_the_will_and_the_agent_comes_back_after_its_backoff()
        {
            RemoteWorld w = new RemoteWorld();
            w.Broker.Reachable = false;
            w.Broker.DropAll();
            w.Runner.Advance(100);
            Assert.IsTrue(w.Status.IndexOf("\"online\":false") > 0, "the broker published the will");
            int attempts = w.Runner.RemoteLink.Attempts;
            w.Runner.Advance(4000);
            Assert.AreEqual(attempts, w.Runner.RemoteLink.Attempts, "no retry before 5 s");
            w.Runner.Advance(1500);
            Assert.AreEqual(attempts + 1, w.Runner.RemoteLink.Attempts, "one retry at 5 s");
            w.Runner.Advance(9000);
            Assert.AreEqual(attempts + 1, w.Runner.RemoteLink.Attempts, "then 10 s");
            w.Broker.Reachable = true;
            w.Runner.Advance(2000);
            Assert.AreEqual((int)RemoteLinkState.Connected, (int)w.Agent.State);
            Assert.IsTrue(w.Status.IndexOf("\"online\":true") > 0, "online again, retained");
            Assert.IsTrue(w.Runner.Log.Contains("remote: cannot connect: unreachable"), "logged, never shown to the cashier");
        }

        [TestMethod]
        public void A_decline_is_reported_with_its_code_class_and_a_masked_card()
        {
            RemoteWorld w = new RemoteWorld();
            w.Run("key 2 0 0 ENTER\ncard magstripe 6222021234567891 3012 201\nhost reply 51\nexpect screen DECLINED\nkey CANCEL\nadvance 1s");
            string e = w.LastEvent("\"type\":\"decline\"");
            Assert.IsNotNull(e, "a decline event");
            Assert.IsTrue(e.IndexOf("\"code\":\"51\"") > 0, e);
            Assert.IsTrue(e.IndexOf("\"class\":\"C\"") > 0 || e.IndexOf("\"class\":\"B\"") > 0, e);
            Assert.IsTrue(e.IndexOf("\"who\":\"cardholder\"") > 0, e);
            Assert.IsTrue(e.IndexOf("\"amount\":200") > 0, e);
            Assert.IsTrue(e.IndexOf("\"pan\":\"622202******7891\"") > 0, e);
            Assert.IsFalse(w.AnyMessageContains("6222021234567891"), "the full card number never leaves");
        }

        [TestMethod]
        public void A_remote_self_test_with_the_host_down_fails_its_network_checks_and_says_so()
        {
            RemoteWorld w = new RemoteWorld();
            w.Run("host down");
            w.Send("selftest", null);
            w.Runner.Advance(60000);
            string ack = w.LastAck;
            Assert.IsNotNull(ack, w.Dump() + Tail(w));
            Assert.IsTrue(ack.IndexOf("\"cmd\":\"selftest\"") > 0 && ack.IndexOf("\"result\":\"ok\"") > 0, ack);
            Assert.IsTrue(ack.IndexOf("\"detail\":\"FAIL\"") > 0, ack);
            string report = w.LastEvent("\"type\":\"selftest\"");
            Assert.IsNotNull(report);
            Assert.IsTrue(report.IndexOf("\"remote\":true") > 0, report);
            Assert.IsTrue(report.IndexOf("{\"id\":\"tcp_connect\",\"s\":\"FAIL\"") > 0, report);
            Assert.IsTrue(report.IndexOf("\"id\":\"keypad\"") < 0 && report.IndexOf("\"id\":\"card_reader\"") < 0, "nothing that needs someone at the counter");
            Assert.IsTrue(w.Status.IndexOf("\"st\":\"FAIL\"") > 0, w.Status);
            Assert.IsTrue(AuditHas(w, AuditEvent.Remote, "selftest all started"), "audited when started");
            Assert.IsTrue(AuditHas(w, AuditEvent.Remote, "selftest done FAIL"), "and when done");
        }

        [TestMethod]
        public void A_forged_or_replayed_command_is_refused_audited_and_reported()
        {
            RemoteWorld w = new RemoteWorld();
            byte[] good = w.Send("log", new string[] { "count", "3" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"ok\"") > 0, w.LastAck);
            string log = w.LastEvent("\"type\":\"log\"");
            Assert.IsNotNull(log);

            w.SendRaw(good);
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"replayed\"") > 0, w.LastAck);
            Assert.IsNotNull(w.LastEvent("\"what\":\"replayed-command\""));

            byte[] forged = new CommandSignerFor(w).Forge(w.NextSequence(), "set");
            w.SendRaw(forged);
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"forged\"") > 0, w.LastAck);
            Assert.IsNotNull(w.LastEvent("\"what\":\"forged-command\""));
            Assert.IsTrue(AuditHas(w, AuditEvent.Remote, "refused forged"));
            Assert.IsTrue(AuditHas(w, AuditEvent.Remote, "refused replayed"));
            Assert.AreEqual(1, w.Agent.CommandsDone);
            Assert.AreEqual(2, w.Agent.CommandsRefused);
        }

        [TestMethod]
        public void A_command_during_a_sale_is_refused_as_busy_and_nothing_is_published_until_the_sale_ends()
        {
            RemoteWorld w = new RemoteWorld();
            w.Run("key 1 2 3 4 ENTER\ncard magstripe 6222021234567890 3012 201");
            Assert.AreNotEqual((int)TxnState.Idle, (int)w.Runner.Terminal.State, "the sale waits for the host");
            int before = w.Broker.Count;
            w.Send("selftest", null);
            w.Runner.Advance(2000);
            Assert.AreEqual(before + 1, w.Broker.Count, "only the command itself: the agent publishes nothing while the sale is in flight");
            Assert.IsFalse(w.App.Diagnostics.IsRunning, "the self-test did not start");
            w.Run("host reply 00\nexpect screen APPROVED 12.34\nkey CANCEL\nadvance 2s");
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"busy\"") > 0, w.LastAck);
            Assert.IsTrue(w.Runner.Host.SalesCount == 1, "the sale went through once");
        }

        [TestMethod]
        public void A_new_offline_limit_is_applied_at_once_and_survives_a_power_cut()
        {
            RemoteWorld w = new RemoteWorld();
            w.Send("set", new string[] { "offline.limit", "5000", "offline.enabled", "true" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"ok\"") > 0, w.LastAck);
            Assert.AreEqual(5000, (int)w.Runner.Terminal.Machine.OfflinePolicy.TransactionLimitFen);
            Assert.IsTrue(w.Runner.Terminal.Machine.OfflineSales);
            Assert.IsTrue(AuditHas(w, AuditEvent.Remote, "set ok"));
            w.Runner.PowerCut();
            w.Runner.Advance(3000);
            Assert.AreEqual(5000, (int)w.Runner.Terminal.Machine.OfflinePolicy.TransactionLimitFen, "kept in the journal");
            Assert.IsTrue(w.Status.IndexOf("\"online\":true") > 0, "the new boot connected again");
        }

        [TestMethod]
        public void A_set_with_one_bad_value_changes_nothing()
        {
            RemoteWorld w = new RemoteWorld();
            long limit = w.Runner.Terminal.Machine.OfflinePolicy.TransactionLimitFen;
            w.Send("set", new string[] { "offline.limit", "5000", "port", "70000" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"invalid\"") > 0, w.LastAck);
            Assert.IsTrue(w.LastAck.IndexOf("port") > 0, "the reason names the parameter");
            Assert.AreEqual((int)limit, (int)w.Runner.Terminal.Machine.OfflinePolicy.TransactionLimitFen, "not half-applied");
            Assert.IsNull(w.Runner.Terminal.Journal.State.GetSetting("offline.limit"));
            w.Send("set", new string[] { "offline.cap", "100", "offline.limit", "5000" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"invalid\"") > 0, "a cap below the per-sale limit");
            w.Send("set", new string[] { "shoe.size", "42" });
            Assert.IsTrue(w.LastAck.IndexOf("unknown parameter shoe.size") > 0, w.LastAck);
            w.Send("set", new string[] { "limit.sale", "99999999999" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"invalid\"") > 0, "a limit above the largest amount");
        }

        [TestMethod]
        public void A_message_waits_at_idle_until_a_key_and_that_key_starts_nothing()
        {
            RemoteWorld w = new RemoteWorld();
            w.Send("message", new string[] { "text", "Please call the help desk" });
            Assert.IsTrue(w.LastAck.IndexOf("\"result\":\"ok\"") > 0, w.LastAck);
            w.Runner.Advance(500);
            Assert.IsTrue(w.App.Ui.RemoteMessageShown);
            StatusSnapshot status = new StatusSnapshot();
            status.UtcNow = w.Runner.Clock.UtcNow;
            w.App.Ui.Render(status, new RecordingDisplay());
            string screen = w.App.Ui.CurrentScreen.ToText();
            Assert.IsTrue(screen.IndexOf("Please call the help desk") >= 0, screen);
            w.Run("ui 5");
            Assert.IsFalse(w.App.Ui.RemoteMessageShown);
            Assert.AreEqual((int)TxnState.Idle, (int)w.Runner.Terminal.State, "the digit did not start a sale");
        }

        [TestMethod]
        public void A_firmware_notice_shows_in_the_status_and_the_firmware_check()
        {
            RemoteWorld w = new RemoteWorld();
            w.Send("firmware", new string[] { "version", "9.9.9" });
            w.Runner.Advance(6000);
            Assert.IsTrue(w.Status.IndexOf("\"fwAvail\":\"9.9.9\"") > 0, w.Status);
            w.App.Diagnostics.StartOne(w.App.Diagnostics.IndexOf("firmware"));
            w.Runner.Advance(100);
            CheckResult r = w.App.Diagnostics.ResultAt(w.App.Diagnostics.IndexOf("firmware"));
            Assert.AreEqual((int)CheckStatus.Warn, (int)r.Status);
            Assert.IsTrue(r.Value.IndexOf("update 9.9.9") >= 0, r.Value);
        }

        [TestMethod]
        public void A_storm_of_declines_is_rate_limited_and_counted()
        {
            RemoteWorld w = new RemoteWorld();
            for (int i = 0; i < 14; i++)
            {
                w.Run("key 2 0 0 ENTER\ncard magstripe 6222021234567891 3012 201\nhost reply 51\nkey CANCEL");
            }

            w.Runner.Advance(1000);
            int declines = 0;
            for (int i = 0; i < w.Broker.Count; i++)
            {
                declines += w.Broker.PayloadAt(i).IndexOf("\"type\":\"decline\"") > 0 ? 1 : 0;
            }

            // Each went out on its result screen while the burst of 10 lasted; the other 4 came faster than one per 6 s.
            Assert.AreEqual(10, declines, w.Dump());
            Assert.AreEqual(4, w.Agent.Dropped);
            w.Runner.Advance(6000);
            Assert.IsTrue(w.Status.IndexOf("\"dropped\":" + w.Agent.Dropped.ToString()) > 0, w.Status);
        }

        [TestMethod]
        public void Only_a_transaction_under_way_counts_as_in_flight()
        {
            Assert.AreEqual((int)TxnState.Count, RemoteAgent.InFlightStateCount, "every state has its entry");
            Assert.IsFalse(RemoteAgent.IsInFlight(TxnState.Idle));
            Assert.IsFalse(RemoteAgent.IsInFlight(TxnState.Result), "a result waiting for the cashier's key is over");
            Assert.IsFalse(RemoteAgent.IsInFlight(TxnState.RecordList));
            Assert.IsTrue(RemoteAgent.IsInFlight(TxnState.Authorising));
            Assert.IsTrue(RemoteAgent.IsInFlight(TxnState.PinEntry));
            Assert.IsTrue(RemoteAgent.IsInFlight(TxnState.SigningIn));
        }

        private static string Tail(RemoteWorld w)
        {
            string text = string.Empty;
            int n = w.Runner.Log.Lines.Count;
            for (int i = n > 30 ? n - 30 : 0; i < n; i++)
            {
                text += (string)w.Runner.Log.Lines[i] + "\n";
            }

            return text;
        }

        private static bool AuditHas(RemoteWorld w, AuditEvent kind, string text)
        {
            AuditTrail trail = w.Runner.Terminal.Audit;
            AuditCursor cursor = trail.Read(0);
            AuditEntry entry = new AuditEntry();
            while (cursor.Next(entry))
            {
                if (entry.Event == kind && entry.Text.IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
