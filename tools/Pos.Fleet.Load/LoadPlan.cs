using System.Globalization;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// What one fleet load run does: which terminals, for how long, how often each sends its heartbeat, how often a
    /// share of them sends a burst of events, the seed of every random choice, where the console runs and keeps its
    /// history, and the goals the run is judged against.
    /// </summary>
    public sealed class LoadPlan
    {
        /// <summary>The first terminal id of the bench's range (tools/fleet/broker.sh <c>--count N</c> adds 10000001…10000000+N).</summary>
        public const int FirstFleetTerminal = 10000001;

        /// <summary>Events each terminal of a burst sends: a decline, an offline period and a self-test report.</summary>
        public const int EventsPerBurst = 3;

        /// <summary>The terminal ids, one simulated terminal each.</summary>
        public IReadOnlyList<string> Terminals { get; init; } = FleetTerminals(1000);

        /// <summary>How long the measured phase lasts after every terminal connected.</summary>
        public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(90);

        /// <summary>Each terminal's status period; the terminals' heartbeats are spread evenly over it.</summary>
        public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>How often a burst comes (the first half a period after the start).</summary>
        public TimeSpan BurstEvery { get; init; } = TimeSpan.FromSeconds(10);

        /// <summary>The share of the terminals that sends <see cref="EventsPerBurst"/> events in each burst (at least one terminal).</summary>
        public double BurstShare { get; init; } = 0.05;

        /// <summary>The seed of the bursts' choice of terminals and of the payloads' values.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>Where the console runs.</summary>
        public ConsoleHosting Console { get; init; } = ConsoleHosting.Process;

        /// <summary>The console's history; null = a new SQLite file in a temporary folder, deleted at the end.</summary>
        public DatabaseSpec? Database { get; init; }

        /// <summary>The goal: the console's p95 status lag over the measured phase stays below this (ms).</summary>
        public long LagGoalMs { get; init; } = 2000;

        /// <summary>The goal: at least this share of the statuses and of the events sent is stored by the console.</summary>
        public double DeliveryGoal { get; init; } = 0.99;

        /// <summary>How many terminals connect at once (TLS handshakes in flight).</summary>
        public int ConnectParallelism { get; init; } = 32;

        /// <summary>The longest wait for any one condition (a connection, a PUBACK, the console catching up); only a failing run waits this long.</summary>
        public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(60);

        /// <summary>Terminals 10000001…10000000+<paramref name="count"/>.</summary>
        public static IReadOnlyList<string> FleetTerminals(int count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
            return Enumerable.Range(FirstFleetTerminal, count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        }
    }
}
