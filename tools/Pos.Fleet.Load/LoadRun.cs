using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Authentication;
using Microsoft.Data.Sqlite;
using MQTTnet.Exceptions;
using Pos.Core.Diagnostics;
using Pos.Core.Simulation;
using Pos.Fleet.Common;
using Pos.Fleet.Ingest;
using Pos.Fleet.Payloads;
using Pos.Fleet.Storage;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// One bounded load run (docs/BENCHMARKS.md, "Fleet"): starts the console on the broker, connects the plan's
    /// terminals (the first alone: once its status is stored the console is surely subscribed), waits until the console
    /// stored every connect status, then runs the schedule of heartbeats and bursts for the plan's duration, waits until
    /// the console stored what was sent (or the plan's patience ran out), and reads the figures: the console's own
    /// (<c>/api/metrics</c>, <c>/api/terminals</c>) and, from its history, each sent message found again, with its
    /// exact lag. The terminals then leave (their wills), the console stops, a temporary history is deleted.
    /// </summary>
    public static class LoadRun
    {
        private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

        /// <summary>Runs <paramref name="plan"/> on <paramref name="broker"/>, telling its progress on <paramref name="progress"/>.</summary>
        /// <exception cref="InvalidOperationException">The console did not start, or never stored the first terminal's status.</exception>
        public static async Task<LoadReport> RunAsync(LoadPlan plan, BrokerProcess broker, TextWriter progress)
        {
            var report = new LoadReport(plan)
            {
                Broker = "Mosquitto on " + broker.Host + ":" + broker.Port + (broker.Owned ? ", started for this run (pid " + broker.ProcessId + ")" : ", the one the environment names (" + BrokerProcess.PortVariable + ")"),
            };
            double loadAtStart = ProcessFigures.LoadAverage();
            string? folder = plan.Database == null ? Directory.CreateTempSubdirectory("pos-fleet-load-").FullName : null;
            DatabaseSpec database = plan.Database ?? DatabaseSpec.Parse("sqlite:" + Path.Combine(folder!, "fleet.db"));
            report.Database = folder != null ? "SQLite, a new file in a temporary folder" : database.Display;
            var setup = new ConsoleSetup(broker, database, "pos-fleet-load-" + Guid.NewGuid().ToString("N")[..8]);
            var history = new ConsoleHistory(database);
            long sinceMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var log = new SentLog();
            DiagnosticRunner selfTest = SlipSamples.Runner();
            // Each terminal's own seed from the plan's (not HashCode.Combine, which differs from one process to the next).
            SimulatedTerminal[] terminals = plan.Terminals.Select((tid, i) => new SimulatedTerminal(tid, unchecked((plan.Seed * 1_000_003) + i), selfTest, log, plan.Patience)).ToArray();
            try
            {
                await using IFleetConsole console = await setup.StartAsync(plan.Console, plan.Patience).ConfigureAwait(false);
                report.Console = console.Description;
                progress.WriteLine("console: " + console.Url + " " + console.Description);
                using var client = new ConsoleClient(console.Url, plan.Patience);
                await ConnectAsync(plan, broker, terminals, log, history, sinceMs, client, console, report, progress).ConfigureAwait(false);
                await MeasureAsync(plan, broker, terminals, log, history, sinceMs, client, console, report, progress).ConfigureAwait(false);
                progress.WriteLine("the terminals leave (the broker publishes their wills)");
                await Task.WhenAll(terminals.Select(t => t.LeaveAsync())).ConfigureAwait(false);
            }
            finally
            {
                foreach (SimulatedTerminal t in terminals)
                {
                    await t.DisposeAsync().ConfigureAwait(false);
                }

                if (folder != null)
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, true);
                }
            }

            report.Load = (loadAtStart, ProcessFigures.LoadAverage());
            return report;
        }

        private static async Task ConnectAsync(
            LoadPlan plan, BrokerProcess broker, SimulatedTerminal[] terminals, SentLog log, ConsoleHistory history, long sinceMs, ConsoleClient client, IFleetConsole console, LoadReport report, TextWriter progress)
        {
            // The first terminal alone: once its status is stored, the console is subscribed and every later status reaches it live.
            if (!await ConnectOneAsync(terminals[0], broker, log, null).ConfigureAwait(false)
                || !await WaitStoredAsync(log, history, sinceMs, LoadPhase.Connect, plan.Patience).ConfigureAwait(false))
            {
                throw new InvalidOperationException("the console did not store terminal " + terminals[0].Tid + "'s first status within " + plan.Patience.TotalSeconds
                    + " s; problems: " + string.Join("; ", log.FirstProblems) + "; console: " + console.RecentOutput);
            }

            report.MemoryBefore = Memory(await client.MetricsAsync().ConfigureAwait(false));
            progress.WriteLine("connecting " + (terminals.Length - 1) + " terminals");
            var connacks = new ConcurrentBag<long>();
            int failures = 0;
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(terminals.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = plan.ConnectParallelism }, async (t, _) =>
            {
                if (!await ConnectOneAsync(t, broker, log, connacks).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref failures);
                }
            }).ConfigureAwait(false);
            report.ConnectTime = watch.Elapsed;
            report.ConnectFailures = failures;
            report.Connack = LagFigures.Of(connacks);
            progress.WriteLine("connected in " + watch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s; waiting for the console to store the statuses");
            await WaitStoredAsync(log, history, sinceMs, LoadPhase.Connect, plan.Patience).ConfigureAwait(false);
            MetricsSnapshot metrics = await client.MetricsAsync().ConfigureAwait(false);
            report.MemoryConnected = Memory(metrics);
            report.Connect = Figures(log, history, sinceMs, LoadPhase.Connect, metrics);
            await client.ResetMetricsAsync().ConfigureAwait(false);
        }

        private static async Task MeasureAsync(
            LoadPlan plan, BrokerProcess broker, SimulatedTerminal[] terminals, SentLog log, ConsoleHistory history, long sinceMs, ConsoleClient client, IFleetConsole console, LoadReport report, TextWriter progress)
        {
            ScheduledAction[] schedule = LoadSchedule.Build(plan);
            progress.WriteLine("measured phase: " + schedule.Length + " steps over " + plan.Duration.TotalSeconds + " s");
            TimeSpan? consoleCpu = ProcessFigures.Cpu(console.ProcessId);
            TimeSpan? brokerCpu = ProcessFigures.Cpu(broker.ProcessId);
            TimeSpan selfCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var steps = new List<Task>(schedule.Length);
            var lateness = new List<long>(schedule.Length);
            var watch = Stopwatch.StartNew();
            await using (var resources = new ResourceWatch(client))
            {
                long nextTell = 30_000;
                foreach (ScheduledAction step in schedule)
                {
                    long wait = step.AtMs - watch.ElapsedMilliseconds;
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(wait)).ConfigureAwait(false);
                    }

                    lateness.Add(Math.Max(0, watch.ElapsedMilliseconds - step.AtMs));
                    SimulatedTerminal t = terminals[step.Terminal];
                    steps.Add(step.Action == LoadAction.Heartbeat ? t.HeartbeatAsync(LoadPhase.Measured) : t.BurstAsync(LoadPhase.Measured));
                    if (step.AtMs >= nextTell)
                    {
                        progress.WriteLine("  " + nextTell / 1000 + " s");
                        nextTell += 30_000;
                    }
                }

                TimeSpan rest = plan.Duration - watch.Elapsed;
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest).ConfigureAwait(false);
                }

                await Task.WhenAll(steps).ConfigureAwait(false);
                report.MeasuredTime = watch.Elapsed;
                report.Cpu = (Since(ProcessFigures.Cpu(console.ProcessId), consoleCpu), Since(ProcessFigures.Cpu(broker.ProcessId), brokerCpu), Process.GetCurrentProcess().TotalProcessorTime - selfCpu);
                progress.WriteLine("waiting for the console to store what was sent");
                await WaitStoredAsync(log, history, sinceMs, LoadPhase.Measured, plan.Patience).ConfigureAwait(false);
                MetricsSnapshot metrics = await client.MetricsAsync().ConfigureAwait(false);
                resources.Add(metrics);
                report.MemoryEnd = Memory(metrics);
                report.MemoryPeak = resources.PeakMemory;
                report.PeakBacklog = resources.PeakBacklog;
                report.Measured = Figures(log, history, sinceMs, LoadPhase.Measured, metrics);
            }

            report.Lateness = LagFigures.Of(lateness);
            report.BrokerResident = ProcessFigures.Resident(broker.ProcessId);
            var ids = new HashSet<string>(plan.Terminals, StringComparer.Ordinal);
            report.Online = (await client.TerminalsAsync().ConfigureAwait(false)).Count(r => ids.Contains(r.Tid) && r.IsOnline);
            report.Drops = terminals.Sum(t => t.Drops);
            report.Problems = (log.ProblemCount, log.FirstProblems);
        }

        private static async Task<bool> ConnectOneAsync(SimulatedTerminal t, BrokerProcess broker, SentLog log, ConcurrentBag<long>? connacks)
        {
            try
            {
                TimeSpan connack = await t.ConnectAsync(broker).ConfigureAwait(false);
                connacks?.Add((long)connack.TotalMilliseconds);
            }
            catch (Exception e) when (e is MqttCommunicationException or InvalidOperationException or OperationCanceledException or AuthenticationException or IOException)
            {
                log.Problem(t.Tid + ": did not connect: " + e.Message);
                return false;
            }

            await t.HeartbeatAsync(LoadPhase.Connect).ConfigureAwait(false);
            return true;
        }

        // Waits until the history holds every message of the phase that the broker acknowledged; false when patience ran out first.
        private static async Task<bool> WaitStoredAsync(SentLog log, ConsoleHistory history, long sinceMs, LoadPhase phase, TimeSpan patience)
        {
            var wanted = log.Messages.Where(m => m.Phase == phase && m.Acked).ToList();
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                var stored = new HashSet<string>(history.Statuses(sinceMs).Concat(history.Events(sinceMs)).Select(s => s.Key), StringComparer.Ordinal);
                if (wanted.All(m => stored.Contains(m.Key)))
                {
                    return true;
                }

                if (deadline.Elapsed > patience)
                {
                    return false;
                }

                await Task.Delay(Poll).ConfigureAwait(false);
            }
        }

        // The phase's messages found again in the history, with their exact lags, and the console's own figures.
        private static PhaseFigures Figures(SentLog log, ConsoleHistory history, long sinceMs, LoadPhase phase, MetricsSnapshot metrics)
        {
            List<SentMessage> sent = log.Messages.Where(m => m.Phase == phase).ToList();
            IReadOnlyList<StoredMessage> statusRows = history.Statuses(sinceMs);
            IReadOnlyList<StoredMessage> eventRows = history.Events(sinceMs);
            Dictionary<string, StoredMessage> statuses = ByKey(statusRows);
            Dictionary<string, StoredMessage> events = ByKey(eventRows);
            var exact = new List<long>();
            var transit = new List<long>();
            var eventLags = new List<long>();
            long withoutLag = 0;
            foreach (SentMessage m in sent)
            {
                if (m.Kind == SentKind.Status && statuses.TryGetValue(m.Key, out StoredMessage? s))
                {
                    transit.Add(s.ReceivedMs - m.SentMs);
                    long? at = RemoteTime.Millis(s.At);
                    if (s.LagMs != null && at != null)
                    {
                        exact.Add(at.Value + s.LagMs.Value - m.SentMs);
                    }
                    else
                    {
                        withoutLag++;
                    }
                }
                else if (m.Kind == SentKind.Event && events.TryGetValue(m.Key, out StoredMessage? e))
                {
                    eventLags.Add(e.ReceivedMs - m.SentMs);
                }
            }

            var keys = new HashSet<string>(sent.Select(m => m.Key), StringComparer.Ordinal);
            var found = statusRows.Concat(eventRows).Where(r => keys.Contains(r.Key)).ToList();
            return new PhaseFigures
            {
                Statuses = Count(sent, SentKind.Status, statuses),
                Events = Count(sent, SentKind.Event, events),
                ConsoleLag = LagFigures.Of(metrics),
                ExactLag = LagFigures.Of(exact),
                TransitLag = LagFigures.Of(transit),
                EventLag = LagFigures.Of(eventLags),
                StoredWithoutLag = withoutLag,
                Duplicates = found.Count - found.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count(),
            };
        }

        private static Delivery Count(List<SentMessage> sent, SentKind kind, Dictionary<string, StoredMessage> stored)
        {
            var ofKind = sent.Where(m => m.Kind == kind).ToList();
            return new Delivery(ofKind.Count, ofKind.Count(m => m.Acked), ofKind.Count(m => stored.ContainsKey(m.Key)));
        }

        // The first copy of each message (QoS 1 may deliver one twice).
        private static Dictionary<string, StoredMessage> ByKey(IReadOnlyList<StoredMessage> rows)
        {
            var byKey = new Dictionary<string, StoredMessage>(StringComparer.Ordinal);
            foreach (StoredMessage row in rows)
            {
                byKey.TryAdd(row.Key, row);
            }

            return byKey;
        }

        private static MemoryFigures Memory(MetricsSnapshot m) => new(m.WorkingSetBytes, m.ManagedBytes);

        private static TimeSpan? Since(TimeSpan? now, TimeSpan? then) => now == null || then == null ? null : now - then;
    }
}
