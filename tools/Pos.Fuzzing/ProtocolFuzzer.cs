using System.Diagnostics;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using Pos.Hal.Net;

namespace Pos.Fuzzing
{
    /// <summary>
    /// The fuzz contract of the unpacker (reference/anchors.md A5): every input ends in a parsed message or one
    /// <see cref="ProtocolException"/> with a field in -1..64 and an offset inside the input; never another exception,
    /// never a hang; allocation bounded by the input size; a parsed message repacks to a stable canonical form; the
    /// typed reply readers raise nothing but ProtocolException either.
    /// </summary>
    public static class ProtocolFuzzer
    {
        /// <summary>Allocation allowed per unpack: this many bytes per input byte ...</summary>
        public const int AllocationPerInputByte = 64;

        /// <summary>... plus this (the exception and its message).</summary>
        public const int AllocationSlack = 4096;

        /// <summary>
        /// Runs the truncation sweep (every corpus frame cut at every length, with the frame length as sent and as
        /// fixed up), then random mutants until <paramref name="cases"/> cases in all.
        /// </summary>
        public static FuzzReport Run(long seed, long cases, int maxFailures = 20)
        {
            CorpusEntry[] corpus = ProtocolCorpus.Build();
            var report = new FuzzReport();
            var packager = new IsoPackager();
            var mac = new XorFoldMac();
            var message = new IsoMessage();
            var repacked = new IsoMessage();
            var input = new byte[ProtocolMutator.MaxLength];
            var scratch = new byte[ProtocolMutator.MaxLength * 2];
            var scratch2 = new byte[ProtocolMutator.MaxLength * 2];
            var readers = new Readers();
            var mutator = new ProtocolMutator(new SeededRandom(seed));
            var total = Stopwatch.StartNew();

            foreach (CorpusEntry entry in corpus)
            {
                for (int cut = 0; cut <= entry.Frame.Length && report.Cases < cases; cut++)
                {
                    for (int fix = 0; fix < 2; fix++)
                    {
                        Array.Copy(entry.Frame, input, cut);
                        if (fix == 1 && cut >= FramePrefix.Size)
                        {
                            FramePrefix.Write(cut - FramePrefix.Size, input, 0);
                        }

                        One(report, "truncation sweep", entry, input, cut, packager, mac, message, repacked, scratch, scratch2, readers, maxFailures);
                    }
                }
            }

            while (report.Cases < cases)
            {
                int length = mutator.Mutate(corpus, input);
                One(report, ProtocolMutator.KindNames[mutator.LastKind], mutator.LastEntry, input, length, packager, mac, message, repacked, scratch, scratch2, readers, maxFailures);
            }

            report.Elapsed = total.Elapsed;
            return report;
        }

        private static void One(FuzzReport report, string kind, CorpusEntry? entry, byte[] input, int length, IsoPackager packager,
            XorFoldMac mac, IsoMessage message, IsoMessage repacked, byte[] scratch, byte[] scratch2, Readers readers, int maxFailures)
        {
            report.Cases++;
            report.ByMutation[kind] = report.ByMutation.GetValueOrDefault(kind) + 1;
            long started = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ProtocolException? error = packager.TryUnpack(input, 0, length, message, mac);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                long over = allocated - ((long)AllocationPerInputByte * length);
                report.WorstAllocationOverBound = Math.Max(report.WorstAllocationOverBound, over);
                if (over > AllocationSlack)
                {
                    Fail(report, maxFailures, kind, input, length, $"allocated {allocated} bytes for {length} input bytes");
                }

                if (error != null)
                {
                    report.Rejected++;
                    string reason = ProtocolErrorReasons.Name(error.Reason);
                    report.ByReason[reason] = report.ByReason.GetValueOrDefault(reason) + 1;
                    if (error.Field < -1 || error.Field > IsoMessage.MaxField || error.Offset < 0 || error.Offset > length)
                    {
                        Fail(report, maxFailures, kind, input, length, $"error outside the input: {error.Message}");
                    }
                }
                else
                {
                    report.Parsed++;
                    CheckRoundTrip(report, kind, input, length, packager, mac, message, repacked, scratch, scratch2, maxFailures);
                    if (entry?.Request != null && !readers.TryRead(entry.Request, message))
                    {
                        report.ReaderRejected++;
                    }
                }
            }
            catch (Exception unexpected)
            {
                Fail(report, maxFailures, kind, input, length, unexpected.GetType().Name + ": " + unexpected.Message + " " + unexpected.StackTrace);
            }

            TimeSpan spent = Stopwatch.GetElapsedTime(started);
            if (spent > report.SlowestCase)
            {
                report.SlowestCase = spent;
            }
        }

        // pack(unpack(x)) must unpack again and repack to the same bytes: a stable canonical form.
        private static void CheckRoundTrip(FuzzReport report, string kind, byte[] input, int length, IsoPackager packager, XorFoldMac mac,
            IsoMessage message, IsoMessage repacked, byte[] scratch, byte[] scratch2, int maxFailures)
        {
            message.MacRequested = false;
            int first = packager.Pack(message, mac, scratch, 0);
            packager.Unpack(scratch, 0, first, repacked, mac);
            repacked.MacRequested = false;
            int second = packager.Pack(repacked, mac, scratch2, 0);
            if (!scratch.AsSpan(0, first).SequenceEqual(scratch2.AsSpan(0, second)))
            {
                Fail(report, maxFailures, kind, input, length, "round trip is not stable");
            }
        }

        private static void Fail(FuzzReport report, int maxFailures, string kind, byte[] input, int length, string what)
        {
            if (report.Failures.Count < maxFailures)
            {
                report.Failures.Add($"[{kind}] {what} input {Convert.ToHexString(input, 0, length)}");
            }
        }
    }
}
