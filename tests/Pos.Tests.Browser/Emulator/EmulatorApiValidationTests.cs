using System.Net;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Every endpoint of the emulator's API refuses values outside its table (unknown words, absurd numbers, huge
    /// strings) with 400 and a JSON error that lists the allowed values, and changes nothing: once
    /// <c>/api/power/explode</c> rebooted and <c>/api/link/sideways</c> cut the link.
    /// </summary>
    [TestClass]
    public sealed class EmulatorApiValidationTests
    {
        private static readonly string Huge = new('x', 5000);

        // Every POST endpoint with values it must refuse ({0} is where the bad value goes).
        private static readonly (string Pattern, string[] Bad)[] Endpoints =
        {
            ("/api/key/{0}", new[] { "explode", "10", "enter2", "-1" }),
            ("/api/card?pan=6222000000000001&mode={0}", new[] { "sideways", "chipx", "" }),
            ("/api/card?pan={0}&mode=swipe", new[] { "12", "62220000000000000000001", "abcdabcdabcdabcd" }),
            ("/api/card?pan=6222000000000001&mode=swipe&expiry={0}", new[] { "123456" }),
            ("/api/link/{0}", new[] { "sideways", "UPP", "1" }),
            ("/api/host/{0}", new[] { "maybe", "up" }),
            ("/api/fault?kind={0}", new[] { "meltdown", "", "latency2" }),
            ("/api/fault?kind=latency&ms={0}", new[] { "-5", "999999999", "99999999999999999999999", "1e3", "abc" }),
            ("/api/power/{0}", new[] { "explode", "off", "cutt" }),
            ("/api/locale/{0}", new[] { "fr-FR", "zh", "en_US" }),
            ("/api/offline/{0}", new[] { "maybe", "true", "1" }),
            ("/api/battery?mv={0}", new[] { "-1", "0", "100000", "99999999999999999999999", "3.9", "abc" }),
            ("/api/battery?mv=3900&external={0}", new[] { "perhaps" }),
            ("/api/clock/{0}", new[] { "rewind", "stop" }),
            ("/api/clock/run?rate={0}", new[] { "0", "-10", "1000000", "fast" }),
            ("/api/clock/advance?by={0}", new[] { "-1s", "0", "8d", "99999999h", "4x", "" }),
            ("/api/wall/{0}", new[] { "tomorrow", "set" }),
            ("/api/dns/{0}", new[] { "broken" }),
            ("/api/reader/{0}", new[] { "on", "broken" }),
            ("/api/flash/{0}", new[] { "format", "empty" }),
            ("/api/wifi?rssi={0}", new[] { "0", "-101", "10", "99999999999999999999999", "strong" }),
            ("/api/network?ip={0}", new[] { "300.1.1.1", "1.2.3", "host", "1.2.3.4.5" }),
            ("/api/network?gateway={0}", new[] { "-1.0.0.0", "gateway" }),
            ("/api/network?mask={0}", new[] { "255.255.255" }),
            ("/api/network?dns={0}", new[] { "nothing", "1.1.1" }),
            ("/api/check/{0}", new[] { "everything", "wifi2" }),
            ("/api/recording/{0}", new[] { "burn" }),
            ("/api/limits?sale={0}", new[] { "-1", "12x", "1.5", "100000000", "99999999999999999999999", "" }),
            ("/api/limits?daily={0}&refund=0", new[] { "-5", "lots" }),
            ("/api/limits?refund={0}", new[] { "0x10" }),
            ("/api/printer?fault={0}", new[] { "jammed", "paperout", "" }),
            ("/api/printer?fault=paper-out&after={0}", new[] { "-1", "100001", "99999999999999999999999", "lots" }),
        };

        [TestMethod]
        [Timeout(120000, CooperativeCancellation = true)]
        public async Task Every_endpoint_refuses_values_outside_its_table_with_400_listing_them_and_changes_nothing()
        {
            await using ApiSession api = await ApiSession.StartAsync();
            await api.IdleOnlineAsync();
            string before = Observable(await api.StateAsync());
            int walked = 0;
            foreach ((string pattern, string[] bad) in Endpoints)
            {
                foreach (string value in bad.Append(Huge))
                {
                    string path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Uri.EscapeDataString(value));
                    (HttpStatusCode status, string body) = await api.TryPostAsync(path);
                    string shown = path.Length > 90 ? path[..90] + "…" : path;
                    Assert.AreEqual(HttpStatusCode.BadRequest, status, shown + " → " + body);
                    JsonElement error = JsonDocument.Parse(body).RootElement;
                    Assert.IsTrue(error.GetProperty("error").GetString()!.Length is > 0 and < 300, shown + ": a short error");
                    Assert.IsTrue(error.GetProperty("allowed").GetArrayLength() > 0, shown + ": lists the allowed values");
                    walked++;
                }
            }

            (HttpStatusCode logStatus, _) = await GetAsync(api, "/api/state?log=" + Huge);
            Assert.AreEqual(HttpStatusCode.BadRequest, logStatus, "state?log=huge");
            (logStatus, _) = await GetAsync(api, "/api/state?log=-4");
            Assert.AreEqual(HttpStatusCode.BadRequest, logStatus, "state?log=-4");
            (HttpStatusCode scenarioStatus, _) = await api.TryPostAsync("/api/scenario", new string('#', 70 * 1024));
            Assert.AreEqual(HttpStatusCode.BadRequest, scenarioStatus, "a scenario over 64 KB");

            Assert.IsTrue(walked > 100, walked + " requests");
            JsonElement after = await api.StateAsync();
            Assert.AreEqual(before, Observable(after), "no bad request changed the device");
            Assert.AreEqual(0, api.Host.HostSim!.Faults.Armed.Count(), "no fault armed");
            Assert.AreEqual("IDLE", ApiSession.Id(after));

            // And it still works: a good request is taken.
            Assert.IsTrue((await api.PostAsync("/api/key/ENTER")).GetProperty("taken").GetBoolean());
            await api.WaitAsync(s => ApiSession.Id(s) == "AMOUNT" || ApiSession.Id(s) != "IDLE", "for a screen after ENTER");
        }

        // What a bad request could have changed (not the uptime, the clock or the counters that move by themselves).
        private static string Observable(JsonElement d) => string.Join("|", new[]
        {
            "powered", "boots", "locale", "linkUp", "hostReachable", "offlineEnabled", "batteryMillivolts", "clockRate",
            "clockPaused", "wallFault", "rssi", "network", "dnsFails", "readerFault", "flashFull", "screenId", "batch",
            "recordedLines", "limits", "printerStatus", "printerLines",
        }.Select(p => p + "=" + d.GetProperty(p)));

        private static async Task<(HttpStatusCode, string)> GetAsync(ApiSession api, string path)
        {
            using var response = await api.Http.GetAsync(path);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }
}
