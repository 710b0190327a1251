using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Views
{
    /// <summary>The three fleet views at one moment, read from the history.</summary>
    public sealed class FleetReport
    {
        private static readonly string[] NetworkTypes = { EventTypes.Offline, EventTypes.Decline, EventTypes.SelfTest };

        /// <summary>Terminals with repeated network failures.</summary>
        public IReadOnlyList<NetworkTrouble> Network { get; init; } = Array.Empty<NetworkTrouble>();

        /// <summary>Terminals on outdated firmware.</summary>
        public IReadOnlyList<OutdatedFirmware> Outdated { get; init; } = Array.Empty<OutdatedFirmware>();

        /// <summary>Terminals with growing offline queues.</summary>
        public IReadOnlyList<GrowingQueue> Growing { get; init; } = Array.Empty<GrowingQueue>();

        /// <summary>The views of <paramref name="terminals"/> at <paramref name="nowMs"/>.</summary>
        public static FleetReport Build(FleetStore store, IReadOnlyList<TerminalRow> terminals, RuleOptions options, long nowMs) => new()
        {
            Network = FleetRules.NetworkTrouble(store.EventsSince(nowMs - (long)options.NetworkWindow.TotalMilliseconds, NetworkTypes), options),
            Outdated = FleetRules.OutdatedFirmware(terminals, options),
            Growing = FleetRules.GrowingQueues(store.RecentQueues(options.QueueStatuses, nowMs - (long)options.QueueWindow.TotalMilliseconds), options),
        };
    }
}
