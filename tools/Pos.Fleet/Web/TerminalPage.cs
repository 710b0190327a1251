using System.Globalization;
using Pos.Core.Localization;
using Pos.Fleet.Commands;
using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;
using Pos.Fleet.Texts;

namespace Pos.Fleet.Web
{
    /// <summary>
    /// One terminal: its status, the command forms, the commands with their acks, the newest log excerpt, the self-test
    /// reports with each problem's checklist, the declines by cause with their reasons and steps (both from the
    /// firmware's catalog, in the page's locale), other events and the status history.
    /// </summary>
    public static class TerminalPage
    {
        /// <summary>The page; <paramref name="notice"/> (a command just sent, or why it was not) is shown on top.</summary>
        public static string Render(PageContext ctx, TerminalData d, string? notice, bool noticeIsError, long stamp)
        {
            int l = ctx.Locale;
            string T(UiString s) => UiText.Get(l, s);
            TerminalRow t = d.Terminal;
            var h = new Html();
            h.Element("h1", T(UiString.Terminal) + " " + t.Tid);
            if (notice != null)
            {
                h.Element("p", notice, ("id", "notice"), ("class", noticeIsError ? "note bad" : "note"), ("role", "status"));
            }

            h.Open("table", ("id", "status")).Element("caption", T(UiString.LastSeen) + " " + Cells.Time(t.LastSeenMs));
            Fact(h, T(UiString.Connection), Cells.Connection(l, t.IsOnline), "s-online");
            Fact(h, T(UiString.Firmware), t.Fw, "s-fw");
            Fact(h, T(UiString.Battery), Cells.Percent(t.Batt), "s-batt");
            Fact(h, T(UiString.Link), Cells.Link(l, t.Link), "s-link");
            Fact(h, T(UiString.Queue), Cells.Number(t.Queue), "s-queue");
            Fact(h, T(UiString.Flagged), Cells.Number(t.Flagged), "s-flagged");
            Fact(h, T(UiString.Busy), Cells.Flag(l, t.Busy), "s-busy");
            Fact(h, T(UiString.Dropped), Cells.Number(t.Dropped), "s-dropped");
            Fact(h, T(UiString.LastSelfTest), Cells.SelfTest(t.St, t.StAt), "s-st");
            h.Close("table");

            CommandForms(h, ctx, t.Tid);
            Acks(h, l, d.Commands);
            Log(h, l, d.Log);
            SelfTests(h, l, d.SelfTests);
            Declines(h, l, d.Declines);
            Others(h, l, d.Others);
            History(h, l, d.Statuses);
            return PageLayout.Page(ctx, T(UiString.Terminal) + " " + t.Tid, "/api/stamp/" + t.Tid, stamp, h);
        }

        private static void Fact(Html h, string name, string? value, string id) =>
            h.Open("tr").Element("th", name, ("scope", "row")).Element("td", value, ("id", id)).Close("tr");

        private static void CommandForms(Html h, PageContext ctx, string tid)
        {
            int l = ctx.Locale;
            string T(UiString s) => UiText.Get(l, s);
            h.Section("commands", "h2", T(UiString.Commands), false, string.Empty);

            Form(h, ctx, tid, CommandNames.SelfTest, T(UiString.RunSelfTest));
            h.Open("label").Text(T(UiString.Check)).Open("select", ("name", "check"), ("id", "f-check")).Element("option", T(UiString.AllChecks), ("value", string.Empty));
            foreach (string id in CatalogKeys.CheckIds)
            {
                h.Element("option", Catalog.Get(l, CatalogKeys.ForCheckId(id)) + " (" + id + ")", ("value", id));
            }

            h.Close("select").Close("label");
            EndForm(h, CommandNames.SelfTest, T(UiString.RunSelfTest));

            Form(h, ctx, tid, CommandNames.Log, T(UiString.FetchLog));
            Input(h, "count", T(UiString.LogCount), "number", "20");
            EndForm(h, CommandNames.Log, T(UiString.FetchLog));

            Form(h, ctx, tid, CommandNames.Set, T(UiString.SetParameters));
            foreach (RemoteParameter p in RemoteParameters.All)
            {
                if (p.Kind == ParameterKind.Flag)
                {
                    h.Open("label").Text(UiText.Parameter(l, p.Name)).Open("select", ("name", p.Name), ("id", "f-" + p.Name))
                        .Element("option", T(UiString.Unchanged), ("value", string.Empty)).Element("option", T(UiString.On), ("value", "true"))
                        .Element("option", T(UiString.Off), ("value", "false")).Close("select").Close("label");
                }
                else
                {
                    Input(h, p.Name, UiText.Parameter(l, p.Name), p.Kind == ParameterKind.Text ? "text" : "number", null);
                }
            }

            h.Close("fieldset").Element("p", T(UiString.LeaveEmpty)).Open("fieldset");
            EndForm(h, CommandNames.Set, T(UiString.SendParameters));

            Form(h, ctx, tid, CommandNames.Message, T(UiString.ShowMessage));
            Input(h, "text", T(UiString.MessageText), "text", null);
            Input(h, "secs", T(UiString.Seconds), "number", null);
            EndForm(h, CommandNames.Message, T(UiString.ShowMessage));

            Form(h, ctx, tid, CommandNames.Firmware, T(UiString.FirmwareNotice));
            Input(h, "version", T(UiString.Version), "text", null);
            Input(h, "note", T(UiString.Note), "text", null);
            EndForm(h, CommandNames.Firmware, T(UiString.Send));
            h.Close("section");
        }

        private static void Form(Html h, PageContext ctx, string tid, string cmd, string title) =>
            h.Open("form", ("method", "post"), ("action", "/terminal/" + tid + "/command"), ("id", "form-" + cmd), ("aria-labelledby", "form-" + cmd + "-h"))
                .Element("h3", title, ("id", "form-" + cmd + "-h"))
                .Open("input", ("type", "hidden"), ("name", ctx.TokenField), ("value", ctx.Token))
                .Open("input", ("type", "hidden"), ("name", "cmd"), ("value", cmd))
                .Open("fieldset");

        private static void EndForm(Html h, string cmd, string button) =>
            h.Close("fieldset").Element("button", button, ("type", "submit"), ("id", "cmd-" + cmd)).Close("form");

        private static void Input(Html h, string name, string label, string type, string? value) =>
            h.Open("label").Text(label).Open("input", ("type", type), ("name", name), ("id", "f-" + name), ("value", value)).Close("label");

        private static void Acks(Html h, int l, IReadOnlyList<CommandRow> commands)
        {
            string T(UiString s) => UiText.Get(l, s);
            if (h.Section("acks", "h2", T(UiString.Acks), commands.Count == 0, T(UiString.NoneYet)))
            {
                h.Open("table").HeaderRow(T(UiString.Seq), T(UiString.Command), T(UiString.Received), T(UiString.Result), T(UiString.Reason), T(UiString.TerminalTime));
                foreach (CommandRow c in commands)
                {
                    string result = c.AckResult ?? (c.SendError != null ? T(UiString.NotSent) : T(UiString.Waiting));
                    h.Open("tr", ("id", "cmd-" + c.Seq.ToString(CultureInfo.InvariantCulture)))
                        .Element("td", c.Seq.ToString(CultureInfo.InvariantCulture)).Element("td", c.Cmd, ("title", c.Line))
                        .Element("td", Cells.Time(c.SentMs)).Element("td", result, ("class", c.AckResult is null or "ok" ? null : "bad"))
                        .Element("td", c.AckReason ?? c.SendError).Element("td", c.AckAt).Close("tr");
                }

                h.Close("table");
            }

            h.Close("section");
        }

        private static void Log(Html h, int l, EventPayload? log)
        {
            if (h.Section("log", "h2", UiText.Get(l, UiString.LogExcerpt), log == null, UiText.Get(l, UiString.NoLog)))
            {
                h.Element("p", UiText.Get(l, UiString.TerminalTime) + " " + log!.At + " · " + UiText.Get(l, UiString.Chain) + ": " + log.Chain)
                    .Element("pre", string.Join("\n", log.Lines), ("id", "log-lines"));
            }

            h.Close("section");
        }

        private static void SelfTests(Html h, int l, IReadOnlyList<(EventPayload Report, long ReceivedMs)> reports)
        {
            string T(UiString s) => UiText.Get(l, s);
            h.Section("selftests", "h2", T(UiString.SelfTests), reports.Count == 0, T(UiString.NoneYet));

            foreach ((EventPayload r, long received) in reports)
            {
                h.Open("article", ("class", "report")).Open("h3").Element("span", r.Result, ("class", r.Result)).Text(" · " + r.At + " · " + T(r.Remote == true ? UiString.Remote : UiString.AtTerminal)).Close("h3");
                h.Open("table").HeaderRow(T(UiString.Check), T(UiString.Result), T(UiString.Value));
                foreach (SelfTestCheck c in r.Checks)
                {
                    int key = CatalogKeys.ForCheckId(c.Id);
                    string name = key >= 0 ? Catalog.Get(l, key) : c.Id;
                    h.Open("tr", ("data-check", c.Id)).Element("td", name).Element("td", c.S, ("class", c.S))
                        .Element("td", c.Code == null ? c.Val : c.Val + " (" + c.Code + ")").Close("tr");
                }

                h.Close("table");
                foreach (SelfTestCheck c in r.Checks.Where(c => c.IsProblem))
                {
                    Checklist(h, CatalogEntryView.Of(l, CatalogKeys.ForCheck(c)), l, "checklist-" + c.Id);
                }

                h.Close("article");
            }

            h.Close("section");
        }

        private static void Checklist(Html h, CatalogEntryView? entry, int l, string id)
        {
            if (entry == null)
            {
                return;
            }

            h.Open("div", ("class", "checklist"), ("id", id), ("data-entry", entry.Name))
                .Element("h4", UiText.Get(l, UiString.Checklist) + ": " + entry.Title).Open("ol");
            foreach (string step in entry.Steps)
            {
                h.Element("li", step);
            }

            h.Close("ol");
            if (entry.Say.Length > 0)
            {
                h.Element("p", UiText.Get(l, UiString.Say) + ": " + entry.Say);
            }

            h.Close("div");
        }

        private static void Declines(Html h, int l, IReadOnlyList<DeclineCause> causes)
        {
            string T(UiString s) => UiText.Get(l, s);
            if (h.Section("declines", "h2", T(UiString.Declines), causes.Count == 0, T(UiString.NoneYet)))
            {
                h.Open("table").HeaderRow(T(UiString.Code), T(UiString.Count), T(UiString.Cause), T(UiString.Class), T(UiString.Who), T(UiString.Last));
                foreach (DeclineCause c in causes)
                {
                    CatalogEntryView? e = CatalogEntryView.Of(l, CatalogKeys.ForDeclineCode(c.Code), c.Code);
                    h.Open("tr", ("id", "decline-" + c.Code)).Element("td", c.Code).Element("td", c.Count.ToString(CultureInfo.InvariantCulture))
                        .Element("td", e?.Title).Element("td", e?.ClassLetter).Element("td", e?.Who).Element("td", Cells.Time(c.LastMs)).Close("tr");
                }

                h.Close("table");
                foreach (DeclineCause c in causes)
                {
                    Checklist(h, CatalogEntryView.Of(l, CatalogKeys.ForDeclineCode(c.Code), c.Code), l, "steps-" + c.Code);
                }
            }

            h.Close("section");
        }

        private static void Others(Html h, int l, IReadOnlyList<(EventPayload Event, long ReceivedMs)> events)
        {
            string T(UiString s) => UiText.Get(l, s);
            if (h.Section("events", "h2", T(UiString.OtherEvents), events.Count == 0, T(UiString.NoneYet)))
            {
                h.Open("table").HeaderRow(T(UiString.TerminalTime), T(UiString.Type), T(UiString.Detail));
                foreach ((EventPayload e, _) in events)
                {
                    h.Row(e.At, e.Type, Detail(e));
                }

                h.Close("table");
            }

            h.Close("section");
        }

        // The fields of the event's type, as "name value" pairs.
        private static string Detail(EventPayload e) => e.Type switch
        {
            EventTypes.Offline => Pairs(("from", e.From), ("to", e.To), ("secs", e.Secs?.ToString(CultureInfo.InvariantCulture)), ("queued", e.Queued?.ToString(CultureInfo.InvariantCulture))),
            EventTypes.Reversal => Pairs(("stan", e.Stan), ("reason", e.Reason), ("result", e.Result)),
            _ => Pairs(("what", e.What), ("detail", e.Detail)),
        };

        private static string Pairs(params (string Name, string? Value)[] pairs) =>
            string.Join(" · ", pairs.Where(p => p.Value != null).Select(p => p.Name + " " + p.Value));

        private static void History(Html h, int l, IReadOnlyList<StatusRow> statuses)
        {
            string T(UiString s) => UiText.Get(l, s);
            h.Section("history", "h2", T(UiString.StatusHistory), false, string.Empty);
            h.Open("table").HeaderRow(T(UiString.Received), T(UiString.TerminalTime), T(UiString.Connection), T(UiString.Firmware), T(UiString.Battery),
                T(UiString.Link), T(UiString.Queue), T(UiString.Flagged), T(UiString.LastSelfTest), T(UiString.LagMs));
            foreach (StatusRow s in statuses)
            {
                h.Row(Cells.Time(s.ReceivedMs), s.StatusAt, Cells.Connection(l, s.Online != 0), s.Fw, Cells.Percent(s.Batt), Cells.Link(l, s.Link),
                    Cells.Number(s.Queue), Cells.Number(s.Flagged), Cells.SelfTest(s.St, s.StAt), Cells.Number(s.LagMs));
            }

            h.Close("table").Close("section");
        }
    }
}
