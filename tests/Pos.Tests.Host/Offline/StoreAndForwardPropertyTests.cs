using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Offline
{
    /// <summary>
    /// Seeded randomized runs of the store-and-forward queue: enqueues, outages, transport failures, 96s, replies
    /// lost after the host booked the advice (so the re-send gets 94), and power cuts at random storage mutations
    /// (with random torn prefixes), including cuts inside an enqueue and inside the forwarder's journal writes.
    /// After the link is restored and the queue drained: every acknowledged advice is booked by the host, none is
    /// flagged (the host is honest: its 94s are MAC'ed and name the booked amount; timeouts, refusals, 96 and lost
    /// replies never use up the attempts), no advice is reported delivered twice, none is invented, none is left
    /// pending, no id is in the journal twice, and no id (TID + batch + STAN) is ever handed out twice, across reboots.
    /// POS_SAF_RUNS raises the number of runs.
    /// </summary>
    [TestClass]
    public class StoreAndForwardPropertyTests
    {
        private const string Tid = "12345678";
        private const string TestMak = "0123456789ABCDEFFEDCBA9876543210";

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Every_advice_is_delivered_once_or_flagged_after_faults_and_power_cuts()
        {
            int runs = int.TryParse(Environment.GetEnvironmentVariable("POS_SAF_RUNS"), out int r) ? r : 400;
            var watch = Stopwatch.StartNew();
            long enqueued = 0, cuts = 0, duplicates = 0, flagged = 0, requests = 0, jumps = 0;
            for (int run = 0; run < runs; run++)
            {
                var result = RunOnce(20260301 + run);
                enqueued += result.Enqueued;
                cuts += result.Cuts;
                duplicates += result.Duplicates;
                flagged += result.Flagged;
                requests += result.Requests;
                jumps += result.ClockJumps;
            }

            string line = $"store-and-forward: {runs} runs, {enqueued} advices, {requests} requests, {cuts} power cuts, {jumps} wall-clock jumps of years, "
                + $"{duplicates} answered 94, {flagged} flagged, {watch.ElapsedMilliseconds} ms";
            TestContext.WriteLine(line);
            Console.WriteLine(line);
        }

        private sealed class RunResult
        {
            public int Enqueued;
            public int Cuts;
            public int Duplicates;
            public int Flagged;
            public int Requests;
            public int ClockJumps;
        }

        private sealed class Terminal
        {
            public Journal Journal = null!;
            public OfflineQueue Queue = null!;
            public Forwarder Forwarder = null!;
            public EventQueue Events = null!;
            public TimerService Timers = null!;
            public Dispatcher Dispatcher = null!;
        }

        private static RunResult RunOnce(long seed)
        {
            var random = new SeededRandom(seed);
            var clock = new SimulatedClock(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));
            var storage = new SimulatedStorage(128 * 1024);
            var keys = new InMemoryKeyStore();
            byte[] mak = Hex.Decode(TestMak);
            keys.Load(KeySlot.Mak, mak, 0, mak.Length);
            keys.Load(KeySlot.Tmk, mak, 0, mak.Length); // the data-at-rest key derives from it (test key)
            var mac = new KeyStoreMacCalculator(keys, MacAlgorithm.CupsEcb);
            var host = new LedgerHost(mac);
            // The shortest expiry there is: the wall clock jumps years back and forth below, and must expire nothing.
            var settings = new ForwarderSettings { RetryInitialMs = 500, RetryMaxMs = 4000, ExpiryAgeMs = 3600 * 1000 };
            var result = new RunResult();
            var acknowledged = new HashSet<string>();
            var order = new List<string>();
            var maybe = new HashSet<string>();
            var delivered = new Dictionary<string, int>();
            bool online = random.Next(2) == 0;

            Terminal Boot()
            {
                var t = new Terminal();
                clock.Restart(); // a power cycle: the uptime starts again, the journal's clock goes on
                t.Journal = new Journal(storage, new JournalOptions { QueueCapacity = 30, CompactThresholdBytes = 6 * 1024 }, clock);
                t.Journal.CardData = new CardDataCipher(new TmkDataKey(keys));
                var report = t.Journal.Open();
                Assert.AreNotEqual(RecoveryStatus.Corrupt, report.Status, $"seed {seed}: corrupt after a power cut");
                t.Events = new EventQueue(64);
                t.Timers = new TimerService(clock, t.Events, 8);
                t.Dispatcher = new Dispatcher(t.Events, t.Timers, 1000);
                var audit = new Pos.Core.Audit.AuditTrail(storage);
                Assert.AreNotEqual(Pos.Core.Audit.AuditStatus.Broken, audit.Open(0, false), $"seed {seed}: audit trail broken after a power cut");
                t.Queue = new OfflineQueue(t.Journal, audit, Tid, t.Events);
                t.Forwarder = new Forwarder(settings, t.Queue, host, new RequestBuilder(new TerminalSettings(Tid, "123456789012345")),
                    new IsoPackager(), mac, t.Timers, t.Events, clock);
                host.Detach();
                _ = new ExchangeForwarder(host, t.Events);
                t.Forwarder.SubscribeTo(t.Dispatcher);
                t.Forwarder.ItemFinished += (tid, batch, stan, res, code) =>
                {
                    string id = $"{tid}/{batch}/{stan}";
                    if (ForwardResultNames.IsDelivered(res))
                    {
                        delivered[id] = delivered.GetValueOrDefault(id) + 1;
                        if (res == ForwardResult.Duplicate)
                        {
                            result.Duplicates++;
                        }
                    }
                };
                t.Forwarder.Start(online);
                return t;
            }

            var terminal = Boot();

            void Run(long ms)
            {
                long end = clock.UptimeMs + ms;
                while (true)
                {
                    while (terminal.Dispatcher.Step() > 0)
                    {
                    }

                    long next = terminal.Timers.NextDueInMs();
                    if (next < 0 || clock.UptimeMs + next > end)
                    {
                        clock.Advance(end - clock.UptimeMs);
                        while (terminal.Dispatcher.Step() > 0)
                        {
                        }

                        return;
                    }

                    clock.Advance(Math.Max(next, 1));
                }
            }

            void Reboot()
            {
                result.Cuts++;
                storage = storage.Reboot();
                terminal = Boot();
                // An enqueue cut short may or may not have made it: if it did, it must be forwarded too.
                foreach (var id in maybe.ToList())
                {
                    if (FindById(terminal.Journal, id) != null)
                    {
                        acknowledged.Add(id);
                        order.Add(id);
                    }
                }

                maybe.Clear();
            }

            host.Behaviour = () => random.Next(10) switch
            {
                0 => "timeout",
                1 => "refused",
                2 => "96",
                3 => "lost",
                _ => "00",
            };

            int steps = 40;
            for (int step = 0; step < steps; step++)
            {
                try
                {
                    int action = random.Next(10);
                    if (action < 4)
                    {
                        if (terminal.Queue.PolicyCount < 30)
                        {
                            var sale = new FinancialRequest
                            {
                                Type = TransactionType.Purchase, AmountFen = 100 + random.Next(10000), EntryMode = "072",
                                Pan = "6225881234567890", LocalTime = "080000", LocalDate = "0301", OriginalAuthCode = "OFF001",
                            };
                            string next = $"{Tid}/{terminal.Journal.State.BatchNumber}/{terminal.Journal.State.CurrentStan % 999999 + 1}";
                            maybe.Add(next);
                            QueueItem item = terminal.Queue.EnqueueAdvice(sale, clock.UtcNow.Ticks);
                            maybe.Remove(next);
                            string id = $"{item.Tid}/{item.Batch}/{item.Stan}";
                            Assert.AreEqual(next, id);
                            Assert.IsFalse(acknowledged.Contains(id) || host.Ledger.ContainsKey(id), $"seed {seed}: id {id} handed out twice");
                            acknowledged.Add(id);
                            order.Add(id);
                            result.Enqueued++;
                        }
                    }
                    else if (action < 6)
                    {
                        online = !online;
                        terminal.Events.Post(new Event(online ? Signal.WentOnline : Signal.WentOffline));
                        Run(0);
                    }
                    else if (action < 9)
                    {
                        if (random.Next(4) == 0)
                        {
                            // A sign-in or SNTP sets the wall clock years away (either way).
                            int years = 1 + random.Next(20);
                            DateTime to = clock.UtcNow.AddDays((random.Next(2) == 0 ? -365.25 : 365.25) * years);
                            clock.SetUtc(to.Year < 1990 || to.Year > 2900 ? new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc) : to);
                            result.ClockJumps++;
                        }

                        Run(random.Next(6000));
                    }
                    else
                    {
                        storage.ArmPowerCut(storage.MutationCount + 1 + random.Next(12), (name, unflushed) => random.Next(unflushed + 1));
                    }
                }
                catch (PowerCutException)
                {
                    Reboot();
                }
            }

            // The end: no more cuts or faults, link up, drain.
            storage.Disarm();
            if (storage.IsPoweredOff)
            {
                Reboot();
            }

            host.Behaviour = () => "00";
            online = true;
            terminal.Events.Post(new Event(Signal.WentOnline));
            Run(30 * 60 * 1000);
            foreach (var id in maybe)
            {
                if (FindById(terminal.Journal, id) != null)
                {
                    acknowledged.Add(id);
                    order.Add(id);
                }
            }

            var state = terminal.Journal.State;
            Assert.IsNull(state.Reversal);
            var seen = new HashSet<string>();
            for (int i = 0; i < state.QueueCount; i++)
            {
                QueueItem item = state.QueueItemAt(i);
                string id = $"{item.Tid}/{item.Batch}/{item.Stan}";
                Assert.IsTrue(seen.Add(id), $"seed {seed}: {id} twice in the journal");
                Assert.AreNotEqual(QueueItemState.Pending, item.State, $"seed {seed}: {id} still pending");
                Assert.IsTrue(acknowledged.Contains(id), $"seed {seed}: {id} invented");
                if (item.State != QueueItemState.Delivered)
                {
                    result.Flagged++;
                }
            }

            Assert.AreEqual(0, result.Flagged, $"seed {seed}: a good sale flagged by transport failures, 96 or a verified 94");

            foreach (var id in acknowledged)
            {
                QueueItem? item = FindById(terminal.Journal, id);
                bool isFlagged = item != null && item.State != QueueItemState.Delivered;
                Assert.IsTrue(host.Ledger.ContainsKey(id) || isFlagged, $"seed {seed}: {id} lost");
            }

            foreach (var (id, count) in delivered)
            {
                Assert.AreEqual(1, count, $"seed {seed}: {id} reported delivered {count} times");
                Assert.IsTrue(host.Ledger.ContainsKey(id), $"seed {seed}: {id} delivered but the host never booked it");
            }

            foreach (var id in host.Ledger.Keys)
            {
                Assert.IsTrue(acknowledged.Contains(id), $"seed {seed}: the host booked {id}, which was never acknowledged");
            }

            // In enqueue order, whatever the wall clock did: the host booked them in the order they were taken.
            var taken = order.Where(host.Ledger.ContainsKey).ToList();
            CollectionAssert.AreEqual(taken, host.Order.ToList(), $"seed {seed}: booked out of order");

            Assert.AreEqual(0, host.BadRequestMacs);
            Assert.AreEqual(0, terminal.Queue.PendingCount);
            result.Requests = host.Requests;
            return result;
        }

        private static QueueItem? FindById(Journal journal, string id)
        {
            string[] parts = id.Split('/');
            return journal.State.FindItem(parts[0], int.Parse(parts[1]), int.Parse(parts[2]));
        }
    }
}
