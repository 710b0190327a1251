using System.Diagnostics;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using Pos.Hal.Emulated;

namespace Pos.Bench.Storage
{
    /// <summary>
    /// The journal's "numbers to hold" (SPEC): flash bytes written per queued transaction against the record size,
    /// recovery time of a full queue, retained memory of the journal with a full queue.
    /// Run: dotnet run -c Release --project tools/Pos.Bench -- storage
    /// </summary>
    public static class StorageFigures
    {
        private const string Tid = "12345678";
        private const int PayloadBytes = 200;

        public static int Run(string[] args)
        {
            WriteAmplification();
            Recovery();
            RetainedMemory();
            return 0;
        }

        /// <summary>Size of one queue item record (QueueItemAdd: id, state, time stamps, reason, code) carrying a 200-byte
        /// payload, an 8-character TID and no code.</summary>
        public static int QueueRecordSize() => RecordFormat.Overhead + 4 + 1 + 1 + 2 + 4 + 4 + 8 + 4 + 8 + 8 + 1 + 1 + 1 + Tid.Length + PayloadBytes;

        private static void WriteAmplification()
        {
            int record = QueueRecordSize();
            Console.WriteLine($"queue record size (200-byte payload): {record} B");
            var clock = new SimulatedClock(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));

            // Steady flow, what the forwarder writes: each transaction takes a STAN (a reservation record every 16), is
            // queued and delivered (a 00 writes no attempt record: only definite answers that leave it pending count).
            // Then the same with one counted attempt each (an approval whose MAC failed, then the verified 94).
            foreach (bool counted in new[] { false, true })
            {
                var storage = new SimulatedStorage(256 * 1024);
                var journal = new Journal(storage, new JournalOptions(), clock);
                journal.Open();
                byte[] payload = new byte[PayloadBytes];
                long start = storage.BytesAppended;
                long queueBytes = 0;
                const int n = 2000;
                for (int i = 0; i < n; i++)
                {
                    int stan = journal.ReserveStan();
                    long before = storage.BytesAppended;
                    QueueItem item = journal.Enqueue(QueueItemKind.Advice, Tid, journal.State.BatchNumber, stan, i, payload, 0, payload.Length);
                    if (counted)
                    {
                        journal.RecordAttempt(item);
                    }

                    journal.MarkDelivered(item);
                    queueBytes += storage.BytesAppended - before;
                }

                double perTxn = (double)(storage.BytesAppended - start) / n;
                double perQueue = (double)queueBytes / n;
                Console.WriteLine($"steady flow{(counted ? " with 1 counted attempt" : string.Empty)}, {n} txns: {perTxn:F1} B/txn written incl. the STAN reservation " +
                                  $"({perTxn / record:F2}x record); queue records alone {perQueue:F1} B ({perQueue / record:F2}x); compactions {journal.Compactions}");
            }

            // What the old layout wrote for the same flow, for comparison: a counters record per STAN (26 B) and an
            // attempt record before every send (20 B) around a 36-byte-smaller item record.
            Console.WriteLine("  (before: 26 B counters per STAN + 247 B item + 20 B attempt + 19 B delivered = 312 B)");

            // Offline bursts: fill the queue to 100 (an hour offline: one clock checkpoint while they wait), then drain
            // it; compaction rewrites whatever is live.
            {
                var storage = new SimulatedStorage(256 * 1024);
                var journal = new Journal(storage, new JournalOptions(), clock);
                journal.Open();
                byte[] payload = new byte[PayloadBytes];
                long start = storage.BytesAppended;
                int txns = 0;
                for (int round = 0; round < 20; round++)
                {
                    for (int i = 0; i < 100; i++)
                    {
                        int stan = journal.ReserveStan();
                        journal.Enqueue(QueueItemKind.Advice, Tid, journal.State.BatchNumber, stan, i, payload, 0, payload.Length);
                        txns++;
                    }

                    clock.Advance(3600L * 1000);
                    journal.Checkpoint();
                    for (int i = 0; i < journal.State.QueueCount; i++)
                    {
                        QueueItem item = journal.State.QueueItemAt(i);
                        if (item.State == QueueItemState.Pending)
                        {
                            journal.MarkDelivered(item);
                        }
                    }
                }

                double burst = (double)(storage.BytesAppended - start) / txns;
                Console.WriteLine($"offline bursts (20 x fill 100, drain): {burst:F1} B/txn ({burst / record:F2}x record), compactions {journal.Compactions}");
            }

            // While items wait, the journal records its clock at most once an hour: 26 B (not per transaction).
            {
                var storage = new SimulatedStorage(256 * 1024);
                var journal = new Journal(storage, new JournalOptions(), clock);
                journal.Open();
                journal.Enqueue(QueueItemKind.Advice, Tid, 1, journal.ReserveStan(), 0, new byte[PayloadBytes], 0, PayloadBytes);
                long before = storage.BytesAppended;
                int written = 0;
                for (int minute = 0; minute < 24 * 60; minute++)
                {
                    clock.Advance(60_000);
                    written += journal.Checkpoint() ? 1 : 0;
                }

                Console.WriteLine($"clock checkpoints while an item waits 24 h: {written} records, {storage.BytesAppended - before} B");
            }
        }

        /// <summary>A journal holding a full queue (100 pending items) after some history.</summary>
        public static void FillQueue(IStorage storage)
        {
            var journal = new Journal(storage);
            journal.Open();
            byte[] payload = new byte[PayloadBytes];
            new Pos.Core.Common.SeededRandom(1).NextBytes(payload);
            for (int i = 0; i < 100; i++)
            {
                int stan = journal.ReserveStan();
                QueueItem item = journal.Enqueue(QueueItemKind.Advice, Tid, 1, stan, i, payload, 0, payload.Length);
                journal.RecordAttempt(item); // one counted attempt each (the worst usual case)
            }

            journal.SetReversal(101, 1, "98", 0, payload, 0, 120);
            journal.SetSetting("locale", "zh-CN");
        }

        private static void Recovery()
        {
            var storage = new SimulatedStorage(256 * 1024);
            FillQueue(storage);
            Console.WriteLine($"full queue journal: {storage.Length("journal.1")} B");
            Time("recovery of a full queue, in-memory fake", () => new Journal(storage).Open());

            string dir = Path.Combine(Path.GetTempPath(), "pos-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var files = new FileStorage(dir);
                FillQueue(files);
                Time("recovery of a full queue, files (page cache warm)", () => new Journal(files).Open());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private static void Time(string what, Action open)
        {
            for (int i = 0; i < 20; i++)
            {
                open();
            }

            const int runs = 200;
            var times = new double[runs];
            for (int i = 0; i < runs; i++)
            {
                var one = Stopwatch.StartNew();
                open();
                times[i] = one.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine($"{what}: median {times[runs / 2]:F3} ms, p99 {times[runs * 99 / 100]:F3} ms, max {times[runs - 1]:F3} ms ({runs} runs)");
        }

        private static void RetainedMemory()
        {
            var storage = new SimulatedStorage(256 * 1024);
            FillQueue(storage);
            new Journal(storage).Open(); // warm up statics (CRC table, encodings)
            long before = GC.GetTotalMemory(true);
            var journal = new Journal(storage);
            journal.Open();
            long after = GC.GetTotalMemory(true);
            GC.KeepAlive(journal);
            Console.WriteLine($"retained by journal + state with a full queue (100 x 200 B items, reversal): {after - before} B " +
                              $"(payloads stay in the file; {journal.State.UndeliveredCount} items)");
        }
    }
}
