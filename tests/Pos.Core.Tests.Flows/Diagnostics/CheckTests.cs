using System;
using nanoFramework.TestFramework;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>Every check in its PASS, WARN (where it has one) and FAIL states through the fakes.</summary>
    [TestClass]
    public class CheckTests
    {
        [TestMethod]
        public void Firmware_pass_and_warn()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("firmware"), CheckStatus.Pass, "0.1.0");
            rig.Ctx.FirmwareVersion = string.Empty;
            Expect(rig.RunCheck("firmware"), CheckStatus.Warn, "unknown");
            Assert.AreEqual(TextKey.DiagFirmware, rig.Runner.ResultAt(0).ChecklistKey);
        }

        [TestMethod]
        public void Clock_pass_unset_and_before_the_journal()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("clock"), CheckStatus.Pass, "2025-03-01 09:41");
            rig.Audit.Append(new DateTime(2025, 6, 1).Ticks, Operators.None, AuditEvent.Other, "later");
            Expect(rig.RunCheck("clock"), CheckStatus.Fail, "2025-03-01 09:41 before journal");
            rig.Clock.SetUtc(new DateTime(2000, 1, 1));
            CheckResult r = rig.RunCheck("clock");
            Expect(r, CheckStatus.Fail, "2000-01-01 00:00 not set");
            Assert.AreEqual(TextKey.DiagClock, r.ChecklistKey);
        }

        [TestMethod]
        public void Battery_pass_warn_fail_and_external()
        {
            DiagRig rig = DiagRig.Create();
            rig.Power.Millivolts = 3712;
            Expect(rig.RunCheck("battery"), CheckStatus.Pass, "3.71 V");
            rig.Power.Millivolts = 3550;
            Expect(rig.RunCheck("battery"), CheckStatus.Warn, "3.55 V");
            rig.Power.Millivolts = 3300;
            Expect(rig.RunCheck("battery"), CheckStatus.Fail, "3.30 V");
            rig.Power.IsExternalPower = true;
            Expect(rig.RunCheck("battery"), CheckStatus.Warn, "3.30 V charging");
            rig.Power.Millivolts = 0;
            Expect(rig.RunCheck("battery"), CheckStatus.Pass, "external power");
            rig.Power.IsExternalPower = false;
            Expect(rig.RunCheck("battery"), CheckStatus.Fail, "no reading");
        }

        [TestMethod]
        public void Storage_that_started_empty_warns_with_its_checklist_until_confirmed()
        {
            DiagRig rig = DiagRig.Create();
            rig.Journal.SetSetting(StorageProvisioning.SettingKey, string.Empty);
            CheckResult r = rig.RunCheck("storage");
            Assert.AreEqual((int)CheckStatus.Warn, (int)r.Status);
            Assert.StartsWith("started empty, not confirmed", r.Value);
            Assert.AreEqual(TextKey.LocalStorageNew, r.ChecklistKey, "the checklist says what an empty drive means");

            Assert.IsTrue(new StorageProvisioning(rig.Journal, rig.Audit).Confirm(2, Operators.Technician, "technician"));
            DiagRig after = rig.Reboot();
            CheckResult confirmed = after.RunCheck("storage");
            Assert.AreEqual((int)CheckStatus.Pass, (int)confirmed.Status, "the marker survives a reboot");
            Assert.StartsWith("journal ok, ", confirmed.Value);
        }

        [TestMethod]
        public void Storage_pass_warn_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            CheckResult r = rig.RunCheck("storage");
            Assert.AreEqual((int)CheckStatus.Pass, (int)r.Status);
            Assert.StartsWith("journal new, ", r.Value);
            rig.Ctx.Thresholds.FreeWarnBytes = rig.Storage.FreeBytes + 1;
            Assert.AreEqual((int)CheckStatus.Warn, (int)rig.RunCheck("storage").Status);
            rig.Ctx.Thresholds.FreeFailBytes = rig.Storage.FreeBytes + 1;
            Assert.AreEqual((int)CheckStatus.Fail, (int)rig.RunCheck("storage").Status);

            // A driver that cannot tell the size (-1): "unknown", never a failure for want of space.
            rig.Storage.SizeUnknown = true;
            CheckResult unknown = rig.RunCheck("storage");
            Assert.AreEqual((int)CheckStatus.Pass, (int)unknown.Status);
            Assert.AreEqual("journal new, free space unknown", unknown.Value);
            rig.Storage.SizeUnknown = false;

            // A torn tail at boot is a WARN.
            DiagRig torn = DiagRig.Create();
            torn.Storage.ArmPowerCut(torn.Storage.MutationCount + 1, 5);
            try
            {
                torn.Journal.SetSetting("torn", "a write in flight");
            }
            catch (Exception)
            {
                // the power cut
            }

            DiagRig after = torn.Reboot();
            Assert.AreEqual((int)RecoveryStatus.TailTruncated, (int)after.Recovery.Status);
            r = after.RunCheck("storage");
            Assert.AreEqual((int)CheckStatus.Warn, (int)r.Status);
            Assert.StartsWith("tail cut ", r.Value);
        }

        [TestMethod]
        public void Display_and_keypad_are_judged_by_the_technician()
        {
            DiagRig rig = DiagRig.Create();
            int display = rig.Runner.IndexOf("display");
            rig.Runner.StartOne(display);
            Assert.IsTrue(rig.Runner.IsRunning);
            rig.Runner.Confirm(true, "confirmed");
            Expect(rig.Runner.ResultAt(display), CheckStatus.Pass, "confirmed");
            int keypad = rig.Runner.IndexOf("keypad");
            rig.Runner.StartOne(keypad);
            rig.Runner.Confirm(false, "expected 5, got 6");
            Expect(rig.Runner.ResultAt(keypad), CheckStatus.Fail, "expected 5, got 6");
            Assert.AreEqual(TextKey.DiagKeypad, rig.Runner.ResultAt(keypad).ChecklistKey);
        }

        [TestMethod]
        public void Card_reader_pass_with_masked_pan_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            int i = rig.Runner.IndexOf("card_reader");
            rig.Runner.StartOne(i);
            Assert.IsTrue(rig.Card.Reading);
            rig.PresentCard(new CardData("6222020000001234", "2812", "201", "6222020000001234=2812201", EntryMode.Chip, null, "001"), CardReadError.None);
            Assert.IsFalse(rig.Card.Reading);
            Expect(rig.Runner.ResultAt(i), CheckStatus.Pass, "chip 622202******1234");

            rig.Runner.StartOne(i);
            rig.PresentCard(null, CardReadError.BadTrackData);
            Expect(rig.Runner.ResultAt(i), CheckStatus.Fail, "bad track data");

            rig.Card.IsPresent = false;
            Expect(rig.RunCheck("card_reader"), CheckStatus.Fail, "reader not responding");
        }

        [TestMethod]
        public void Wifi_pass_warn_fail_and_link_down()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("wifi"), CheckStatus.Pass, "-55 dBm");
            rig.Net.Rssi = -72;
            Expect(rig.RunCheck("wifi"), CheckStatus.Warn, "-72 dBm");
            rig.Net.Rssi = -85;
            Expect(rig.RunCheck("wifi"), CheckStatus.Fail, "-85 dBm");
            rig.Net.IsUp = false;
            CheckResult r = rig.RunCheck("wifi");
            Expect(r, CheckStatus.Fail, "link down");
            Assert.AreEqual(TextKey.DiagWifi, r.ChecklistKey);
        }

        [TestMethod]
        public void Ip_config_pass_and_each_fault()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("ip_config"), CheckStatus.Pass, "192.168.1.23");
            rig.Net.Info = new NetworkInfo("0.0.0.0", "255.255.255.0", "192.168.1.1", new string[] { "192.168.1.1" }, "shop");
            Expect(rig.RunCheck("ip_config"), CheckStatus.Fail, "no IP address");
            rig.Net.Info = new NetworkInfo("192.168.1.23", "255.0.255.0", "192.168.1.1", new string[] { "192.168.1.1" }, "shop");
            Expect(rig.RunCheck("ip_config"), CheckStatus.Fail, "bad mask");
            rig.Net.Info = new NetworkInfo("192.168.1.23", "255.255.255.0", "10.0.0.1", new string[] { "192.168.1.1" }, "shop");
            Expect(rig.RunCheck("ip_config"), CheckStatus.Fail, "gateway outside subnet");
            rig.Net.Info = new NetworkInfo("192.168.1.23", "255.255.255.0", "192.168.1.1", new string[] { "0.0.0.0" }, "shop");
            Expect(rig.RunCheck("ip_config"), CheckStatus.Fail, "no DNS server");
            rig.Net.Info = new NetworkInfo("192.168.1.23", "255.255.255.0", "192.168.1.256", new string[] { "192.168.1.1" }, "shop");
            Expect(rig.RunCheck("ip_config"), CheckStatus.Fail, "no gateway");
        }

        [TestMethod]
        public void Dns_pass_fail_and_not_run()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("dns"), CheckStatus.Pass, "10.0.0.5");
            rig.Net.Resolved = string.Empty;
            Expect(rig.RunCheck("dns"), CheckStatus.Fail, "no answer");
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.HostName, "10.0.0.5");
            Expect(rig.RunCheck("dns"), CheckStatus.NotRun, "host is an IP");
            rig.Net.IsUp = false;
            Expect(rig.RunCheck("dns"), CheckStatus.NotRun, "link down");
        }

        [TestMethod]
        public void Tcp_connect_pass_warn_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("tcp_connect"), CheckStatus.Pass, "<= 40 ms");
            Assert.AreEqual(820, rig.Host.LastMti);
            rig.Host.LatencyMs = 2500;
            Expect(rig.RunCheck("tcp_connect"), CheckStatus.Warn, "<= 2500 ms");
            rig.Host.Failure = ExchangeFailure.ConnectFailed;
            Expect(rig.RunCheck("tcp_connect"), CheckStatus.Fail, "connect failed");
            rig.Host.Failure = ExchangeFailure.Timeout;
            Expect(rig.RunCheck("tcp_connect"), CheckStatus.Pass, "connected, no reply (timeout)");
            rig.Host.IsBusy = true;
            Expect(rig.RunCheck("tcp_connect"), CheckStatus.NotRun, "exchange busy");
        }

        [TestMethod]
        public void Echo_pass_warn_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            int before = rig.Journal.State.CurrentStan;
            Expect(rig.RunCheck("echo"), CheckStatus.Pass, "40 ms");
            Assert.AreEqual(before + 1, rig.Journal.State.CurrentStan);
            rig.Host.LatencyMs = 3000;
            Expect(rig.RunCheck("echo"), CheckStatus.Warn, "3000 ms");
            rig.Host.LatencyMs = 40;
            rig.Host.Code = "A0";
            CheckResult r = rig.RunCheck("echo");
            Expect(r, CheckStatus.Fail, "code A0");
            Assert.AreEqual(TextKey.DiagEcho, r.ChecklistKey);
            rig.Host.Failure = ExchangeFailure.Timeout;
            Expect(rig.RunCheck("echo"), CheckStatus.Fail, "no reply (timeout)");
            rig.Net.IsUp = false;
            Expect(rig.RunCheck("echo"), CheckStatus.NotRun, "link down");
        }

        [TestMethod]
        public void Keys_pass_with_kcvs_and_fail_when_missing()
        {
            DiagRig rig = DiagRig.Create();
            CheckResult r = rig.RunCheck("keys");
            Assert.AreEqual((int)CheckStatus.Pass, (int)r.Status);
            Assert.StartsWith("TMK ", r.Value);
            Assert.Contains(" PIK ", r.Value);
            Assert.Contains(" MAK ", r.Value);
            Assert.AreEqual(-1, r.Value.IndexOf("0123456789ABCDEF"));
            rig.Keys.Clear(KeySlot.Mak);
            Expect(rig.RunCheck("keys"), CheckStatus.Fail, "MAK missing");
        }

        [TestMethod]
        public void Keys_warn_of_a_test_master_key_with_its_checklist()
        {
            DiagRig rig = DiagRig.Create();
            rig.Keys.LoadMaster(DiagRig.TestOnlyKey, 0, 16, KeyOrigin.Test);
            rig.Keys.Load(KeySlot.Pik, DiagRig.TestOnlyKey, 0, 16);
            rig.Keys.Load(KeySlot.Mak, DiagRig.TestOnlyKey, 0, 8);
            CheckResult r = rig.RunCheck("keys");
            Assert.AreEqual((int)CheckStatus.Warn, (int)r.Status);
            Assert.EndsWith(" TEST", r.Value);
            Assert.AreEqual(TextKey.LocalKeysTest, r.ChecklistKey);

            rig.Keys.LoadMaster(DiagRig.TestOnlyKey, 0, 16, KeyOrigin.DualControl);
            Expect(rig.RunCheck("keys"), CheckStatus.Fail, "PIK missing");
        }

        [TestMethod]
        public void Merchant_pass_warn_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("merchant"), CheckStatus.Pass, "TID TEST0001, batch 000001");
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.SignInRequired, "1");
            Expect(rig.RunCheck("merchant"), CheckStatus.Warn, "sign-in required, batch 000001");
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.SignInRequired, null);
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.SignInDate, "20250228");
            Expect(rig.RunCheck("merchant"), CheckStatus.Warn, "signed in 20250228, batch 000001");
            rig.Journal.SetSetting(DiagnosticsSettingsKeys.TerminalId, null);
            Expect(rig.RunCheck("merchant"), CheckStatus.Fail, "TID not set, batch 000001");
        }

        [TestMethod]
        public void Offline_queue_pass_warn_and_fail()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("offline_queue"), CheckStatus.Pass, "empty");
            byte[] payload = new byte[8];
            // The UTC stamp is 10 days old, but ages come from the journal's monotonic clock: 3 h of uptime.
            rig.Journal.Enqueue(QueueItemKind.Advice, "TEST0001", 1, 5, rig.Clock.UtcNow.Ticks - (240 * TimeSpan.TicksPerHour), payload, 0, 8);
            rig.Clock.Advance(3 * 3600 * 1000);
            rig.Journal.Enqueue(QueueItemKind.Advice, "TEST0001", 1, 6, rig.Clock.UtcNow.Ticks, payload, 0, 8);
            Expect(rig.RunCheck("offline_queue"), CheckStatus.Pass, "2 items, oldest 3 h");
            rig.Clock.Advance(2 * 3600 * 1000);
            Expect(rig.RunCheck("offline_queue"), CheckStatus.Warn, "2 items, oldest 5 h");
            // A sign-in or SNTP moving the wall clock by a year changes no age.
            rig.Clock.SetUtc(rig.Clock.UtcNow.AddDays(365));
            Expect(rig.RunCheck("offline_queue"), CheckStatus.Warn, "2 items, oldest 5 h");
            rig.Journal.MarkExhausted(rig.Journal.State.QueueItemAt(0));
            Expect(rig.RunCheck("offline_queue"), CheckStatus.Fail, "2 items, oldest 5 h, 1 flagged");
        }

        [TestMethod]
        public void Declines_pass_warn_and_fail_by_code()
        {
            DiagRig rig = DiagRig.Create();
            Expect(rig.RunCheck("declines"), CheckStatus.Pass, "none");
            rig.Audit.Append(1, 1, AuditEvent.Decline, DeclineAudit.Text("sale 1.00 #000011", "05"));
            rig.Audit.Append(2, 1, AuditEvent.Decline, DeclineAudit.Text("sale 1.00 #000012", "51"));
            rig.Audit.Append(3, Operators.Technician, AuditEvent.TechnicianPin, "ok declined 05"); // not a decline entry
            rig.Audit.Append(4, 2, AuditEvent.Decline, DeclineAudit.Text("saf: 1/1/13", "51"));
            Expect(rig.RunCheck("declines"), CheckStatus.Warn, "3: 51x2 05x1");
            for (int i = 0; i < 5; i++)
            {
                rig.Audit.Append(10 + i, 1, AuditEvent.Decline, DeclineAudit.Text("void", "97"));
            }

            Expect(rig.RunCheck("declines"), CheckStatus.Fail, "8: 97x5 51x2 05x1");
            for (int i = 0; i < Pos.Core.Diagnostics.Checks.DeclinesCheck.Window; i++)
            {
                rig.Audit.Append(20 + i, Operators.Technician, AuditEvent.TechnicianPin, "ok");
            }

            Expect(rig.RunCheck("declines"), CheckStatus.Pass, "none"); // only the newest entries count
            Assert.IsNull(DeclineAudit.CodeOf("sale declined 5"));
        }

        [TestMethod]
        public void Run_all_pauses_at_interactive_and_async_checks_and_keeps_the_report()
        {
            DiagRig rig = DiagRig.Create();
            rig.Runner.StartAll();
            Assert.AreEqual("display", rig.Runner.Current.Key);
            rig.Runner.Confirm(true, "confirmed");
            Assert.AreEqual("keypad", rig.Runner.Current.Key);
            rig.Runner.Confirm(true, "16/16 keys");
            Assert.AreEqual("card_reader", rig.Runner.Current.Key);
            rig.Runner.Skip();
            rig.Pump();
            Assert.IsFalse(rig.Runner.IsRunning);
            Assert.AreEqual(1, rig.Journal.State.DiagnosticsCount);
            string report = rig.Journal.State.DiagnosticsAt(0).Text;
            Assert.StartsWith("SELFTEST 2025-03-01T09:41:", report);
            Assert.Contains("card_reader NOT RUN skipped\n", report);
            Assert.Contains("echo PASS 40 ms\n", report);
            Assert.EndsWith("TOTAL P16 W0 F0 N2\n", report); // and the printer: the rig has none
            AuditEntry last = new AuditEntry();
            Assert.IsTrue(rig.Audit.ReadNewest(last));
            Assert.AreEqual("all P16 W0 F0 N2", last.Text);
            Assert.AreEqual((int)AuditEvent.SelfTest, (int)last.Event);
            Assert.AreEqual(Operators.Technician, last.Operator);
        }

        private static void Expect(CheckResult r, CheckStatus status, string value)
        {
            Assert.AreEqual(CheckStatusNames.Of(status), CheckStatusNames.Of(r.Status));
            Assert.AreEqual(value, r.Value);
            Assert.AreEqual(status == CheckStatus.Warn || status == CheckStatus.Fail, r.HasChecklist);
        }
    }
}
