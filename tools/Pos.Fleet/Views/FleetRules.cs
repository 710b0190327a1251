using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Views
{
    /// <summary>
    /// The fleet views' rules, over rows read from the history: repeated network failures, outdated firmware, growing
    /// offline queues. Pure functions of their inputs.
    /// </summary>
    public static class FleetRules
    {
        /// <summary>
        /// Terminals with at least <see cref="RuleOptions.NetworkFailures"/> network failures among <paramref name="events"/>
        /// (the window's offline, decline and self-test events): offline periods, network declines, reports with a
        /// failed network check. Most failures first.
        /// </summary>
        public static IReadOnlyList<NetworkTrouble> NetworkTrouble(IEnumerable<EventRow> events, RuleOptions options)
        {
            var byTid = new Dictionary<string, NetworkTrouble>(StringComparer.Ordinal);
            foreach (EventRow e in events)
            {
                NetworkTrouble t = byTid.TryGetValue(e.Tid, out NetworkTrouble? found) ? found : byTid[e.Tid] = new NetworkTrouble { Tid = e.Tid };
                switch (e.Type)
                {
                    case EventTypes.Offline:
                        t.OfflinePeriods++;
                        break;
                    case EventTypes.Decline when NetworkSignals.IsNetworkDecline(e.Code):
                        t.NetworkDeclines++;
                        break;
                    case EventTypes.SelfTest when NetworkSignals.HasFailedNetworkCheck(e.Payload()?.Checks ?? Array.Empty<SelfTestCheck>()):
                        t.FailedChecks++;
                        break;
                }
            }

            return byTid.Values.Where(t => t.Total >= options.NetworkFailures)
                .OrderByDescending(t => t.Total).ThenBy(t => t.Tid, StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// Terminals whose firmware is below <see cref="RuleOptions.Firmware"/>, or, when none is configured, below the
        /// newest version any terminal reports.
        /// </summary>
        public static IReadOnlyList<OutdatedFirmware> OutdatedFirmware(IEnumerable<TerminalRow> terminals, RuleOptions options)
        {
            var reporting = terminals.Where(t => !string.IsNullOrWhiteSpace(t.Fw)).ToList();
            string? target = options.Firmware ?? reporting.Select(t => t.Fw!)
                .Aggregate((string?)null, (newest, fw) => newest == null || FirmwareVersion.Compare(fw, newest) > 0 ? fw : newest);
            if (target == null)
            {
                return Array.Empty<OutdatedFirmware>();
            }

            return reporting.Where(t => FirmwareVersion.Compare(t.Fw!, target) < 0)
                .Select(t => new OutdatedFirmware { Tid = t.Tid, Fw = t.Fw!, Target = target })
                .ToList();
        }

        /// <summary>
        /// Terminals whose queue depth over their newest <see cref="RuleOptions.QueueStatuses"/> statuses never fell and
        /// ended higher than it began (<paramref name="points"/> oldest first per terminal).
        /// </summary>
        public static IReadOnlyList<GrowingQueue> GrowingQueues(IEnumerable<QueuePoint> points, RuleOptions options)
        {
            var growing = new List<GrowingQueue>();
            foreach (IGrouping<string, QueuePoint> terminal in points.GroupBy(p => p.Tid, StringComparer.Ordinal))
            {
                long[] depths = terminal.OrderBy(p => p.ReceivedMs).Select(p => p.Queue).TakeLast(options.QueueStatuses).ToArray();
                bool rising = depths.Length >= options.QueueStatuses && depths.Length >= 2 && depths[^1] > depths[0];
                for (int i = 1; rising && i < depths.Length; i++)
                {
                    rising = depths[i] >= depths[i - 1];
                }

                if (rising)
                {
                    growing.Add(new GrowingQueue { Tid = terminal.Key, Depths = depths });
                }
            }

            return growing.OrderByDescending(g => g.Depths[^1]).ThenBy(g => g.Tid, StringComparer.Ordinal).ToList();
        }
    }
}
