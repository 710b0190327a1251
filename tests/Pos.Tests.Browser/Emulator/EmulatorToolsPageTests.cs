using System.Text.Json;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Microsoft.Playwright.Assertions;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The page's developer tools in a real headless Chromium: the offline checkbox through its reboot, simulated
    /// time, the self-test fault controls, recording and replay, the actual-size view, reset flash and the serial log's
    /// filter and export.
    /// </summary>
    [TestClass]
    public sealed class EmulatorToolsPageTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task The_offline_checkbox_shows_the_requested_state_all_through_the_reboot_that_applies_it()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            // A slow reboot (a loaded machine): the request takes a second; the page's polls go on meanwhile.
            await s.Page.RouteAsync("**/api/offline/**", async route =>
            {
                await Task.Delay(1000);
                await route.ContinueAsync();
            });
            // Sample the checkbox every 10 ms from the click until well after the reboot: it never flips back.
            await s.Page.EvaluateAsync(@"() => { window.samples = []; const box = document.getElementById('offline-enabled');
                window.sampler = setInterval(() => window.samples.push(box.checked), 10); }");
            await s.ClickAsync("offline-enabled");
            await s.WaitExactAsync("boots", "2");
            await s.WaitTextAsync("offline-policy", "allowed");
            await Task.Delay(1000);
            bool[] samples = await s.Page.EvaluateAsync<bool[]>("() => { clearInterval(window.sampler); return window.samples; }");
            int first = Array.IndexOf(samples, true);
            Assert.IsTrue(first >= 0 && samples.Length - first > 50, samples.Length + " samples");
            Assert.IsTrue(samples.Skip(first).All(x => x), "checked from the click on: " + string.Concat(samples.Select(x => x ? '1' : '0')));
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Fast_forwarding_4_hours_on_the_page_shows_the_offline_queue_age_and_its_check_warns()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            await s.ClickAsync("offline-enabled");
            await s.WaitExactAsync("boots", "2");
            await s.IdleOnlineAsync();
            await s.ClickAsync("link-cut");
            await s.WaitTextAsync("link-state", "OFFLINE");
            await s.KeysAsync("2", "0", "0", "ENTER");
            await s.WaitExactAsync("screen-id", "PRESENT_CARD");
            await s.ClickAsync("card-approved-insert");
            await s.WaitExactAsync("screen-id", "OFFLINE_APPROVED");
            await s.KeysAsync("ENTER");
            await s.ClickAsync("clock-pause");
            await s.WaitTextAsync("clock", "PAUSED");
            await s.Page.Locator("#clock-by").FillAsync("4h");
            await s.ClickAsync("clock-advance");
            await s.WaitTextAsync("offline-age", "4 h");
            await s.Page.Locator("#check-key").SelectOptionAsync("offline_queue");
            await s.ClickAsync("check-run");
            await s.WaitTextAsync("check-result", "WARN");
            await s.ClickAsync("clock-run-60");
            await s.WaitTextAsync("clock", "×60");
            await s.ScreenshotAsync("f-offline-age");
        }

        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task Each_self_test_fault_control_on_the_page_fails_its_check()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            IPage p = s.Page;
            (Func<Task> Apply, string Check, string Result, Func<Task> Undo)[] controls =
            {
                (() => p.Locator("#rssi").FillAsync("-90"), "wifi", "FAIL", () => p.Locator("#rssi").FillAsync("-55")),
                (() => s.ClickAsync("net-bad-gateway"), "ip_config", "FAIL gateway outside subnet", async () => { await p.Locator("#net-gateway").FillAsync("192.168.1.1"); await s.ClickAsync("net-apply"); }),
                (() => s.ClickAsync("net-no-dns"), "ip_config", "FAIL no DNS server", async () => { await p.Locator("#net-dns").FillAsync("192.168.1.1"); await s.ClickAsync("net-apply"); }),
                (() => p.Locator("#dns-fail").CheckAsync(), "dns", "FAIL", () => p.Locator("#dns-fail").UncheckAsync()),
                (async () => { await p.Locator("#wall").SelectOptionAsync("unset"); }, "clock", "FAIL", async () => { await p.Locator("#wall").SelectOptionAsync("ok"); }),
                (() => p.Locator("#flash-full").CheckAsync(), "storage", "FAIL", () => p.Locator("#flash-full").UncheckAsync()),
                (() => p.Locator("#reader-fault").CheckAsync(), "card_reader", "FAIL reader not responding", () => p.Locator("#reader-fault").UncheckAsync()),
            };
            foreach ((Func<Task> apply, string check, string result, Func<Task> undo) in controls)
            {
                await apply();
                await Task.Delay(300); // the control's POST
                await p.Locator("#check-key").SelectOptionAsync(check);
                await s.ClickAsync("check-run");
                await s.WaitTextAsync("check-result", result);
                await undo();
                await Task.Delay(300);
                await s.ClickAsync("check-run");
                await Expect(p.Locator("#check-result")).Not.ToContainTextAsync("FAIL", new LocatorAssertionsToContainTextOptions { Timeout = 5000 });
            }

            await s.ScreenshotAsync("g-fault-controls");
        }

        [TestMethod]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task A_purchase_recorded_on_the_page_downloads_as_a_scenario_and_replays_on_the_page()
        {
            string recording;
            await using (EmulatorSession s = await SharedBrowser.StartAsync())
            {
                await s.IdleOnlineAsync();
                await s.KeysAsync("1", "0", "0", "0", "ENTER");
                await s.WaitExactAsync("screen-id", "PRESENT_CARD");
                await s.ClickAsync("card-approved-insert");
                await s.WaitExactAsync("screen-id", "APPROVED");
                IDownload download = await s.Page.RunAndWaitForDownloadAsync(() => s.ClickAsync("record-download"));
                Assert.AreEqual("pos-scenario.txt", download.SuggestedFilename);
                recording = await File.ReadAllTextAsync((await download.PathAsync())!);
            }

            StringAssert.Contains(recording, "card chip ");
            StringAssert.EndsWith(recording.TrimEnd(), "expect screen APPROVED");

            await using EmulatorSession replay = await SharedBrowser.StartAsync();
            await replay.Page.Locator("#replay-file").SetInputFilesAsync(new FilePayload { Name = "pos-scenario.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(recording) });
            await replay.WaitTextAsync("replay", "PASS", 30000);
            await replay.WaitExactAsync("screen-id", "APPROVED");
            await replay.WaitTextAsync("log", "replay: PASS");
        }

        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task Actual_size_reset_flash_and_the_serial_log_filter_and_export()
        {
            await using EmulatorSession s = await SharedBrowser.StartAsync();
            await s.IdleOnlineAsync();
            ILocator screen = s.Page.Locator("#screen");
            Assert.AreEqual(640, (await screen.BoundingBoxAsync())!.Width);
            await s.ClickAsync("actual-size");
            LocatorBoundingBoxResult box = (await screen.BoundingBoxAsync())!;
            Assert.AreEqual((320f, 240f), (box.Width, box.Height), "1:1");
            await s.ClickAsync("actual-size");
            Assert.AreEqual(480, (await screen.BoundingBoxAsync())!.Height, "2× again");

            // Reset flash asks first; dismissed, nothing happens; accepted, a fresh terminal boots.
            s.Page.Dialog += DismissOnce;
            await s.ClickAsync("flash-reset");
            await Task.Delay(500);
            await s.WaitExactAsync("boots", "1");
            s.Page.Dialog += async (_, d) => await d.AcceptAsync();
            await s.ClickAsync("flash-reset");
            await s.WaitExactAsync("boots", "2");
            await s.WaitTextAsync("recovery", "fresh");

            // The log: a text filter and a source filter; the export is what is shown.
            await s.WaitTextAsync("log", "emulator: boot 2");
            await s.Page.Locator("#log-filter").FillAsync("boot");
            await Expect(s.Page.Locator("#log")).Not.ToContainTextAsync("link:");
            string[] shown = (await s.Page.Locator("#log").TextContentAsync())!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.IsTrue(shown.Length >= 2 && shown.All(l => l.Contains("boot", StringComparison.OrdinalIgnoreCase)), string.Join("\n", shown));
            await s.Page.Locator("#log-filter").FillAsync(string.Empty);
            await s.Page.Locator("#log-source").SelectOptionAsync("emulator");
            shown = (await s.Page.Locator("#log").TextContentAsync())!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.IsTrue(shown.Length >= 2 && shown.All(l => l[13..].StartsWith("emulator:", StringComparison.Ordinal)), string.Join("\n", shown));
            IDownload download = await s.Page.RunAndWaitForDownloadAsync(() => s.ClickAsync("log-export"));
            Assert.AreEqual("pos-serial-log.txt", download.SuggestedFilename);
            Assert.AreEqual(string.Join("\n", shown), (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimEnd('\n'));

            void DismissOnce(object? sender, IDialog dialog)
            {
                s.Page.Dialog -= DismissOnce;
                _ = dialog.DismissAsync();
            }
        }
    }
}
