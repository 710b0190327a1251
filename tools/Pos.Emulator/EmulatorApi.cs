using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Emulator
{
    /// <summary>
    /// The page and its small JSON endpoints (the page polls <c>/api/state</c>; actions are POSTs with query
    /// parameters). Every answer is JSON except the page's files, the screen PNG and the screen text.
    /// </summary>
    public static class EmulatorApi
    {
        private static readonly (string Path, string Type)[] Files =
        {
            ("index.html", "text/html; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            ("app.css", "text/css; charset=utf-8"),
        };

        /// <summary>Maps the routes of <paramref name="host"/> on <paramref name="app"/>.</summary>
        public static void Map(IEndpointRouteBuilder app, EmulatorHost host)
        {
            EmulatedTerminal device = host.Device;
            foreach ((string path, string type) in Files)
            {
                byte[] body = Resource(path);
                app.MapGet(path == "index.html" ? "/" : "/" + path, () => Results.Bytes(body, type));
            }

            app.MapGet("/api/state", (long? log) => Results.Json(new
            {
                device = device.Snapshot,
                log = host.Log.Since(log ?? 0),
                faults = host.HostSim == null ? new[] { "external host: faults through its control port" }
                    : host.HostSim.Faults.Armed.Select(f => f.ToString()).ToArray(),
                ledger = Ledger(host),
                host = host.HostSim == null ? "external " + host.HostEndpoint : "in-process " + host.HostEndpoint,
            }));
            app.MapGet("/api/cards", () => Results.Json(CardPresets.All));
            app.MapGet("/api/screen.png", (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Bytes(device.Display.ToPng(), "image/png");
            });
            app.MapGet("/api/screen.txt", () => Results.Text(device.Snapshot.ScreenText, "text/plain; charset=utf-8"));
            app.MapGet("/api/ledger", () => Results.Json(Ledger(host)));

            app.MapPost("/api/key/{name}", async (string name) =>
            {
                Key key = KeyNames.Parse(name);
                return key == Key.None ? Results.BadRequest(new { error = "unknown key " + name })
                    : Results.Json(new { taken = await device.PressAsync(key).ConfigureAwait(false) });
            });
            app.MapPost("/api/card", async (string pan, string? mode, string? service, string? expiry) =>
            {
                if (string.IsNullOrEmpty(pan) || pan.Length < 12 || pan.Length > 19 || !pan.All(char.IsAsciiDigit))
                {
                    return Results.BadRequest(new { error = "PAN: 12–19 digits" });
                }

                string result = await device.PresentCardAsync(CardPresets.Build(pan, CardPresets.ModeOf(mode), service, expiry)).ConfigureAwait(false);
                return Results.Json(new { result });
            });
            app.MapPost("/api/card-error", async () => Results.Json(new { result = await device.CardErrorAsync().ConfigureAwait(false) }));
            app.MapPost("/api/link/{state}", async (string state) =>
                Results.Json(new { up = await device.SetLinkAsync(state == "up").ConfigureAwait(false) }));
            app.MapPost("/api/host/{state}", async (string state) =>
                Results.Json(new { reachable = await device.SetHostReachableAsync(state == "reachable").ConfigureAwait(false) }));
            app.MapPost("/api/fault", (string kind, int? ms) => Fault(host, kind, ms ?? 0));
            app.MapPost("/api/power/{action}", async (string action) => Results.Json(new
            {
                ok = action switch
                {
                    "cut" => await device.PowerCutAsync().ConfigureAwait(false),
                    "on" => await device.PowerOnAsync().ConfigureAwait(false),
                    _ => await device.RebootAsync().ConfigureAwait(false),
                },
            }));
            app.MapPost("/api/locale/{name}", async (string name) =>
                Results.Json(new { locale = await device.SetLocaleAsync(name).ConfigureAwait(false) }));
            app.MapPost("/api/offline/{state}", async (string state) =>
                Results.Json(new { enabled = await device.SetOfflineEnabledAsync(state == "on").ConfigureAwait(false) }));
            app.MapPost("/api/battery", async (int mv, bool? external) =>
                Results.Json(new { percent = await device.SetBatteryAsync(mv, external ?? false).ConfigureAwait(false) }));
        }

        private static IResult Fault(EmulatorHost host, string kind, int ms)
        {
            HostSimulator? sim = host.HostSim;
            if (sim == null)
            {
                return Results.BadRequest(new { error = "faults need the in-process host simulator" });
            }

            switch (kind)
            {
                case "latency":
                    sim.Faults.Clear();
                    if (ms > 0)
                    {
                        sim.Faults.Arm(FaultKind.Delay, 0, ms);
                    }

                    break;
                case "drop":
                    sim.Faults.Arm(FaultKind.NoReply, 1, 0, 200);
                    break;
                case "close":
                    sim.Faults.Arm(FaultKind.CloseAfterRead, 1, 0, 200);
                    break;
                case "badmac":
                    sim.Faults.Arm(FaultKind.BadMac, 1, 0, 200);
                    break;
                case "garbage":
                    sim.Faults.Arm(FaultKind.Garbage, 1, 0, 200);
                    break;
                case "clear":
                    sim.Faults.Clear();
                    break;
                default:
                    return Results.BadRequest(new { error = "fault latency|drop|close|badmac|garbage|clear" });
            }

            return Results.Json(new { armed = sim.Faults.Armed.Select(f => f.ToString()).ToArray() });
        }

        private static object[] Ledger(EmulatorHost host) => host.HostSim == null ? Array.Empty<object>()
            : host.HostSim.Ledger.Entries.Select(e => (object)new
            {
                key = e.Key.ToString(),
                kind = e.Kind.ToString(),
                amount = (e.AmountFen / 100).ToString(CultureInfo.InvariantCulture) + "." + (e.AmountFen % 100).ToString("D2", CultureInfo.InvariantCulture),
                pan = e.MaskedPan,
                status = e.Status.ToString(),
                refunded = (e.RefundedFen / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            }).ToArray();

        private static byte[] Resource(string path)
        {
            using Stream s = typeof(EmulatorApi).Assembly.GetManifestResourceStream("wwwroot/" + path)
                ?? throw new InvalidOperationException("missing embedded wwwroot/" + path);
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }
    }
}
