using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Web
{
    /// <summary>Everything the terminal page shows, read from the history in one go.</summary>
    public sealed class TerminalData
    {
        private static readonly string[] OtherTypes = { EventTypes.Offline, EventTypes.Reversal, EventTypes.Security };

        /// <summary>The terminal's latest status.</summary>
        public TerminalRow Terminal { get; init; } = new();

        /// <summary>The newest statuses, newest first.</summary>
        public IReadOnlyList<StatusRow> Statuses { get; init; } = Array.Empty<StatusRow>();

        /// <summary>Declines by code, most frequent first.</summary>
        public IReadOnlyList<DeclineCause> Declines { get; init; } = Array.Empty<DeclineCause>();

        /// <summary>The newest self-test reports, newest first, with when they arrived.</summary>
        public IReadOnlyList<(EventPayload Report, long ReceivedMs)> SelfTests { get; init; } = Array.Empty<(EventPayload, long)>();

        /// <summary>The newest log excerpt, or null.</summary>
        public EventPayload? Log { get; init; }

        /// <summary>The newest offline, reversal and security events, newest first.</summary>
        public IReadOnlyList<(EventPayload Event, long ReceivedMs)> Others { get; init; } = Array.Empty<(EventPayload, long)>();

        /// <summary>The newest commands with their acks, newest first.</summary>
        public IReadOnlyList<CommandRow> Commands { get; init; } = Array.Empty<CommandRow>();

        /// <summary>The page's data for <paramref name="tid"/>, or null when the console never heard from it.</summary>
        public static TerminalData? Load(FleetStore store, string tid)
        {
            TerminalRow? terminal = store.Terminal(tid);
            if (terminal == null)
            {
                return null;
            }

            return new TerminalData
            {
                Terminal = terminal,
                Statuses = store.StatusHistory(tid, 20),
                Declines = store.DeclineCauses(tid),
                SelfTests = Parsed(store.Events(tid, EventTypes.SelfTest, 5)),
                Log = Parsed(store.Events(tid, EventTypes.Log, 1)).Select(e => e.Event).FirstOrDefault(),
                Others = OtherTypes.SelectMany(type => Parsed(store.Events(tid, type, 20))).OrderByDescending(e => e.ReceivedMs).Take(20).ToList(),
                Commands = store.Commands(tid, 20),
            };
        }

        // Stored payloads that no longer read are left out.
        private static List<(EventPayload Event, long ReceivedMs)> Parsed(IEnumerable<EventRow> rows) =>
            rows.Select(r => (Event: r.Payload(), r.ReceivedMs)).Where(p => p.Event != null).Select(p => (p.Event!, p.ReceivedMs)).ToList();
    }
}
