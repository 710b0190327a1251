using System.Net;
using System.Net.Http;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator's HTTP API at an address (in this process or another), with bounded polls of <c>/api/state</c>:
    /// the emulator runs in real time.
    /// </summary>
    public class ApiClient : IDisposable
    {
        /// <summary>A client on the page's address <paramref name="url"/>.</summary>
        public ApiClient(Uri url)
        {
            Http = new HttpClient { BaseAddress = url };
        }

        /// <summary>A client on its page's address.</summary>
        public HttpClient Http { get; }

        /// <summary>POSTs <paramref name="path"/> and returns the status and the body.</summary>
        public async Task<(HttpStatusCode Status, string Body)> TryPostAsync(string path, string? body = null)
        {
            using HttpResponseMessage response = await Http.PostAsync(path, body == null ? null : new StringContent(body));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        /// <summary>POSTs <paramref name="path"/>, asserts success and returns the JSON answer.</summary>
        public async Task<JsonElement> PostAsync(string path, string? body = null)
        {
            (HttpStatusCode status, string text) = await TryPostAsync(path, body);
            Assert.AreEqual(HttpStatusCode.OK, status, path + ": " + text);
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        /// <summary>The device snapshot.</summary>
        public async Task<JsonElement> StateAsync()
        {
            string json = await Http.GetStringAsync("/api/state");
            return JsonDocument.Parse(json).RootElement.GetProperty("device").Clone();
        }

        /// <summary>Polls the snapshot until <paramref name="until"/> holds (at most 15 s).</summary>
        public async Task<JsonElement> WaitAsync(Func<JsonElement, bool> until, string what = "")
        {
            JsonElement state = default;
            for (int i = 0; i < 300; i++)
            {
                state = await StateAsync();
                if (until(state))
                {
                    return state;
                }

                await Task.Delay(50);
            }

            Assert.Fail("timed out " + what + "; last screen " + Id(state) + ": " + state.GetProperty("screenText").GetString());
            return state;
        }

        /// <summary>Waits for the idle screen, online, past the first sign-in's result.</summary>
        public async Task IdleOnlineAsync()
        {
            await WaitAsync(s => s.GetProperty("online").GetBoolean() && (Id(s) == "IDLE" || Id(s) == "SIGNED_IN"), "for online");
            if (Id(await StateAsync()) == "SIGNED_IN")
            {
                await PostAsync("/api/key/cancel");
            }

            await WaitAsync(s => Id(s) == "IDLE", "for IDLE");
        }

        /// <summary>Presses keys ("1", "ENTER"…).</summary>
        public async Task KeysAsync(params string[] keys)
        {
            foreach (string key in keys)
            {
                await PostAsync("/api/key/" + key);
            }
        }

        /// <summary>
        /// A sale from the idle screen: <paramref name="yuan"/> then "00" (whole yuan: other amounts, no duplicate
        /// warning), the card presented (<paramref name="mode"/> insert, swipe or tap); asserts the result screen
        /// <paramref name="result"/> and returns its snapshot, then CANCEL back to idle.
        /// </summary>
        public async Task<JsonElement> SaleAsync(string yuan, string pan, string mode, string result)
        {
            await WaitAsync(s => Id(s) == "IDLE", "for IDLE");
            await KeysAsync(yuan, "0", "0", "ENTER");
            await WaitAsync(s => Id(s) == "PRESENT_CARD");
            await PostAsync("/api/card?pan=" + pan + "&mode=" + mode);
            JsonElement shown = await WaitAsync(s => Id(s) == result || Id(s) == "PIN", "for " + result);
            Assert.AreEqual(result, Id(shown), shown.GetProperty("screenText").GetString());
            await KeysAsync("CANCEL");
            return shown;
        }

        /// <summary>The screen id of a snapshot.</summary>
        public static string Id(JsonElement device) => device.GetProperty("screenId").GetString()!;

        /// <summary>Closes the client.</summary>
        public void Dispose()
        {
            Http.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
