using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MQTTnet;
using Pos.Core.Localization;
using Pos.Emulator;
using Pos.Fleet;
using Pos.Fleet.Common;
using Pos.Fleet.Storage;
using Pos.Tests.Browser.Emulator;
using static Microsoft.Playwright.Assertions;

namespace Pos.Tests.Browser.Fleet
{
    /// <summary>
    /// Issue #20's acceptance with every real part: Mosquitto over TLS with per-terminal passwords (the CI's broker, or
    /// a private one), the fleet console, three emulated terminals reporting with <c>--mqtt</c>, and the console's pages
    /// in Chromium. One terminal's network is cut, another runs a remote self-test with its host unreachable (the
    /// network checks fail and the console shows their checklists), the third takes a new offline limit; each result is
    /// in the console and in the terminal's audit trail, and a forged and a replayed command are refused.
    /// </summary>
    [TestClass]
    public sealed class FleetEndToEndTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

        [TestMethod]
        public async Task Three_terminals_a_cut_network_a_remote_self_test_a_new_offline_limit_and_refused_forgeries()
        {
            using BrokerProcess broker = BrokerProcess.StartOrReuse();
            string folder = Directory.CreateTempSubdirectory("pos-fleet-e2e-").FullName;
            string[] tids = { BrokerProcess.TestTerminal(20), BrokerProcess.TestTerminal(21), BrokerProcess.TestTerminal(22) };
            var console = new FleetHost(new FleetOptions
            {
                Broker = broker.Host + ":" + broker.Port,
                CaFile = broker.CaPath,
                Database = DatabaseSpec.Parse("sqlite:" + Path.Combine(folder, "fleet.db")),
                Urls = "http://127.0.0.1:0",
                PageLocale = Locale.EnUs,
                ClientId = "e2e-console-" + Guid.NewGuid().ToString("N"),
            });
            var terminals = new List<EmulatorHost>();
            IBrowserContext? context = null;
            try
            {
                await console.StartAsync();
                foreach (string tid in tids)
                {
                    var emulator = new EmulatorHost(new EmulatorOptions
                    {
                        Port = 0, DataDirectory = Path.Combine(folder, tid), FastLink = true, Locale = "en-US", TerminalId = tid,
                        MqttBroker = broker.Host + ":" + broker.Port, MqttCaFile = broker.CaPath,
                    });
                    await emulator.StartAsync();
                    terminals.Add(emulator);
                }

                IBrowser browser = await SharedBrowser.BrowserAsync();
                context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1000 } });
                IPage page = await context.NewPageAsync();
                await page.GotoAsync(console.Url.ToString());
                foreach (string tid in tids)
                {
                    await Expect(page.Locator("#t-" + tid)).ToContainTextAsync("online", Within());
                }

                // 1. The first terminal's network is cut: its session drops without a goodbye and the broker's will says so.
                await terminals[0].Device.SetLinkAsync(false);
                await Expect(page.Locator("#t-" + tids[0])).ToContainTextAsync("offline", Within());

                // 2. The second cannot reach its host; a remote self-test finds it and the console shows the checklists.
                await terminals[1].Device.SetHostReachableAsync(false);
                await page.GotoAsync(new Uri(console.Url, "/terminal/" + tids[1]).ToString());
                await page.Locator("#cmd-selftest").ClickAsync();
                ILocator checklist = page.Locator("#checklist-tcp_connect");
                await Expect(checklist).ToContainTextAsync(Catalog.Step(Locale.EnUs, Catalog.FindKey("diag.tcp_connect"), 0), Within());
                await Expect(page.Locator("#selftests tr[data-check=tcp_connect]")).ToContainTextAsync("FAIL");
                await Expect(page.Locator("#acks")).ToContainTextAsync("ok");
                await Expect(page.Locator("#s-st")).ToContainTextAsync("FAIL", Within());
                await AuditHasAsync(terminals[1], "selftest all started");
                await AuditHasAsync(terminals[1], "selftest done FAIL");

                // 3. The third takes a new offline limit; the command the console signed is caught on the way for step 4.
                using IMqttClient spy = await FleetClientAsync(broker);
                var seen = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
                spy.ApplicationMessageReceivedAsync += m =>
                {
                    seen.TrySetResult(System.Buffers.BuffersExtensions.ToArray(m.ApplicationMessage.Payload));
                    return Task.CompletedTask;
                };
                await spy.SubscribeAsync("pos/" + tids[2] + "/cmd");
                await page.GotoAsync(new Uri(console.Url, "/terminal/" + tids[2]).ToString());
                await page.Locator("#f-offline\\.limit").FillAsync("5000");
                await page.Locator("#cmd-set").ClickAsync();
                await Expect(page.Locator("#acks tr").Filter(new LocatorFilterOptions { HasText = "set" })).ToContainTextAsync("ok", Within());
                await AuditHasAsync(terminals[2], "set ok");
                byte[] signed = await seen.Task.WaitAsync(Wait);

                // 4. The same command again, and one signed under a wrong key: both refused, audited and reported.
                await PublishAsync(spy, tids[2], signed);
                await AuditHasAsync(terminals[2], "refused replayed");
                string forgedBody = "{\"v\":1,\"tid\":\"" + tids[2] + "\",\"seq\":" + (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 60000)
                    + ",\"at\":\"2026-12-03T10:00:00Z\",\"cmd\":\"set\",\"offline.limit\":9999}";
                string forgedMac = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("not the fleet key"), Encoding.UTF8.GetBytes(forgedBody)));
                await PublishAsync(spy, tids[2], Encoding.UTF8.GetBytes(forgedBody + "\n" + forgedMac));
                await AuditHasAsync(terminals[2], "refused forged");
                await page.ReloadAsync();
                await Expect(page.Locator("#events")).ToContainTextAsync("forged-command", Within());
                await Expect(page.Locator("#events")).ToContainTextAsync("replayed-command", Within());
                await Expect(page.Locator("#s-link")).Not.ToBeEmptyAsync();
                DateTime until = DateTime.UtcNow + Wait;
                while (!terminals[2].Device.Snapshot.Remote.Contains("1 commands done, 2 refused", StringComparison.Ordinal) && DateTime.UtcNow < until)
                {
                    await Task.Delay(100);
                }

                StringAssert.Contains(terminals[2].Device.Snapshot.Remote, "1 commands done, 2 refused", "the limit was applied once; the replay and the forgery changed nothing");
            }
            finally
            {
                if (context != null)
                {
                    await context.CloseAsync();
                }

                foreach (EmulatorHost t in terminals)
                {
                    await t.DisposeAsync();
                }

                await console.DisposeAsync();
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, true);
            }
        }

        private static LocatorAssertionsToContainTextOptions Within() => new() { Timeout = (float)Wait.TotalMilliseconds };

        // The terminal's audit trail holds an entry with this text (polled: the command is handled on the terminal's thread).
        private static async Task AuditHasAsync(EmulatorHost terminal, string text)
        {
            DateTime until = DateTime.UtcNow + Wait;
            string[] audit = Array.Empty<string>();
            while (DateTime.UtcNow < until)
            {
                audit = await terminal.Device.AuditAsync();
                if (audit.Any(a => a.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }

                await Task.Delay(100);
            }

            Assert.Fail("no audit entry \"" + text + "\" in:\n" + string.Join("\n", audit));
        }

        private static async Task<IMqttClient> FleetClientAsync(BrokerProcess broker)
        {
            IMqttClient client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(broker.ClientOptions(FleetKeys.ConsoleUser, "e2e-spy-" + Guid.NewGuid().ToString("N")).Build());
            return client;
        }

        private static Task PublishAsync(IMqttClient client, string tid, byte[] payload) =>
            client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("pos/" + tid + "/cmd").WithPayload(payload)
                .WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce).Build());
    }
}
