using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pos.Fleet.Commands;
using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;
using Pos.Fleet.Texts;
using Pos.Fleet.Views;

namespace Pos.Fleet.Web
{
    /// <summary>
    /// The console's routes: the fleet page, a terminal's page, the command forms' post (checked against cross-site
    /// posts by ASP.NET Core's antiforgery token), the pages' refresh stamps and the metrics the load bench reads.
    /// </summary>
    public static class FleetWeb
    {
        private const string Html = "text/html; charset=utf-8";

        /// <summary>Maps the routes of <paramref name="host"/> on <paramref name="app"/>.</summary>
        public static void Map(WebApplication app, FleetHost host)
        {
            var rules = new RuleOptions { Firmware = host.Options.Firmware };

            app.MapGet("/", (HttpContext http) =>
            {
                PageContext ctx = Context(http, host);
                IReadOnlyList<TerminalRow> terminals = host.Store.Terminals();
                FleetReport report = FleetReport.Build(host.Store, terminals, rules, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                return Results.Content(FleetPage.Render(ctx, terminals, report, host.Ingest.Version), Html);
            });

            app.MapGet("/terminal/{tid}", (string tid, long? sent, HttpContext http) =>
            {
                PageContext ctx = Context(http, host);
                TerminalData? data = FleetTopic.IsTerminalId(tid) ? TerminalData.Load(host.Store, tid) : null;
                if (data == null)
                {
                    return NotFound(ctx, tid);
                }

                CommandRow? command = sent == null ? null : host.Store.Command(tid, sent.Value);
                string? notice = command == null ? null
                    : command.SendError != null ? UiText.Get(ctx.Locale, UiString.CommandNotSent) + ": " + command.SendError
                    : UiText.Get(ctx.Locale, UiString.CommandSent) + " " + command.Seq.ToString(CultureInfo.InvariantCulture) + " (" + command.Cmd + ")";
                return Results.Content(TerminalPage.Render(ctx, data, notice, command?.SendError != null, host.Ingest.TerminalVersion(tid)), Html);
            });

            // IFormCollection makes the antiforgery middleware check the form's token first (400 without it).
            app.MapPost("/terminal/{tid}/command", async (string tid, IFormCollection form, HttpContext http) =>
            {
                PageContext ctx = Context(http, host);
                TerminalData? data = FleetTopic.IsTerminalId(tid) ? TerminalData.Load(host.Store, tid) : null;
                if (data == null)
                {
                    return NotFound(ctx, tid);
                }

                string cmd = form["cmd"].ToString();
                var fields = form.Keys.ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
                var args = CommandArguments.Build(cmd, fields, out string? error);
                if (args == null)
                {
                    string page = TerminalPage.Render(ctx, data, UiText.Get(ctx.Locale, UiString.CommandNotSent) + ": " + error, true, host.Ingest.TerminalVersion(tid));
                    return Results.Content(page, Html, statusCode: StatusCodes.Status400BadRequest);
                }

                SignedCommand sent = await host.Commands.SendAsync(tid, cmd, args, http.RequestAborted).ConfigureAwait(false);
                return Results.Redirect("/terminal/" + tid + "?sent=" + sent.Seq.ToString(CultureInfo.InvariantCulture) + "#commands");
            });

            app.MapGet("/api/stamp", () => Results.Text(host.Ingest.Version.ToString(CultureInfo.InvariantCulture)));
            app.MapGet("/api/stamp/{tid}", (string tid) => Results.Text(host.Ingest.TerminalVersion(tid).ToString(CultureInfo.InvariantCulture)));
            app.MapGet("/api/terminals", () => Results.Json(host.Store.Terminals()));
            app.MapGet("/api/metrics", () => Results.Json(host.Ingest.Snapshot()));
            app.MapPost("/api/metrics/reset", () =>
            {
                host.Ingest.Lag.Reset();
                return Results.NoContent();
            });
        }

        private static PageContext Context(HttpContext http, FleetHost host)
        {
            AntiforgeryTokenSet tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
            return new PageContext(UiLocale.Resolve(http, host.Options.PageLocale), tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
        }

        private static IResult NotFound(PageContext ctx, string tid)
        {
            var body = new Html().Element("h1", UiText.Get(ctx.Locale, UiString.UnknownTerminal) + " " + tid);
            return Results.Content(PageLayout.Page(ctx, UiText.Get(ctx.Locale, UiString.UnknownTerminal), string.Empty, 0, body), Html, statusCode: StatusCodes.Status404NotFound);
        }
    }
}
