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

        /// <summary>Size of one QueueAdd record carrying a 200-byte payload and an 8-character TID.</summary>
        public static int QueueRecordSize() => RecordFormat.Overhead + 4 + 1 + 1 + 2 + 4 + 4 + 8 + 1 + Tid.Length + PayloadBytes;

        private static void WriteAmplification()
        {
            int record = QueueRecordSize();
            Console.WriteLine($"queue record size (200-byte payload): {record} B");

            // Steady online-ish flow: each transaction reserves a STAN, is queued, tried once and delivered.
            var storage = new SimulatedStorage(256 * 1024);
            var journal = new Journal(storage);
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
                journal.RecordAttempt(item);
                journal.MarkDelivered(item);
                queueBytes += storage.BytesAppended - before;
            }

            double perTxn = (double)(storage.BytesAppended - start) / n;
            double perQueue = (double)queueBytes / n;
            Console.WriteLine($"steady flow, {n} txns: {perTxn:F1} B/txn written incl. STAN record ({perTxn / record:F2}x record); " +
                              $"queue records alone {perQueue:F1} B ({perQueue / record:F2}x); compactions {journal.Compactions}");

            // Offline bursts: fill the queue to 100, then drain it; compaction rewrites whatever is live.
            storage = new SimulatedStorage(256 * 1024);
            journal = new Journal(storage);
            journal.Open();
            start = storage.BytesAppended;
            int txns = 0;
            for (int round = 0; round < 20; round++)
            {
                for (int i = 0; i < 100; i++)
                {
                    int stan = journal.ReserveStan();
                    journal.Enqueue(QueueItemKind.Advice, Tid, journal.State.BatchNumber, stan, i, payload, 0, payload.Length);
                    txns++;
                }

                for (int i = 0; i < journal.State.QueueCount; i++)
                {
                    QueueItem item = journal.State.QueueItemAt(i);
                    if (item.State == QueueItemState.Pending)
                    {
                        journal.RecordAttempt(item);
                        journal.MarkDelivered(item);
                    }
                }
            }

            double burst = (double)(storage.BytesAppended - start) / txns;
            Console.WriteLine($"offline bursts (20 x fill 100, drain): {burst:F1} B/txn ({burst / record:F2}x record), compactions {journal.Compactions}");
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
                journal.RecordAttempt(item);
            }

            journal.SetReversal(101, 1, "98", 0, payload, 0, 120);
            journal.SetSetting("locale", "zh-CN");
            for (int i = 0; i < 16; i++)
            {
                journal.AppendAudit(i, "technician entry " + i.ToString());
            }
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
            Console.WriteLine($"retained by journal + state with a full queue (100 x 200 B items, reversal, 16 audit entries): {after - before} B " +
                              $"(payloads stay in the file; {journal.State.UndeliveredCount} items)");
        }
    }
}
