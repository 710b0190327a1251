using System.Diagnostics;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Bench.Offline
{
    /// <summary>
    /// Store-and-forward figures (SPEC "queue drain of 100 items"): drain of 100 queued advices through the real
    /// forwarder, journal (in-memory fake volume), CUPS ECB MAC (3DES test MAK) and an in-process host that answers
    /// at once. Reports wall time per drain and bytes allocated per forwarded item on the terminal side plus the host.
    /// Run: dotnet run -c Release --project tools/Pos.Bench -- forward [--rounds 30]
    /// </summary>
    public static class ForwardFigures
    {
        public const string Name = "forward";
        public const string Help = "store-and-forward: drain 100 queued advices against an in-process host (wall time, bytes/item)";

        private const int Items = 100;
        private const string TestMak = "0123456789ABCDEFFEDCBA9876543210";

        public static int Run(string[] args)
        {
            int rounds = args.Length >= 2 && args[0] == "--rounds" ? int.Parse(args[1]) : 30;
            var times = new List<double>();
            var bytes = new List<double>();
            for (int round = 0; round < rounds + 3; round++)
            {
                var (ms, perItem) = DrainOnce();
                if (round >= 3)
                {
                    times.Add(ms);
                    bytes.Add(perItem);
                }
            }

            times.Sort();
            bytes.Sort();
            Console.WriteLine($"drain of {Items} advices, {rounds} rounds: median {times[times.Count / 2]:F2} ms, min {times[0]:F2} ms, max {times[^1]:F2} ms");
            Console.WriteLine($"allocated per forwarded item (terminal + in-process host): median {bytes[bytes.Count / 2]:F0} B");
            return 0;
        }

        private static (double Ms, double BytesPerItem) DrainOnce()
        {
            var clock = new SimulatedClock(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));
            var storage = new SimulatedStorage(256 * 1024);
            var journal = new Journal(storage);
            journal.Open();
            var events = new EventQueue(64);
            var timers = new TimerService(clock, events, 8);
            var dispatcher = new Dispatcher(events, timers, 1000);
            var keys = new InMemoryKeyStore();
            byte[] mak = Hex.Decode(TestMak);
            keys.Load(KeySlot.Mak, mak, 0, mak.Length);
            var mac = new KeyStoreMacCalculator(keys, MacAlgorithm.CupsEcb);
            var host = new EchoHost(new KeyStoreMacCalculator(keys, MacAlgorithm.CupsEcb));
            var audit = new Pos.Core.Audit.AuditTrail(storage);
            audit.Open(0, false);
            var queue = new OfflineQueue(journal, audit, "12345678", events);
            var forwarder = new Forwarder(new ForwarderSettings(), queue, host, new RequestBuilder(new TerminalSettings("12345678", "123456789012345")),
                new IsoPackager(), mac, timers, events, clock);
            _ = new ExchangeForwarder(host, events);
            forwarder.SubscribeTo(dispatcher);
            bool done = false;
            dispatcher.Subscribe(Signal.ForwardingDone, new DoneFlag(() => done = true));
            for (int i = 0; i < Items; i++)
            {
                var sale = new FinancialRequest
                {
                    Type = TransactionType.Purchase, AmountFen = 1000 + i, EntryMode = "072", Pan = "6225881234567890",
                    ExpiryYymm = "2812", CardSequenceNumber = "001", LocalTime = "080000", LocalDate = "0301", OriginalAuthCode = "OFF001",
                    IccData = new byte[40],
                };
                queue.EnqueueAdvice(sale, clock.UtcNow.Ticks);
            }

            while (dispatcher.Step() > 0)
            {
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            forwarder.Start(true);
            while (dispatcher.Step() > 0)
            {
            }

            watch.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (!done || host.Requests != Items || queue.PendingCount != 0)
            {
                throw new InvalidOperationException("the drain did not complete");
            }

            return (watch.Elapsed.TotalMilliseconds, (double)allocated / Items);
        }

        private sealed class DoneFlag : IEventHandler
        {
            private readonly Action _onDone;

            public DoneFlag(Action onDone) => _onDone = onDone;

            public void Handle(Event e) => _onDone();
        }
    }
}
