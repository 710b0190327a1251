using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Fuzzing;
using Pos.Core.Simulation;

namespace Pos.Tests.Host.Protocol
{
    /// <summary>
    /// The unpacker's fuzz contract in the normal test run: a fixed seed, the truncation sweep plus random mutants,
    /// 200,000 cases (about 5 s). The long run is "dotnet run -c Release --project tools/Pos.Bench -- fuzz-protocol".
    /// </summary>
    [TestClass]
    public class ProtocolFuzzTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        [Timeout(60_000, CooperativeCancellation = true)]
        public void Every_mutant_ends_in_a_message_or_a_protocol_exception()
        {
            FuzzReport report = ProtocolFuzzer.Run(seed: 20261122, cases: 200_000);
            TestContext.WriteLine(report.Summary());
            Assert.AreEqual(200_000L, report.Cases);
            Assert.AreEqual(0, report.Failures.Count, string.Join("\n", report.Failures));
            Assert.AreEqual(report.Cases, report.Parsed + report.Rejected);
            // No hang: each case is a bounded walk over its bytes (the slowest include JIT and GC pauses).
            Assert.IsTrue(report.SlowestCase < TimeSpan.FromSeconds(5), "slowest " + report.SlowestCase);
            // The mutants reach every reason the unpacker has, and some still parse.
            foreach (string reason in new[] { "truncated", "length over max", "bad BCD nibble", "unknown field", "secondary bitmap",
                "bad format", "trailing bytes", "bad TPDU", "bad header" })
            {
                Assert.IsTrue(report.ByReason.GetValueOrDefault(reason) > 0, reason);
            }

            Assert.IsTrue(report.Parsed > 1000, "parsed " + report.Parsed);
            Assert.IsTrue(report.ReaderRejected > 0);
        }

        [TestMethod]
        public void Corpus_frames_parse_and_repack_to_the_same_bytes()
        {
            var packager = new IsoPackager();
            var mac = new XorFoldMac();
            var message = new IsoMessage();
            var buffer = new byte[4096];
            var readers = new Readers();
            CorpusEntry[] corpus = ProtocolCorpus.Build();
            Assert.IsTrue(corpus.Length >= 25, "corpus " + corpus.Length);
            foreach (CorpusEntry entry in corpus)
            {
                packager.Unpack(entry.Frame, 0, entry.Frame.Length, message, mac);
                Assert.IsTrue(message.MacState is MacState.Valid or MacState.Absent, entry.Name);
                message.MacRequested = false;
                int length = packager.Pack(message, mac, buffer, 0);
                CollectionAssert.AreEqual(entry.Frame, buffer.AsSpan(0, length).ToArray(), entry.Name);
                if (entry.Request != null)
                {
                    Assert.IsTrue(readers.TryRead(entry.Request, message), entry.Name);
                }
            }
        }

        [TestMethod]
        public void Same_seed_same_run()
        {
            FuzzReport a = ProtocolFuzzer.Run(seed: 7, cases: 5_000);
            FuzzReport b = ProtocolFuzzer.Run(seed: 7, cases: 5_000);
            Assert.AreEqual(a.Parsed, b.Parsed);
            Assert.AreEqual(a.ReaderRejected, b.ReaderRejected);
            CollectionAssert.AreEquivalent(a.ByReason.ToList(), b.ByReason.ToList());
        }
    }
}
