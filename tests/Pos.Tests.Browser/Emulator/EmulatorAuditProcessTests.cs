using System.Net.Http;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The audit trail across emulator processes: one byte of an audit file edited in a kept data folder
    /// (<c>--data DIR</c>) between two runs is found by the next run's boot verification, and shown by the API, the
    /// self-test's audit check and the technician menu's audit view.
    /// </summary>
    [TestClass]
    public sealed class EmulatorAuditProcessTests
    {
        [TestMethod]
        [Timeout(120000, CooperativeCancellation = true)]
        public async Task One_byte_of_an_audit_file_edited_between_two_runs_is_reported_as_a_broken_chain()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-emu-audit-" + Guid.NewGuid().ToString("N"));
            try
            {
                await using (EmulatorProcess run = await EmulatorProcess.StartAsync("--data", dir, "--locale", "en-US"))
                {
                    using var http = new HttpClient { BaseAddress = run.Url };
                    JsonElement device = await Device(http);
                    StringAssert.StartsWith(device.GetProperty("audit").GetString(), "chain intact, ");
                    StringAssert.StartsWith(await Check(http), "PASS intact, ");
                    Assert.AreEqual(0, await run.TerminateAsync());
                }

                // The first entry's first text byte (the factory's storage confirmation): its CRC no longer matches.
                string segment = Path.Combine(dir, "audit.1");
                byte[] bytes = await File.ReadAllBytesAsync(segment);
                const int FirstText = 16 + 24; // segment header, then the frame's fixed fields before its text
                bytes[FirstText] ^= 0x20;
                await File.WriteAllBytesAsync(segment, bytes);

                await using (EmulatorProcess again = await EmulatorProcess.StartAsync("--data", dir))
                {
                    using var http = new HttpClient { BaseAddress = again.Url };
                    JsonElement device = await Device(http);
                    StringAssert.StartsWith(device.GetProperty("audit").GetString(), "chain BROKEN at #1 (Crc)");
                    StringAssert.StartsWith(await Check(http), "FAIL broken at #1 (damaged)");
                    StringAssert.Contains(await http.GetStringAsync("/api/state?log=0"), "audit: chain BROKEN at #1 (Crc)", "the boot says so in the serial log");

                    // The technician menu: the default PIN, a new one, then item 10.
                    foreach (string key in "FUNC FUNC 9 0 0 0 0 0 0 ENTER 2 4 6 8 1 0 ENTER 2 4 6 8 1 0 ENTER".Split(' '))
                    {
                        await Press(http, key);
                    }

                    for (int i = 0; i < 9; i++)
                    {
                        await Press(http, "DOWN");
                    }

                    await Press(http, "ENTER");
                    string screen = await ScreenAsync(http, "Audit trail");
                    StringAssert.Contains(screen, "Chain BROKEN at #1: damaged entry", screen);
                    Assert.AreEqual(0, await again.TerminateAsync());
                }
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }

        private static async Task<JsonElement> Device(HttpClient http)
        {
            string json = await http.GetStringAsync("/api/state");
            return JsonDocument.Parse(json).RootElement.GetProperty("device").Clone();
        }

        private static async Task<string> Check(HttpClient http)
        {
            using HttpResponseMessage response = await http.PostAsync("/api/check/audit", null);
            Assert.IsTrue(response.IsSuccessStatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("result").GetString() ?? string.Empty;
        }

        private static async Task Press(HttpClient http, string key)
        {
            using HttpResponseMessage response = await http.PostAsync("/api/key/" + key, null);
            Assert.IsTrue(response.IsSuccessStatusCode, key);
        }

        // The screen's text once it shows <paramref name="text"/> (the emulator runs in real time; at most 10 s).
        private static async Task<string> ScreenAsync(HttpClient http, string text)
        {
            string screen = string.Empty;
            for (int i = 0; i < 200 && !screen.Contains(text, StringComparison.Ordinal); i++)
            {
                screen = await http.GetStringAsync("/api/screen.txt");
                await Task.Delay(50);
            }

            return screen;
        }
    }
}
