using Pos.Fleet.Storage;
using Pos.Fleet.Texts;
using Pos.Fleet.Views;

namespace Pos.Fleet.Web
{
    /// <summary>
    /// The fleet at a glance: every terminal (connection, firmware, battery, host link, queue, flagged, last self-test,
    /// last seen) and the fleet views (repeated network failures, outdated firmware, growing offline queues).
    /// </summary>
    public static class FleetPage
    {
        /// <summary>The page.</summary>
        public static string Render(PageContext ctx, IReadOnlyList<TerminalRow> terminals, FleetReport report, long stamp)
        {
            int l = ctx.Locale;
            string T(UiString s) => UiText.Get(l, s);
            var h = new Html();
            h.Element("h1", T(UiString.Fleet))
                .Element("p", terminals.Count + " " + T(UiString.Terminals) + " · " + terminals.Count(t => t.IsOnline) + " " + T(UiString.OnlineCount), ("id", "summary"));

            h.Open("table", ("id", "terminals")).Element("caption", T(UiString.Terminals))
                .HeaderRow(T(UiString.Terminal), T(UiString.Connection), T(UiString.Firmware), T(UiString.Battery), T(UiString.Link),
                    T(UiString.Queue), T(UiString.Flagged), T(UiString.LastSelfTest), T(UiString.LastSeen));
            foreach (TerminalRow t in terminals)
            {
                h.Open("tr", ("id", "t-" + t.Tid))
                    .Open("td").Element("a", t.Tid, ("href", "/terminal/" + t.Tid)).Close("td")
                    .Element("td", Cells.Connection(l, t.IsOnline), ("class", t.IsOnline ? "on" : "off"))
                    .Element("td", t.Fw)
                    .Element("td", Cells.Percent(t.Batt))
                    .Element("td", Cells.Link(l, t.Link))
                    .Element("td", Cells.Number(t.Queue))
                    .Element("td", Cells.Number(t.Flagged))
                    .Element("td", Cells.SelfTest(t.St, t.StAt), ("class", t.St))
                    .Element("td", Cells.Time(t.LastSeenMs))
                    .Close("tr");
            }

            h.Close("table").Element("h2", T(UiString.FleetViews));

            if (h.Section("view-network", "h3", T(UiString.ViewNetwork), report.Network.Count == 0, T(UiString.NoneFound)))
            {
                h.Open("table").HeaderRow(T(UiString.Terminal), T(UiString.OfflinePeriods), T(UiString.NetworkDeclines), T(UiString.FailedChecks));
                foreach (NetworkTrouble n in report.Network)
                {
                    TerminalCell(h.Open("tr"), n.Tid).Element("td", n.OfflinePeriods.ToString()).Element("td", n.NetworkDeclines.ToString())
                        .Element("td", n.FailedChecks.ToString()).Close("tr");
                }

                h.Close("table");
            }

            h.Close("section");
            if (h.Section("view-firmware", "h3", T(UiString.ViewFirmware), report.Outdated.Count == 0, T(UiString.NoneFound)))
            {
                h.Open("table").HeaderRow(T(UiString.Terminal), T(UiString.Firmware), T(UiString.Target));
                foreach (OutdatedFirmware o in report.Outdated)
                {
                    TerminalCell(h.Open("tr"), o.Tid).Element("td", o.Fw).Element("td", o.Target).Close("tr");
                }

                h.Close("table");
            }

            h.Close("section");
            if (h.Section("view-queues", "h3", T(UiString.ViewQueues), report.Growing.Count == 0, T(UiString.NoneFound)))
            {
                h.Open("table").HeaderRow(T(UiString.Terminal), T(UiString.Depths));
                foreach (GrowingQueue g in report.Growing)
                {
                    TerminalCell(h.Open("tr"), g.Tid).Element("td", string.Join(" → ", g.Depths)).Close("tr");
                }

                h.Close("table");
            }

            h.Close("section");
            return PageLayout.Page(ctx, T(UiString.Fleet), "/api/stamp", stamp, h);
        }

        private static Html TerminalCell(Html h, string tid) => h.Open("td").Element("a", tid, ("href", "/terminal/" + tid)).Close("td");
    }
}
