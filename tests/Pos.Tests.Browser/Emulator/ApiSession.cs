using System.Net;
using System.Net.Http;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Emulator;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// One test's emulator driven through its HTTP API without a browser (in-process, free port, its own temporary data
    /// folder, short link hysteresis, English), with bounded polls of <c>/api/state</c>: the emulator runs in real time.
    /// </summary>
    public sealed class ApiSession : IAsyncDisposable
    {
        private ApiSession(EmulatorHost host)
        {
            Host = host;
            Http = new HttpClient { BaseAddress = host.Url };
        }

        /// <summary>The emulator.</summary>
        public EmulatorHost Host { get; }

        /// <summary>A client on its page's address.</summary>
        public HttpClient Http { get; }

        /// <summary>Starts an emulator (offline sales allowed when <paramref name="offline"/>; operator sign-on and roles when <paramref name="operators"/>).</summary>
        public static async Task<ApiSession> StartAsync(bool offline = false, bool operators = false)
        {
            var host = new EmulatorHost(new EmulatorOptions { FastLink = true, Locale = "en-US", OfflineEnabled = offline, RequireOperatorSignOn = operators });
            await host.StartAsync();
            return new ApiSession(host);
        }

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

        /// <summary>The screen id of a snapshot.</summary>
        public static string Id(JsonElement device) => device.GetProperty("screenId").GetString()!;

        /// <summary>Stops the emulator (its temporary data folder goes with it).</summary>
        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Host.DisposeAsync();
        }
    }
}
