using System;
using Pos.Bench.Workloads;

namespace Pos.Bench.Device
{
    /// <summary>
    /// The device bench: runs the workloads of tools/Pos.Bench.Workloads on nanoFramework and prints one
    /// machine-readable line per figure ("bench heap.boot 10123456"), then "bench done", and returns (nanoCLR exits
    /// when Main returns). Free heap is what <c>GC.Run(false)</c> returns after a full collection (compaction does not
    /// change the free total, and the Linux nanoCLR crashes on it). Time is <c>DateTime.UtcNow</c> ticks: mscorlib
    /// 1.x has no Stopwatch and no Environment.TickCount. Run by "dotnet run -c Release --project tools/Pos.Bench --
    /// device", which builds this project with the nanoFramework kit, runs it on nanoCLR and prints the table.
    /// </summary>
    public static class Program
    {
        // Rounds are timed in batches for at least RoundTicks, after WarmUpRounds untimed ones.
        private const long RoundTicks = 2 * TimeSpan.TicksPerSecond;
        private const int BatchRounds = 10;
        private const int WarmUpRounds = 3;

        // Audit trail entries appended by the bench: the default ring (9 segments of 250) rotates twice.
        private const int AuditEntries = 2750;

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception e)
            {
                Console.WriteLine("bench error exception " + e.GetType().FullName + ": " + e.Message);
                Console.WriteLine("bench trace " + e.StackTrace);
            }
        }

        private static void Run()
        {
            // The first console write allocates what the console keeps; do it before the first measurement.
            Console.WriteLine("bench begin");
            Report("heap.start", Free());

            // The CUPS field table, which every packager shares, built by the first one: counted with the app's data.
            if (new Pos.Core.Protocol.IsoPackager().Codec(2) == null)
            {
                Failed("fields", "no field 2");
                return;
            }

            Report("heap.fields", Free());

            HeapWorkload work = new HeapWorkload();
            work.CreateWorld();
            Report("heap.world", Free());

            long start = Ticks();
            if (Failed("boot", work.Boot()))
            {
                return;
            }

            long bootTicks = Ticks() - start;
            Report("heap.boot", Free());

            if (Failed("purchase", work.RunPurchases(1)))
            {
                return;
            }

            Report("heap.after1", Free());
            if (Failed("purchases", work.RunPurchases(HeapWorkload.FillingPurchases - 1)))
            {
                return;
            }

            Report("heap.filled", Free());
            start = Ticks();
            if (Failed("purchases", work.RunPurchases(HeapWorkload.PurchaseCount - HeapWorkload.FillingPurchases)))
            {
                return;
            }

            long purchaseTicks = Ticks() - start;
            Report("heap.after100", Free());

            start = Ticks();
            if (Failed("offline", work.FillOfflineQueue()))
            {
                return;
            }

            long offlineTicks = Ticks() - start;
            Report("heap.fullqueue", Free());
            Report("purchases.approved", work.Approved);
            Report("offline.queued", work.Queued);
            Report("offline.max", work.OfflineMaxCount);
            Report("flash.longest", work.Flash.LongestFile);
            Report("flash.capacity", work.Flash.FileCapacity);
            Report("boot.us", bootTicks / 10);
            Report("purchase.us", purchaseTicks / 10 / (HeapWorkload.PurchaseCount - HeapWorkload.FillingPurchases));
            Report("offline.us", work.Queued == 0 ? 0 : offlineTicks / 10 / work.Queued);
            BenchTransactionLog(work.Terminal.Machine.Log);

            PurchaseRound round = new PurchaseRound();
            round.Setup();
            for (int i = 0; i < WarmUpRounds; i++)
            {
                if (!round.Run())
                {
                    Failed("round", "not approved");
                    return;
                }
            }

            // Batches of BatchRounds for at least RoundTicks; the fastest batch is the figure (least disturbed by
            // whatever else runs on the machine), the mean is printed beside it.
            int rounds = 0;
            long best = long.MaxValue;
            long total = 0;
            do
            {
                start = Ticks();
                for (int i = 0; i < BatchRounds; i++)
                {
                    if (!round.Run())
                    {
                        Failed("round", "not approved");
                        return;
                    }
                }

                long batch = Ticks() - start;
                best = batch < best ? batch : best;
                total += batch;
                rounds += BatchRounds;
            }
            while (total < RoundTicks);

            Report("round.count", rounds);
            Report("round.ns", best * 100 / BatchRounds);
            Report("round.us", best / 10 / BatchRounds);
            Report("round.mean.ns", total * 100 / rounds);

            RenderWorkload render = new RenderWorkload();
            if (Failed("render", render.Check()))
            {
                return;
            }

            Report("render.full.ns", TimeRender(render, 0));
            Report("render.digit.ns", TimeRender(render, 1));
            Report("render.amount.ns", TimeRender(render, 2));
            Report("cardseal.us", TimeCardSeal());
            Report("keystore.open.us", TimeKeyStoreOpen());
            BenchAuditTrail();
            BenchSlip();
            Console.WriteLine("bench done");
        }

        // The batch's transaction log after the workload's purchases (entries in the journal's flash, found through its
        // index): one look-up with the sealed card opened (a reprint, a void), one without (the records look-up), and
        // the settlement's scans of every entry (the report's, without cards; the totals), fastest of a few, us.
        private static void BenchTransactionLog(Pos.Core.Transactions.TransactionLog log)
        {
            int[] stans = log.Stans();
            int stan = stans[stans.Length / 2];
            Report("log.entries", stans.Length);
            long card = long.MaxValue;
            long plain = long.MaxValue;
            long all = long.MaxValue;
            long totals = long.MaxValue;
            for (int round = 0; round < 3; round++)
            {
                long start = Ticks();
                for (int i = 0; i < BatchRounds; i++)
                {
                    log.Find(stan, true);
                }

                long found = Ticks();
                for (int i = 0; i < BatchRounds; i++)
                {
                    log.Find(stan, false);
                }

                long plainDone = Ticks();
                log.All(false);
                long allDone = Ticks();
                log.Totals();
                long totalled = Ticks();
                card = found - start < card ? found - start : card;
                plain = plainDone - found < plain ? plainDone - found : plain;
                all = allDone - plainDone < all ? allDone - plainDone : all;
                totals = totalled - allDone < totals ? totalled - allDone : totals;
            }

            BenchSettlementHeap(log);
            Report("log.find.us", card / 10 / BatchRounds);
            Report("log.find.plain.us", plain / 10 / BatchRounds);
            Report("log.all.us", all / 10);
            Report("log.totals.us", totals / 10);
        }

        // What the settlement's passes over the batch hold in the heap at once, bytes: the report's count and the
        // upload as they read the log now (the summary counted entry by entry; the upload's STANs, each message's
        // records read when it is built), next to the way they read it before (every entry at once for the report;
        // every record, its card number in clear, for the whole upload).
        private static void BenchSettlementHeap(Pos.Core.Transactions.TransactionLog log)
        {
            long before = Free();
            Pos.Core.Transactions.LoggedTransaction[] all = log.All(false);
            Report("log.held.all", before - Free());
            Report("log.all", all.Length);
            all = null;
            before = Free();
            int[] upload = log.UploadStans();
            long stansHeld = before - Free();
            Pos.Core.Protocol.Messages.BatchRecord[] records = log.UploadRecords(upload, 0, upload.Length);
            Report("log.held.records", before - Free() - stansHeld);
            Report("log.held.stans", stansHeld);
            Report("log.uploaded", records == null ? -1 : records.Length);
            records = null;
            upload = null;
            before = Free();
            Pos.Core.Transactions.SettlementSummary summary = Pos.Core.Transactions.SettlementSummary.Of(
                new Pos.Core.Protocol.Messages.SettlementTotals(), new Pos.Core.Protocol.Messages.SettlementReply(), 1, 0, null, false);
            log.CountInto(summary);
            Report("log.held.summary", before - Free());
            Report("log.counted", summary.CountOf(Pos.Core.Transactions.SettlementKind.Sale));
        }

        // The fastest of batches of BatchRounds operations, for at least RoundTicks in all, in ns per operation:
        // 0 a full APPROVED frame, 1 a one-digit change drawn by the renderer, 2 the same through the presenter.
        private static long TimeRender(RenderWorkload render, int kind)
        {
            for (int i = 0; i < WarmUpRounds; i++)
            {
                RenderOnce(render, kind);
            }

            long best = long.MaxValue;
            long total = 0;
            do
            {
                long start = Ticks();
                for (int i = 0; i < BatchRounds; i++)
                {
                    RenderOnce(render, kind);
                }

                long batch = Ticks() - start;
                best = batch < best ? batch : best;
                total += batch;
            }
            while (total < RoundTicks / 2);

            return best * 100 / BatchRounds;
        }

        // Sealing and opening one offline advice's card block (PAN 19, track 2 37, track 3 104 digits with their tags:
        // 166 bytes, 23 blocks with the check block) under the TMK-derived data key, fastest batch, us per record.
        private static long TimeCardSeal()
        {
            Pos.Core.Security.InMemoryKeyStore keys = new Pos.Core.Security.InMemoryKeyStore();
            byte[] tmk = new byte[16];
            keys.Load(Pos.Core.Security.KeySlot.Tmk, tmk, 0, tmk.Length);
            Pos.Core.Security.CardDataCipher cipher = new Pos.Core.Security.CardDataCipher(new Pos.Core.Security.TmkDataKey(keys));
            byte[] clear = new byte[166];
            byte[] sealedBytes = new byte[Pos.Core.Security.CardDataCipher.SealedLength(clear.Length)];
            byte[] back = new byte[sealedBytes.Length];
            long best = long.MaxValue;
            long total = 0;
            do
            {
                long start = Ticks();
                for (int i = 0; i < BatchRounds; i++)
                {
                    cipher.Seal(clear, 0, clear.Length, i, 1, 1, sealedBytes, 0);
                    cipher.Open(sealedBytes, 0, sealedBytes.Length, i, 1, 1, back, 0);
                }

                long batch = Ticks() - start;
                best = batch < best ? batch : best;
                total += batch;
            }
            while (total < RoundTicks / 2);

            return best / 10 / BatchRounds;
        }

        // Opening the persistent key set at boot (TMK, PIK, MAK, TDK: the KEK derived by SHA-256, four MACs, four
        // unwraps and KCVs), on the simulated flash with a TEST board secret, fastest of a few opens, us per open.
        private static long TimeKeyStoreOpen()
        {
            Pos.Core.Simulation.SimulatedStorage flash = new Pos.Core.Simulation.SimulatedStorage(16 * 1024);
            Pos.Core.Simulation.FixedBoardSecret secret = new Pos.Core.Simulation.FixedBoardSecret(0x10);
            Pos.Core.Security.PersistentKeyStore store = new Pos.Core.Security.PersistentKeyStore(flash, secret, new Pos.Core.Common.SeededRandom(7), null);
            byte[] key = new byte[24];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(0x31 + i);
            }

            store.LoadMaster(key, 0, 16, Pos.Core.Security.KeyOrigin.Test);
            store.Load(Pos.Core.Security.KeySlot.Pik, key, 0, 16);
            store.Load(Pos.Core.Security.KeySlot.Mak, key, 0, 8);
            store.Load(Pos.Core.Security.KeySlot.Tdk, key, 0, 24);
            long best = long.MaxValue;
            for (int i = 0; i < 5; i++)
            {
                long start = Ticks();
                Pos.Core.Security.PersistentKeyStore opened = new Pos.Core.Security.PersistentKeyStore(flash, secret, new Pos.Core.Common.SeededRandom(7), null);
                long took = Ticks() - start;
                best = took < best ? took : best;
                if (!opened.Has(Pos.Core.Security.KeySlot.Tdk))
                {
                    return -1;
                }
            }

            return best / 10;
        }

        // The audit trail with the default ring on the simulated flash: the mean cost of one append (CRC, SHA-256 link,
        // one write and flush) over AuditEntries appends that rotate it, the fastest of three opens that verify every
        // kept entry, the entries and flash it keeps, and the heap an opened trail keeps (entries stay on the flash).
        // A sale's merchant copy (zh-CN, 58 mm) built, laid out and rastered row by row as the print queue does, fastest
        // of a few; and the heap the print queue keeps once it printed (the raster: its band, glyph cache, scale table).
        private static void BenchSlip()
        {
            long before = Free();
            Pos.Core.Receipts.SlipRaster raster = new Pos.Core.Receipts.SlipRaster(Pos.Core.Receipts.SlipPaper.Columns58);
            Pos.Core.Receipts.SlipLayout layout = new Pos.Core.Receipts.SlipLayout(
                Pos.Core.Simulation.SlipSamples.Build(0, Pos.Core.Localization.Locale.ZhCn), raster.Columns);
            Pos.Core.Simulation.SlipSamples.Crc(layout, raster);
            layout = null;
            Report("slip.heap", before - Free());
            long best = long.MaxValue;
            long bestLayout = 0;
            for (int i = 0; i < 3; i++)
            {
                long start = Ticks();
                layout = new Pos.Core.Receipts.SlipLayout(Pos.Core.Simulation.SlipSamples.Build(0, Pos.Core.Localization.Locale.ZhCn), raster.Columns);
                long laid = Ticks();
                Pos.Core.Simulation.SlipSamples.Crc(layout, raster);
                long done = Ticks();
                if (done - start < best)
                {
                    best = done - start;
                    bestLayout = laid - start;
                }
            }

            Report("slip.layout.us", bestLayout / 10);
            Report("slip.raster.us", (best - bestLayout) / 10);
            Report("slip.rows", Pos.Core.Receipts.SlipRaster.RowsOf(layout));
            Report("slip.us", best / 10);
        }

        private static void BenchAuditTrail()
        {
            string[] texts = new string[]
            {
                "ok", "wrong 1/5", "all P16 W0 F0 N1", "component 1 KCV 08D7B4FB confirmed",
                "saf: 12345678/1/123 advice exhausted attempts=0 declined 51", "technician menu exit",
            };
            Pos.Core.Simulation.SimulatedStorage flash = new Pos.Core.Simulation.SimulatedStorage(512 * 1024);
            Pos.Core.Audit.AuditTrail trail = new Pos.Core.Audit.AuditTrail(flash);
            trail.Open(0, false);
            long start = Ticks();
            for (int i = 0; i < AuditEntries; i++)
            {
                if (!trail.Append(i, i % 3 == 0 ? 98 : 99, (Pos.Core.Audit.AuditEvent)(1 + (i % 12)), texts[i % texts.Length]))
                {
                    Failed("audit", "append refused");
                    return;
                }
            }

            Report("audit.append.us", (Ticks() - start) / 10 / AuditEntries);
            long best = long.MaxValue;
            int entries = 0;
            for (int i = 0; i < 3; i++)
            {
                Pos.Core.Audit.AuditTrail opened = new Pos.Core.Audit.AuditTrail(flash);
                start = Ticks();
                Pos.Core.Audit.AuditStatus status = opened.Open(0, true);
                long took = Ticks() - start;
                best = took < best ? took : best;
                entries = opened.Count;
                if (status != Pos.Core.Audit.AuditStatus.Intact)
                {
                    Failed("audit", "chain not intact");
                    return;
                }
            }

            Report("audit.open.us", best / 10);
            Report("audit.entries", entries);
            Report("audit.bytes", trail.Bytes);
            trail = null;
            uint before = Free();
            Pos.Core.Audit.AuditTrail kept = new Pos.Core.Audit.AuditTrail(flash);
            kept.Open(0, true);
            uint after = Free();
            Report("audit.heap", kept.Count > 0 ? (long)before - after : -1);
        }

        private static void RenderOnce(RenderWorkload render, int kind)
        {
            if (kind == 0)
            {
                render.FullFrame();
            }
            else if (kind == 1)
            {
                render.DigitChange();
            }
            else
            {
                render.AmountUpdate();
            }
        }

        private static uint Free()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }

        private static long Ticks()
        {
            return DateTime.UtcNow.Ticks;
        }

        private static void Report(string name, long value)
        {
            Console.WriteLine("bench " + name + " " + value.ToString());
        }

        private static bool Failed(string step, string failure)
        {
            if (failure == null)
            {
                return false;
            }

            Console.WriteLine("bench error " + step + ": " + failure);
            return true;
        }
    }
}
