using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pos.Hal;
using Pos.Hal.Emulated;
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

            app.MapGet("/api/state", (string? log) =>
            {
                long? since = log == null ? 0 : ApiValues.Number("log", log);
                return since == null ? ApiValues.BadNumber("log", log) : Results.Json(new
                {
                    device = device.Snapshot,
                    log = host.Log.Since(since.Value),
                    faults = host.HostSim == null ? new[] { "external host: faults through its control port" }
                        : host.HostSim.Faults.Armed.Select(f => f.ToString()).ToArray(),
                    ledger = Ledger(host),
                    host = host.HostSim == null ? "external " + host.HostEndpoint : "in-process " + host.HostEndpoint,
                    replay = host.Player.Status,
                });
            });
            app.MapGet("/api/cards", () => Results.Json(CardPresets.All));
            app.MapGet("/api/checks", () => Results.Json(ApiValues.Allowed("check")));
            app.MapGet("/api/screen.png", (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Bytes(device.Display.ToPng(), "image/png");
            });
            app.MapGet("/api/screen.txt", () => Results.Text(device.Snapshot.ScreenText, "text/plain; charset=utf-8"));
            app.MapGet("/api/ledger", () => Results.Json(Ledger(host)));

            app.MapPost("/api/key/{name}", async (string name) => ApiValues.Word("key", name) == null ? ApiValues.BadWord("key", name)
                : Results.Json(new { taken = await device.PressAsync(KeyNames.Parse(name)).ConfigureAwait(false) }));
            app.MapPost("/api/card", async (string? pan, string? mode, string? service, string? expiry) =>
            {
                if (string.IsNullOrEmpty(pan) || pan.Length < 12 || pan.Length > 19 || !pan.All(char.IsAsciiDigit))
                {
                    return Results.BadRequest(new { error = "PAN: 12–19 digits", allowed = new[] { "12–19 digits" } });
                }

                string? entry = ApiValues.Word("mode", mode ?? "swipe");
                if (entry == null)
                {
                    return ApiValues.BadWord("mode", mode);
                }

                // Bad expiry or service code text is the card's own problem (the terminal says "Card data invalid"); only
                // the length is the API's.
                if ((expiry?.Length ?? 0) > 4 || (service?.Length ?? 0) > 3)
                {
                    return Results.BadRequest(new { error = "expiry: 4 characters (YYMM), service: 3", allowed = new[] { "expiry=YYMM", "service=201" } });
                }

                string result = await device.PresentCardAsync(CardPresets.Build(pan, CardPresets.ModeOf(entry), service, expiry)).ConfigureAwait(false);
                return Results.Json(new { result });
            });
            app.MapPost("/api/card-error", async () => Results.Json(new { result = await device.CardErrorAsync().ConfigureAwait(false) }));
            MapWord(app, "/api/link/{value}", "link", async v => new { up = await device.SetLinkAsync(v == "up").ConfigureAwait(false) });
            MapWord(app, "/api/host/{value}", "host", async v => new { reachable = await device.SetHostReachableAsync(v == "reachable").ConfigureAwait(false) });
            app.MapPost("/api/fault", (string? kind, string? ms) =>
            {
                string? k = ApiValues.Word("fault", kind);
                long? delay = ms == null ? 0 : ApiValues.Number("ms", ms);
                return k == null ? ApiValues.BadWord("fault", kind) : delay == null ? ApiValues.BadNumber("ms", ms) : Fault(host, k, (int)delay.Value);
            });
            MapWord(app, "/api/power/{value}", "power", async v => new
            {
                ok = v switch
                {
                    "cut" => await device.PowerCutAsync().ConfigureAwait(false),
                    "on" => await device.PowerOnAsync().ConfigureAwait(false),
                    _ => await device.RebootAsync().ConfigureAwait(false),
                },
            });
            MapWord(app, "/api/locale/{value}", "locale", async v => new { locale = await device.SetLocaleAsync(v).ConfigureAwait(false) });
            MapWord(app, "/api/offline/{value}", "offline", async v => new { enabled = await device.SetOfflineEnabledAsync(v == "on").ConfigureAwait(false) });
            app.MapPost("/api/limits", async (string? sale, string? daily, string? refund) =>
            {
                if (sale == null && daily == null && refund == null)
                {
                    return Results.BadRequest(new { error = "give sale, daily and/or refund in fen (0 = no limit)", allowed = new[] { "sale=50000", "daily=200000", "refund=0" } });
                }

                (bool ok, string result) = await device.SetLimitsAsync(sale, daily, refund).ConfigureAwait(false);
                return ok ? Results.Json(new { limits = result })
                    : Results.BadRequest(new { error = result, allowed = new[] { "0 (no limit) to the largest amount, in fen" } });
            });
            app.MapPost("/api/battery", async (string? mv, string? external) =>
            {
                long? millivolts = ApiValues.Number("mv", mv);
                string? ext = ApiValues.Word("external", external ?? "false");
                return millivolts == null ? ApiValues.BadNumber("mv", mv) : ext == null ? ApiValues.BadWord("external", external)
                    : Results.Json(new { percent = await device.SetBatteryAsync((int)millivolts.Value, ext == "true").ConfigureAwait(false) });
            });

            // Simulated time: pause, run at a rate, jump forward (timers fire in order on the way).
            app.MapPost("/api/clock/{value}", async (string value, string? rate, string? by) =>
            {
                switch (ApiValues.Word("clock", value))
                {
                    case "pause":
                        return Results.Json(new { paused = await device.SetPausedAsync(true).ConfigureAwait(false) });
                    case "run":
                        long? r = rate == null ? 1 : ApiValues.Number("rate", rate);
                        return r == null ? ApiValues.BadNumber("rate", rate) : Results.Json(new { rate = await device.SetRateAsync((int)r.Value).ConfigureAwait(false) });
                    case "advance":
                        long? ms = ApiValues.Duration(by);
                        return ms == null ? ApiValues.BadDuration(by) : Results.Json(new { uptimeMs = await device.AdvanceAsync(ms.Value).ConfigureAwait(false) });
                    default:
                        return ApiValues.BadWord("clock", value);
                }
            });

            // Faults for the self-test's checks.
            MapWord(app, "/api/wall/{value}", "wall", async v => new
            {
                wall = (await device.SetWallFaultAsync(v switch { "unset" => WallClockFault.Unset, "wrong" => WallClockFault.Wrong, _ => WallClockFault.None }).ConfigureAwait(false)).ToString(),
            });
            MapWord(app, "/api/dns/{value}", "dns", async v => new { fails = await device.SetDnsFailsAsync(v == "fail").ConfigureAwait(false) });
            MapWord(app, "/api/reader/{value}", "reader", async v => new { fault = await device.SetReaderFaultAsync(v == "fault").ConfigureAwait(false) });
            MapWord(app, "/api/flash/{value}", "flash", async v => v switch
            {
                "corrupt" => new { flash = v, result = (await device.CorruptFlashAsync().ConfigureAwait(false)) + " files corrupted, rebooted" },
                "reset" => new { flash = v, result = await device.ResetFlashAsync().ConfigureAwait(false) ? "wiped, rebooted" : string.Empty },
                _ => new { flash = v, result = await device.SetFlashFullAsync(v == "full").ConfigureAwait(false) ? "full" : "ok" },
            });
            app.MapPost("/api/wifi", async (string? rssi) =>
            {
                long? dbm = ApiValues.Number("rssi", rssi);
                return dbm == null ? ApiValues.BadNumber("rssi", rssi) : Results.Json(new { rssi = await device.SetRssiAsync((int)dbm.Value).ConfigureAwait(false) });
            });
            app.MapPost("/api/network", async (string? ip, string? mask, string? gateway, string? dns) =>
            {
                foreach ((string name, string? value) in new[] { ("ip", ip), ("mask", mask), ("gateway", gateway) })
                {
                    if (value != null && ApiValues.Address(value) == null)
                    {
                        return Results.BadRequest(new { error = name + " '" + value[..Math.Min(value.Length, ApiValues.MaxLength)] + "' is not a dotted IPv4 address", allowed = new[] { "a.b.c.d" } });
                    }
                }

                if (dns != null && dns != "none" && ApiValues.Address(dns) == null)
                {
                    return Results.BadRequest(new { error = "dns: a dotted IPv4 address or none", allowed = new[] { "a.b.c.d", "none" } });
                }

                string[]? servers = dns == null ? null : dns == "none" ? Array.Empty<string>() : new[] { dns };
                return Results.Json(new { ok = await device.SetNetworkAsync(ip, mask, gateway, servers).ConfigureAwait(false) });
            });
            MapWord(app, "/api/check/{value}", "check", async v =>
            {
                (string result, string checklist) = await device.RunCheckAsync(v).ConfigureAwait(false);
                return new { check = v, result, checklist };
            });

            // The receipt printer: its roll as a picture, its faults, tearing the slips off.
            app.MapGet("/api/printer", () => PrinterAnswer(device));
            app.MapGet("/api/printer.png", (HttpContext http, string? tail) =>
            {
                long? lines = tail == null ? int.MaxValue : ApiValues.Number("tail", tail);
                if (lines == null)
                {
                    return ApiValues.BadNumber("tail", tail);
                }

                if (device.Printer == null)
                {
                    return NoPrinter();
                }

                http.Response.Headers.CacheControl = "no-store";
                return Results.Bytes(device.Printer.RenderPng((int)lines.Value), "image/png");
            });
            app.MapPost("/api/printer", async (string? fault, string? after) =>
            {
                string? word = ApiValues.Word("printer-fault", fault);
                long? lines = after == null ? 0 : ApiValues.Number("after", after);
                if (word == null)
                {
                    return ApiValues.BadWord("printer-fault", fault);
                }

                if (lines == null)
                {
                    return ApiValues.BadNumber("after", after);
                }

                PrinterStatus status = PrinterStatusNames.Parse(word);
                if (after != null && status == PrinterStatus.Ready)
                {
                    return Results.BadRequest(new { error = "after: only with a fault (ready clears every fault at once)", allowed = new[] { "fault=paper-out&after=200" } });
                }

                return await device.SetPrinterFaultAsync(status, after == null ? null : (int)lines.Value).ConfigureAwait(false) ? PrinterAnswer(device) : NoPrinter();
            });
            app.MapGet("/api/printer/slips", () => device.Printer == null ? NoPrinter() : Results.Json(device.SlipTexts()));
            app.MapPost("/api/printer/tear", async () => await device.TearPrinterRollAsync().ConfigureAwait(false) ? PrinterAnswer(device) : NoPrinter());

            // Recording and replay (docs/SCENARIOS.md format).
            app.MapGet("/api/recording", () => Results.File(System.Text.Encoding.UTF8.GetBytes(device.RecordingText()), "text/plain; charset=utf-8", "pos-scenario.txt"));
            MapWord(app, "/api/recording/{value}", "recording", async v => new { cleared = await device.ClearRecordingAsync().ConfigureAwait(false) });
            app.MapPost("/api/scenario", async (HttpRequest request) =>
            {
                if (request.ContentLength is null or > ScenarioPlayer.MaxBytes)
                {
                    return Results.BadRequest(new { error = "a scenario file of at most " + ScenarioPlayer.MaxBytes + " bytes in the body", allowed = new[] { "text/plain body" } });
                }

                using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
                string text = await reader.ReadToEndAsync().ConfigureAwait(false);
                return host.Player.Start(text) ? Results.Json(host.Player.Status) : Results.Conflict(new { error = "a replay is running" });
            });
            app.MapGet("/api/scenario", () => Results.Json(host.Player.Status));
        }

        // A POST whose one path value must be a word of the table (else 400 listing the allowed words).
        private static void MapWord<T>(IEndpointRouteBuilder app, string pattern, string table, Func<string, Task<T>> action) =>
            app.MapPost(pattern, async (string value) =>
            {
                string? word = ApiValues.Word(table, value);
                return word == null ? ApiValues.BadWord(table, value) : Results.Json(await action(word).ConfigureAwait(false));
            });

        // The printer as GET /api/printer answers it: status, lines on the roll, cuts (and where), dots per line.
        private static IResult PrinterAnswer(EmulatedTerminal device)
        {
            EmulatedPrinter? printer = device.Printer;
            if (printer == null)
            {
                return NoPrinter();
            }

            int[] cuts = printer.Cuts;
            return Results.Json(new { status = PrinterStatusNames.NameOf(printer.Status), lines = printer.LineCount, cuts = cuts.Length, cutAt = cuts, width = printer.WidthDots });
        }

        private static IResult NoPrinter() =>
            Results.NotFound(new { error = "no printer: the emulator runs with --printer none", allowed = new[] { "--printer 58", "--printer 80" } });

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
                    return ApiValues.BadWord("fault", kind);
            }

            string line = kind switch
            {
                "latency" => "host latency " + ms + "ms",
                "drop" => "host hold",
                "close" => "host fault closed",
                "badmac" => "host reply 00 badmac",
                "clear" => "host latency 0ms",
                _ => "# host " + kind + " (no headless equivalent)",
            };
            host.Device.Recorder.Add(host.Device.Clock.UptimeMs, line);
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
