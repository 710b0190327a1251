using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Emulator;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator's developer features through its API (the page's buttons call the same endpoints): simulated time,
    /// the self-test fault controls (each one makes its check FAIL or WARN, run by the app's diagnostic runner), and a
    /// recording replayed headless and on a second emulator; and headless mode's <c>--offline</c>, <c>--locale</c> and
    /// <c>offline on</c>.
    /// </summary>
    [TestClass]
    public sealed class EmulatorFeatureApiTests
    {
        private const string OfflineSale = "wait online\nadvance 1s\nkey CANCEL\nlink down\nadvance 2s\nkey 2 0 0 ENTER\ncard chip 6222000000000001\nadvance 1s\nexpect screen OFFLINE_APPROVED\n";

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Advancing_simulated_time_4_hours_shows_the_offline_age_and_the_queue_check_warns()
        {
            await using ApiSession api = await ApiSession.StartAsync(offline: true);
            await api.IdleOnlineAsync();
            await api.PostAsync("/api/link/down");
            await api.WaitAsync(s => !s.GetProperty("online").GetBoolean(), "for offline");
            await api.KeysAsync("2", "0", "0", "ENTER");
            await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD");
            await api.PostAsync("/api/card?pan=" + TestCards.Approved + "&mode=insert");
            await api.WaitAsync(s => ApiSession.Id(s) == "OFFLINE_APPROVED");
            await api.KeysAsync("ENTER");
            Assert.AreEqual("PASS", Status(await api.PostAsync("/api/check/offline_queue")));

            long before = (await api.StateAsync()).GetProperty("uptimeMs").GetInt64();
            await api.PostAsync("/api/clock/pause");
            long after = (await api.PostAsync("/api/clock/advance?by=4h")).GetProperty("uptimeMs").GetInt64();
            Assert.IsTrue(after - before >= 4 * 3600 * 1000L, "advanced " + (after - before));
            JsonElement d = await api.StateAsync();
            Assert.IsTrue(d.GetProperty("clockPaused").GetBoolean());
            StringAssert.StartsWith(d.GetProperty("offlineOldestAge").GetString(), "4 h", "the panel's queue age");
            JsonElement check = await api.PostAsync("/api/check/offline_queue");
            Assert.AreEqual("WARN", Status(check), check.ToString());
            StringAssert.Contains(check.GetProperty("result").GetString(), "oldest 4 h");

            // Paused is frozen; a rate runs faster than real time.
            long frozen = (await api.StateAsync()).GetProperty("uptimeMs").GetInt64();
            await Task.Delay(300);
            Assert.AreEqual(frozen, (await api.StateAsync()).GetProperty("uptimeMs").GetInt64(), "paused time stands still");
            await api.PostAsync("/api/clock/run?rate=60");
            // Real time is counted from after the rate took effect and read before the terminal's clock, so the
            // comparison holds however late the delay wakes up.
            var real = System.Diagnostics.Stopwatch.StartNew();
            await Task.Delay(500);
            long realMs = real.ElapsedMilliseconds;
            long ran = api.Host.Device.Clock.UptimeMs - frozen;
            // Both sides count whole milliseconds, so the terminal's may be one real millisecond behind.
            Assert.IsTrue(ran >= 60 * (realMs - 1), "×60 ran " + ran + " ms in " + realMs + " ms");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Each_fault_control_makes_its_self_test_check_fail_or_warn()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            foreach (string key in new[] { "wifi", "ip_config", "dns", "clock", "storage", "card_reader" })
            {
                string status = Status(await api.PostAsync("/api/check/" + key));
                Assert.IsTrue(status is "PASS" or "WARN" or "RUNNING", key + " before any fault: " + status); // the reader check waits for a card
            }

            (string Control, string Check, string Status, string Undo)[] faults =
            {
                ("/api/wifi?rssi=-72", "wifi", "WARN", "/api/wifi?rssi=-55"),
                ("/api/wifi?rssi=-90", "wifi", "FAIL", "/api/wifi?rssi=-55"),
                ("/api/network?gateway=10.0.0.1", "ip_config", "FAIL", "/api/network?gateway=192.168.1.1"),
                ("/api/network?mask=255.0.255.0", "ip_config", "FAIL", "/api/network?mask=255.255.255.0"),
                ("/api/network?dns=none", "ip_config", "FAIL", "/api/network?dns=192.168.1.1"),
                ("/api/dns/fail", "dns", "FAIL", "/api/dns/ok"),
                ("/api/wall/unset", "clock", "FAIL", "/api/wall/ok"),
                ("/api/wall/wrong", "clock", "FAIL", "/api/wall/ok"),
                ("/api/flash/full", "storage", "FAIL", "/api/flash/ok"),
                ("/api/reader/fault", "card_reader", "FAIL", "/api/reader/ok"),
            };
            foreach ((string control, string check, string expected, string undo) in faults)
            {
                await api.PostAsync(control);
                JsonElement result = await api.PostAsync("/api/check/" + check);
                Assert.AreEqual(expected, Status(result), control + " → " + result);
                await api.PostAsync(undo);
                Assert.AreNotEqual(expected, Status(await api.PostAsync("/api/check/" + check)), undo + " undoes " + control);
            }

            // A corrupt flash is found at the next boot's recovery.
            await api.PostAsync("/api/flash/corrupt");
            await api.WaitAsync(s => s.GetProperty("powered").GetBoolean() && s.GetProperty("boots").GetInt32() == 2, "for the reboot");
            string storage = Status(await api.PostAsync("/api/check/storage"));
            Assert.IsTrue(storage is "FAIL" or "WARN", "corrupt flash: " + storage);

            // Reset flash: a freshly provisioned terminal, nothing left.
            await api.PostAsync("/api/flash/reset");
            JsonElement fresh = await api.WaitAsync(s => s.GetProperty("boots").GetInt32() == 3, "for the reset's reboot");
            StringAssert.StartsWith(fresh.GetProperty("recovery").GetString(), "fresh");
        }

        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task A_recorded_purchase_replays_headless_and_on_another_emulator_to_the_same_final_screen()
        {
            string recording;
            string pageScreen;
            await using (ApiSession api = await ApiSession.StartAsync())
            {
                await api.IdleOnlineAsync();
                await api.KeysAsync("1", "0", "0", "0", "ENTER");
                await api.WaitAsync(s => ApiSession.Id(s) == "PRESENT_CARD");
                await api.PostAsync("/api/card?pan=" + TestCards.Approved + "&mode=insert");
                JsonElement approved = await api.WaitAsync(s => ApiSession.Id(s) == "APPROVED");
                pageScreen = approved.GetProperty("screenText").GetString()!;
                recording = await api.Http.GetStringAsync("/api/recording");
            }

            // Keys pressed in the same millisecond share a line ("ui CANCEL 1"), so the 1 may follow another key.
            StringAssert.Matches(recording, new System.Text.RegularExpressions.Regex(@"^ui( \S+)* 1\b", System.Text.RegularExpressions.RegexOptions.Multiline));
            StringAssert.Contains(recording, "card chip " + TestCards.Approved);
            Assert.IsTrue(recording.TrimEnd().EndsWith("expect screen APPROVED", StringComparison.Ordinal), recording);

            string file = Path.Combine(Path.GetTempPath(), "pos-recorded-" + Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                await File.WriteAllTextAsync(file, recording);
                var output = new StringWriter();
                int code = HeadlessRunner.Run(file, output, new EmulatorOptions { Locale = "en-US" });
                Assert.AreEqual(0, code, output.ToString());
                string last = output.ToString()[output.ToString().LastIndexOf("  screen ", StringComparison.Ordinal)..];
                StringAssert.StartsWith(last, "  screen APPROVED:");
                foreach (string same in new[] { "APPROVED", "CNY 10.00", "622200******0001" })
                {
                    StringAssert.Contains(pageScreen, same, "page: " + pageScreen);
                    StringAssert.Contains(last, same, "headless: " + last);
                }
            }
            finally
            {
                File.Delete(file);
            }

            await using ApiSession replay = await ApiSession.StartAsync();
            await replay.PostAsync("/api/scenario", recording);
            for (int i = 0; i < 600 && JsonDocument.Parse(await replay.Http.GetStringAsync("/api/scenario")).RootElement.GetProperty("running").GetBoolean(); i++)
            {
                await Task.Delay(50);
            }

            JsonElement status = JsonDocument.Parse(await replay.Http.GetStringAsync("/api/scenario")).RootElement;
            Assert.AreEqual(JsonValueKind.Null, status.GetProperty("failure").ValueKind, status.ToString());
            Assert.AreEqual("APPROVED", ApiSession.Id(await replay.StateAsync()));
        }

        [TestMethod]
        public void Headless_honours_offline_and_locale_and_the_scenario_can_turn_offline_sales_on()
        {
            string file = Path.Combine(Path.GetTempPath(), "pos-offline-" + Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                File.WriteAllText(file, OfflineSale);
                var refused = new StringWriter();
                Assert.AreEqual(1, HeadlessRunner.Run(file, refused, new EmulatorOptions { Locale = "en-US" }), "offline sales are off by default");
                StringAssert.Contains(refused.ToString(), "OFFLINE_DECLINED");

                var english = new StringWriter();
                Assert.AreEqual(0, HeadlessRunner.Run(file, english, EmulatorOptions.Parse(new[] { "--headless", file, "--offline", "--locale", "en-US" })), english.ToString());
                StringAssert.Contains(english.ToString(), "CNY 2.00");

                var chinese = new StringWriter();
                Assert.AreEqual(0, HeadlessRunner.Run(file, chinese, EmulatorOptions.Parse(new[] { "--headless", file, "--offline", "--locale", "zh-CN" })), chinese.ToString());
                StringAssert.Contains(chinese.ToString(), "¥2.00");
                Assert.DoesNotContain("CNY 2.00", chinese.ToString());

                File.WriteAllText(file, "offline on\n" + OfflineSale);
                var command = new StringWriter();
                Assert.AreEqual(0, HeadlessRunner.Run(file, command, new EmulatorOptions { Locale = "en-US" }), command.ToString());
                Assert.ThrowsExactly<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--locale", "fr-FR" }));
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static string Status(JsonElement check) => check.GetProperty("result").GetString()!.Split(' ')[0];
    }
}
