using System.Globalization;
using System.Runtime.InteropServices;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// Everything a load run measured, its verdicts against the plan's goals (the console's p95 status lag over the
    /// measured phase; the share of statuses and events stored; every terminal online in the console) and the printed report.
    /// </summary>
    public sealed class LoadReport
    {
        /// <summary>A report of <paramref name="plan"/>.</summary>
        public LoadReport(LoadPlan plan)
        {
            Plan = plan;
        }

        /// <summary>The plan.</summary>
        public LoadPlan Plan { get; }

        /// <summary>The broker, for the report.</summary>
        public string Broker { get; set; } = string.Empty;

        /// <summary>The console, for the report.</summary>
        public string Console { get; set; } = string.Empty;

        /// <summary>The console's history, for the report (never with a password).</summary>
        public string Database { get; set; } = string.Empty;

        /// <summary>The one-minute load average at the start and at the end.</summary>
        public (double Start, double End) Load { get; set; }

        /// <summary>From the first CONNECT of the fleet (after the first terminal) to its last status acknowledged.</summary>
        public TimeSpan ConnectTime { get; set; }

        /// <summary>Each terminal's time from its TLS handshake's start to the CONNACK.</summary>
        public LagFigures Connack { get; set; }

        /// <summary>Terminals that did not connect.</summary>
        public int ConnectFailures { get; set; }

        /// <summary>The connect phase.</summary>
        public PhaseFigures Connect { get; set; } = new();

        /// <summary>The measured phase.</summary>
        public PhaseFigures Measured { get; set; } = new();

        /// <summary>How long the measured phase really lasted.</summary>
        public TimeSpan MeasuredTime { get; set; }

        /// <summary>How late the schedule's steps started (the bench's own load shows here).</summary>
        public LagFigures Lateness { get; set; }

        /// <summary>The plan's terminals the console shows online at the end.</summary>
        public int Online { get; set; }

        /// <summary>Connections lost during the run.</summary>
        public int Drops { get; set; }

        /// <summary>Problems the terminals met (refused or unacknowledged publishes, lost connections) and the first of them.</summary>
        public (int Count, IReadOnlyList<string> First) Problems { get; set; } = (0, []);

        /// <summary>The console's memory once the first terminal's status was stored (before the fleet connected).</summary>
        public MemoryFigures MemoryBefore { get; set; }

        /// <summary>The console's memory once the fleet connected.</summary>
        public MemoryFigures MemoryConnected { get; set; }

        /// <summary>The console's peak memory in the measured phase (readings every 2 s).</summary>
        public MemoryFigures MemoryPeak { get; set; }

        /// <summary>The console's memory at the end.</summary>
        public MemoryFigures MemoryEnd { get; set; }

        /// <summary>The ingest's longest backlog in the measured phase.</summary>
        public long PeakBacklog { get; set; }

        /// <summary>CPU time over the measured phase: the console (when in its own process), the broker (when the run started it), the run's own process.</summary>
        public (TimeSpan? Console, TimeSpan? Broker, TimeSpan Self) Cpu { get; set; }

        /// <summary>The broker's resident memory at the end, when the run started it.</summary>
        public long? BrokerResident { get; set; }

        /// <summary>The goal: the console's p95 status lag over the measured phase is below the plan's.</summary>
        public bool LagMet => Measured.ConsoleLag.Count > 0 && Measured.ConsoleLag.P95 < Plan.LagGoalMs;

        /// <summary>All statuses, both phases.</summary>
        public Delivery Statuses => Connect.Statuses + Measured.Statuses;

        /// <summary>All events.</summary>
        public Delivery Events => Connect.Events + Measured.Events;

        /// <summary>The goal: the plan's share of the statuses and of the events reached the console's history.</summary>
        public bool DeliveryMet => Statuses.Sent > 0 && Statuses.Share >= Plan.DeliveryGoal && Events.Share >= Plan.DeliveryGoal;

        /// <summary>The goal: every terminal is online in the console.</summary>
        public bool OnlineMet => Online == Plan.Terminals.Count;

        /// <summary>Every goal met.</summary>
        public bool Passed => LagMet && DeliveryMet && OnlineMet;

        /// <summary>Writes the report.</summary>
        public void Write(TextWriter o)
        {
            LoadPlan p = Plan;
            int perBurst = Math.Clamp((int)Math.Round(p.Terminals.Count * p.BurstShare), 1, p.Terminals.Count);
            o.WriteLine($"Fleet load run: {p.Terminals.Count:N0} terminals ({p.Terminals[0]}…{p.Terminals[^1]}), {Seconds(p.Duration)} measured, "
                + $"a status every {Seconds(p.Heartbeat)} per terminal, a burst every {Seconds(p.BurstEvery)} of {perBurst:N0} terminals × {LoadPlan.EventsPerBurst} events, seed {p.Seed}");
            o.WriteLine($"machine: {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; "
                + $"load average {Load.Start.ToString("0.0", CultureInfo.InvariantCulture)} at the start, {Load.End.ToString("0.0", CultureInfo.InvariantCulture)} at the end");
            o.WriteLine("broker: " + Broker);
            o.WriteLine("console: " + Console + ", history " + Database);
            o.WriteLine();
            o.WriteLine($"connect: {p.Terminals.Count - 1:N0} terminals after the first in {Seconds(ConnectTime)} ({p.ConnectParallelism} at a time: TLS, CONNECT with the will, "
                + $"SUBSCRIBE, the retained status acknowledged); CONNACK {Connack}; {ConnectFailures} failed");
            WritePhase(o, Connect);
            o.WriteLine();
            o.WriteLine($"measured phase ({Seconds(MeasuredTime)}): steps started late by p95 {Lateness.P95:N0} ms, max {Lateness.Max:N0} ms (the bench's own load)");
            WritePhase(o, Measured);
            o.WriteLine($"  terminals online in the console: {Online:N0} of {p.Terminals.Count:N0}; connections lost: {Drops}; problems: {Problems.Count}");
            foreach (string problem in Problems.First)
            {
                o.WriteLine("    " + problem);
            }

            o.WriteLine($"  console memory: {MemoryBefore} before the fleet connected, {MemoryConnected} once connected, "
                + $"peak {MemoryPeak}, {MemoryEnd} at the end; ingest backlog peak {PeakBacklog:N0}");
            o.WriteLine("  CPU over the measured phase: console " + Share(Cpu.Console) + ", broker " + Share(Cpu.Broker) + ", this process (the simulated terminals"
                + (Console.StartsWith("in-process", StringComparison.Ordinal) ? " and the console" : string.Empty) + ") " + Share(Cpu.Self)
                + (BrokerResident == null ? string.Empty : "; broker resident memory at the end " + MemoryFigures.Mb(BrokerResident.Value)));
            o.WriteLine();
            o.WriteLine($"goal: p95 status lag {Measured.ConsoleLag.P95:N0} ms (the console's figure), goal < {p.LagGoalMs:N0} ms: {Met(LagMet)}");
            o.WriteLine($"goal: statuses stored {Statuses.Stored:N0} of {Statuses.Sent:N0} ({Percent(Statuses.Share)}), events {Events.Stored:N0} of {Events.Sent:N0} ({Percent(Events.Share)}), "
                + $"goal ≥ {Percent(p.DeliveryGoal)}: {Met(DeliveryMet)}");
            o.WriteLine($"goal: terminals online {Online:N0} of {p.Terminals.Count:N0}: {Met(OnlineMet)}");
        }

        private static void WritePhase(TextWriter o, PhaseFigures f)
        {
            o.WriteLine($"  statuses: {f.Statuses}; events: {f.Events}" + (f.Duplicates > 0 ? $"; {f.Duplicates} stored twice" : string.Empty));
            o.WriteLine($"  status lag, the console's figure (/api/metrics; `at` has whole seconds, so up to 1 s of it is the cut): {f.ConsoleLag}");
            o.WriteLine($"  status lag, exact (written by the terminal → stored by the console): {f.ExactLag}"
                + (f.StoredWithoutLag > 0 ? $"; {f.StoredWithoutLag} stored as retained, without a lag" : string.Empty));
            o.WriteLine($"    of which written → received by the console (MQTT client, TLS, broker): {f.TransitLag}");
            if (f.Events.Sent > 0)
            {
                o.WriteLine($"  event lag, exact (written → received by the console): {f.EventLag}");
            }
        }

        private string Share(TimeSpan? cpu) => cpu == null
            ? "not measured"
            : $"{cpu.Value.TotalSeconds:0.0} s ({cpu.Value.TotalSeconds / Math.Max(0.001, MeasuredTime.TotalSeconds) * 100:0.0} % of one CPU)";

        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

        private static string Percent(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

        private static string Met(bool met) => met ? "MET" : "NOT MET";
    }
}
