using System.Net.Http;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Emulator;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The bad-card reproduction of issue 10 at the emulator's HTTP API, without a browser: a card with expiry 12AB or
    /// service code 2X1 (<c>POST /api/card?…&amp;expiry=12AB</c>) once threw from the packer and stopped the whole
    /// process. Now the card prompt stays, explains "Card data invalid", the process answers, and a good card then
    /// goes through. Waits are bounded polls of <c>/api/state</c> (the emulator runs in real time).
    /// </summary>
    [TestClass]
    public sealed class EmulatorBadCardApiTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task A_card_with_a_bad_expiry_or_service_code_shows_card_data_invalid_and_the_terminal_goes_on()
        {
            string data = Path.Combine(Path.GetTempPath(), "pos-emu-api-" + Guid.NewGuid().ToString("N"));
            var host = new EmulatorHost(new EmulatorOptions { Port = 0, DataDirectory = data, FastLink = true, Locale = "en-US" });
            await host.StartAsync();
            using var http = new HttpClient { BaseAddress = host.Url };
            try
            {
                await WaitAsync(http, s => s.GetProperty("online").GetBoolean() && (Id(s) == "IDLE" || Id(s) == "SIGNED_IN"));
                if (Id(await StateAsync(http)) == "SIGNED_IN")
                {
                    await PostAsync(http, "/api/key/cancel");
                }

                foreach (string key in new[] { "1", "2", "3", "enter" })
                {
                    await PostAsync(http, "/api/key/" + key);
                }

                await WaitAsync(http, s => Id(s) == "PRESENT_CARD");
                foreach (string bad in new[] { "&expiry=12AB", "&service=2X1" })
                {
                    await PostAsync(http, "/api/card?pan=6222000000000001&mode=swipe" + bad);
                    JsonElement state = await WaitAsync(http, s => s.GetProperty("screenText").GetString()!.Contains("Card data invalid", StringComparison.Ordinal));
                    Assert.AreEqual("PRESENT_CARD", Id(state), bad);
                    Assert.AreEqual("none", state.GetProperty("reversal").GetString(), bad);
                }

                Assert.IsFalse(host.Log.Since(0).Any(l => l.ToString()!.Contains("guard: fault", StringComparison.Ordinal)), "no fault reached the guard");
                await PostAsync(http, "/api/card?pan=6222000000000001&mode=swipe");
                await WaitAsync(http, s => Id(s) == "APPROVED");
            }
            finally
            {
                await host.DisposeAsync();
                try
                {
                    Directory.Delete(data, true);
                }
                catch (IOException)
                {
                }
            }
        }

        private static string Id(JsonElement device) => device.GetProperty("screenId").GetString()!;

        private static async Task PostAsync(HttpClient http, string path)
        {
            using HttpResponseMessage response = await http.PostAsync(path, null);
            Assert.IsTrue(response.IsSuccessStatusCode, path + ": " + (int)response.StatusCode);
        }

        private static async Task<JsonElement> StateAsync(HttpClient http)
        {
            string json = await http.GetStringAsync("/api/state");
            return JsonDocument.Parse(json).RootElement.GetProperty("device").Clone();
        }

        private static async Task<JsonElement> WaitAsync(HttpClient http, Func<JsonElement, bool> until)
        {
            JsonElement state = default;
            for (int i = 0; i < 300; i++)
            {
                state = await StateAsync(http);
                if (until(state))
                {
                    return state;
                }

                await Task.Delay(50);
            }

            Assert.Fail("timed out; last screen: " + state.GetProperty("screenText").GetString());
            return state;
        }
    }
}
