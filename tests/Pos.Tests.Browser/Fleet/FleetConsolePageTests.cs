using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using static Microsoft.Playwright.Assertions;

namespace Pos.Tests.Browser.Fleet
{
    /// <summary>
    /// The fleet console in Chromium, fed status, events and acks as the broker would deliver them: the fleet page and
    /// its views, a terminal's FAIL self-test with each check's checklist from the firmware catalog (in both locales),
    /// and a command button whose command leaves correctly signed and gets its ack shown.
    /// </summary>
    [TestClass]
    public sealed class FleetConsolePageTests
    {
        private const string At = "2026-12-03T10:00:00Z";

        [TestMethod]
        public async Task The_fleet_page_shows_every_terminal_and_the_fleet_views()
        {
            await using FleetConsoleSession s = await FleetConsoleSession.StartAsync();
            await FeedFleetAsync(s);
            await s.GotoAsync("/");

            ILocator one = s.Page.Locator("#t-10000001");
            await Expect(one).ToContainTextAsync("online");
            await Expect(one).ToContainTextAsync("0.17.0");
            await Expect(one).ToContainTextAsync("87 %");
            await Expect(one).ToContainTextAsync("FAIL 2026-12-03T09:58:10Z");
            await Expect(s.Page.Locator("#t-10000002")).ToContainTextAsync("offline");
            await Expect(s.Page.Locator("#summary")).ToHaveTextAsync("3 Terminals · 2 online");

            await Expect(s.Page.Locator("#view-network")).ToContainTextAsync("10000002");
            await Expect(s.Page.Locator("#view-network")).Not.ToContainTextAsync("10000003");
            await Expect(s.Page.Locator("#view-firmware")).ToContainTextAsync("10000002");
            await Expect(s.Page.Locator("#view-firmware")).ToContainTextAsync("0.16.0");
            await Expect(s.Page.Locator("#view-queues")).ToContainTextAsync("0 → 1 → 3 → 4");

            await s.Page.Locator("#t-10000001 a").ClickAsync();
            await Expect(s.Page.Locator("h1")).ToHaveTextAsync("Terminal 10000001");
        }

        [TestMethod]
        public async Task A_failed_self_test_shows_each_problems_checklist_from_the_catalog_in_both_locales()
        {
            await using FleetConsoleSession s = await FleetConsoleSession.StartAsync();
            await FeedFleetAsync(s);
            await s.GotoAsync("/terminal/10000001");

            await Checklist(s.Page, "tcp_connect", "diag.tcp_connect", Locale.EnUs);
            await Checklist(s.Page, "printer", "local.printer_paper_out", Locale.EnUs);
            await Expect(s.Page.Locator("#checklist-clock")).ToHaveCountAsync(0);
            await Expect(s.Page.Locator("#selftests tr[data-check=printer]")).ToContainTextAsync("paper out (LPP)");

            // Declines by cause: the catalog's reason, class and who, and the steps.
            await Expect(s.Page.Locator("#decline-51")).ToContainTextAsync(Catalog.Get(Locale.EnUs, "rc.51"));
            await Expect(s.Page.Locator("#decline-51")).ToContainTextAsync("2");
            await Expect(s.Page.Locator("#decline-LNC")).ToContainTextAsync(Catalog.Get(Locale.EnUs, "local.no_network"));
            await Expect(s.Page.Locator("#steps-51 li").First).ToHaveTextAsync(Catalog.Step(Locale.EnUs, Catalog.FindKey("rc.51"), 0));

            await s.Page.Locator("#lang-zh-CN").ClickAsync();
            await Expect(s.Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Checklist(s.Page, "tcp_connect", "diag.tcp_connect", Locale.ZhCn);
            await Checklist(s.Page, "printer", "local.printer_paper_out", Locale.ZhCn);
            await Expect(s.Page.Locator("#decline-51")).ToContainTextAsync(Catalog.Get(Locale.ZhCn, "rc.51"));

            // The choice is remembered.
            await s.GotoAsync("/");
            await Expect(s.Page.Locator("h1")).ToHaveTextAsync("终端总览");
        }

        [TestMethod]
        public async Task A_command_button_sends_a_correctly_signed_command_and_shows_its_ack()
        {
            await using FleetConsoleSession s = await FleetConsoleSession.StartAsync();
            await FeedFleetAsync(s);
            await s.GotoAsync("/terminal/10000001");

            long before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await s.Page.Locator("#f-check").SelectOptionAsync("tcp_connect");
            await s.Page.Locator("#cmd-selftest").ClickAsync();
            (string topic, string payload) = await s.Commands.NextAsync();

            Assert.AreEqual("pos/10000001/cmd", topic);
            string[] parts = payload.Split('\n');
            Assert.HasCount(2, parts);
            byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("pos-test-fleet-key-0001"), Encoding.UTF8.GetBytes("pos-remote-cmd|10000001"));
            Assert.AreEqual(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(parts[0]))), parts[1], "HMAC-SHA256 of the first line under the terminal's command key");
            using JsonDocument line = JsonDocument.Parse(parts[0]);
            JsonElement c = line.RootElement;
            Assert.AreEqual(1, c.GetProperty("v").GetInt32());
            Assert.AreEqual("10000001", c.GetProperty("tid").GetString());
            Assert.AreEqual("selftest", c.GetProperty("cmd").GetString());
            Assert.AreEqual("tcp_connect", c.GetProperty("check").GetString());
            long seq = c.GetProperty("seq").GetInt64();
            Assert.IsTrue(seq >= before && seq <= DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), "seq is the console's clock in ms: " + seq);
            StringAssert.StartsWith(parts[0], "{\"v\":1,\"tid\":\"10000001\",\"seq\":" + seq + ",\"at\":\"");

            await Expect(s.Page.Locator("#notice")).ToContainTextAsync("Command sent, seq " + seq + " (selftest)");
            ILocator row = s.Page.Locator("#cmd-" + seq);
            await Expect(row).ToContainTextAsync("waiting");

            // The ack arrives: the page reloads by itself (its stamp changed) and shows the result.
            await s.FeedAsync("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"" + At + "\",\"seq\":" + seq + ",\"cmd\":\"selftest\",\"result\":\"ok\"}");
            await Expect(row).ToContainTextAsync("ok", new LocatorAssertionsToContainTextOptions { Timeout = 10000 });

            // A set command refused by the terminal shows its reason.
            await s.Page.Locator("#f-offline\\.limit").FillAsync("99999999");
            await s.Page.Locator("#cmd-set").ClickAsync();
            (_, string setPayload) = await s.Commands.NextAsync();
            using JsonDocument set = JsonDocument.Parse(setPayload.Split('\n')[0]);
            Assert.AreEqual(99999999L, set.RootElement.GetProperty("offline.limit").GetInt64());
            long setSeq = set.RootElement.GetProperty("seq").GetInt64();
            Assert.IsGreaterThan(seq, setSeq);
            await s.FeedAsync("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000001\",\"seq\":" + setSeq + ",\"cmd\":\"set\",\"result\":\"invalid\",\"reason\":\"offline.limit: above 100000.00\"}");
            await Expect(s.Page.Locator("#cmd-" + setSeq)).ToContainTextAsync("offline.limit: above 100000.00", new LocatorAssertionsToContainTextOptions { Timeout = 10000 });

            // A malformed field sends nothing and says why.
            await s.Page.Locator("#f-port").FillAsync("70000");
            await s.Page.Locator("#cmd-set").ClickAsync();
            await Expect(s.Page.Locator("#notice")).ToContainTextAsync("port: a whole number from 1 to 65535");
        }

        [TestMethod]
        public async Task The_log_excerpt_shows_when_its_event_arrives()
        {
            await using FleetConsoleSession s = await FleetConsoleSession.StartAsync();
            await FeedFleetAsync(s);
            await s.GotoAsync("/terminal/10000001");
            await Expect(s.Page.Locator("#log")).ToContainTextAsync("No log excerpt yet.");

            await s.Page.Locator("#cmd-log").ClickAsync();
            (_, string payload) = await s.Commands.NextAsync();
            StringAssert.Contains(payload.Split('\n')[0], "\"cmd\":\"log\",\"count\":20");

            await s.FeedAsync("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"" + At + "\",\"n\":9,\"type\":\"log\",\"lines\":[\"10:00 01 Sale 12.00 approved\",\"10:01 98 Remote selftest ok\"],\"chain\":\"ok\"}");
            await Expect(s.Page.Locator("#log-lines")).ToContainTextAsync("10:01 98 Remote selftest ok", new LocatorAssertionsToContainTextOptions { Timeout = 10000 });
            await s.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "pos-fleet-terminal.png"), FullPage = true });
        }

        // Three terminals: 10000001 online with a FAIL self-test and declines; 10000002 on old firmware, gone (its will),
        // offline three times; 10000003 whose offline queue grows.
        private static async Task FeedFleetAsync(FleetConsoleSession s)
        {
            await s.FeedAsync("pos/10000001/status", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"" + At + "\",\"n\":12,\"online\":true,\"fw\":\"0.17.0\",\"batt\":87,\"link\":\"online\",\"queue\":0,\"flagged\":0,\"st\":\"FAIL\",\"stAt\":\"2026-12-03T09:58:10Z\",\"busy\":false,\"dropped\":0}");
            await s.FeedAsync("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"2026-12-03T09:58:10Z\",\"n\":3,\"type\":\"selftest\",\"result\":\"FAIL\",\"remote\":false,\"checks\":[" +
                "{\"id\":\"clock\",\"s\":\"PASS\",\"val\":\"2026-12-03 09:58\"},{\"id\":\"tcp_connect\",\"s\":\"FAIL\",\"val\":\"connect failed\"},{\"id\":\"printer\",\"s\":\"FAIL\",\"val\":\"paper out (LPP)\",\"list\":\"local.printer_paper_out\"}]}");
            foreach (string code in new[] { "51", "LNC", "51" })
            {
                await s.FeedAsync("pos/10000001/event", "{\"v\":1,\"tid\":\"10000001\",\"at\":\"" + At + "\",\"type\":\"decline\",\"code\":\"" + code + "\",\"kind\":\"purchase\",\"amount\":1200,\"pan\":\"622848******1234\"}");
            }

            await s.FeedAsync("pos/10000002/status", "{\"v\":1,\"tid\":\"10000002\",\"at\":\"" + At + "\",\"n\":3,\"online\":true,\"fw\":\"0.16.0\",\"link\":\"offline\",\"queue\":2}");
            for (int i = 0; i < 3; i++)
            {
                await s.FeedAsync("pos/10000002/event", "{\"v\":1,\"tid\":\"10000002\",\"at\":\"" + At + "\",\"type\":\"offline\",\"from\":\"2026-12-03T09:00:00Z\",\"to\":\"2026-12-03T09:01:00Z\",\"secs\":60,\"queued\":1}");
            }

            await s.FeedAsync("pos/10000002/status", "{\"v\":1,\"tid\":\"10000002\",\"online\":false}");
            foreach (int queue in new[] { 0, 1, 3, 4 })
            {
                await s.FeedAsync("pos/10000003/status", "{\"v\":1,\"tid\":\"10000003\",\"at\":\"" + At + "\",\"n\":" + (queue + 1) + ",\"online\":true,\"fw\":\"0.17.0\",\"link\":\"offline\",\"queue\":" + queue + "}");
                await Task.Delay(5);
            }
        }

        private static async Task Checklist(IPage page, string check, string entry, int locale)
        {
            ILocator list = page.Locator("#checklist-" + check);
            await Expect(list).ToHaveAttributeAsync("data-entry", entry);
            int key = Catalog.FindKey(entry);
            string[] steps = Catalog.Steps(locale, key);
            Assert.IsNotEmpty(steps, entry);
            await Expect(list.Locator("h4")).ToContainTextAsync(Catalog.Get(locale, key));
            await Expect(list.Locator("li")).ToHaveTextAsync(steps);
        }
    }
}
