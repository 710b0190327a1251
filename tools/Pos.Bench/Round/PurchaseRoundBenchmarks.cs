using BenchmarkDotNet.Attributes;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Bench.Round
{
    /// <summary>
    /// The whole purchase round of SPEC "Numbers to hold", with the real parts: reserve the STAN and persist the
    /// pending reversal in the journal, PIN block under the PIK, build + CUPS ECB MAC + pack the 0200, unpack the
    /// 0210 + verify its MAC + read it, clear the reversal. The journal runs on the in-memory flash fake.
    /// </summary>
    [MemoryDiagnoser]
    public class PurchaseRoundBenchmarks
    {
        // TEST KEYS ONLY.
        private static readonly byte[] TestPik = Hex.Decode("1111111111111111 2222222222222222");
        private static readonly byte[] TestMak = Hex.Decode("3333333333333333 4444444444444444");

        private readonly RequestBuilder _builder = new(new TerminalSettings("12345678", "123456789012345"));
        private readonly IsoPackager _packager = new();
        private readonly IsoMessage _request = new();
        private readonly IsoMessage _reply = new();
        private readonly FinancialReply _reader = new();
        private readonly byte[] _frame = new byte[512];
        private readonly byte[] _pin = new byte[4];
        private readonly byte[] _pinBlock = new byte[8];
        private readonly FinancialRequest _purchase = new()
        {
            Type = TransactionType.Purchase,
            AmountFen = 12345,
            Batch = 1,
            EntryMode = "021",
            Track2 = "6225881234567890=2512101",
        };

        private InMemoryKeyStore _keys = null!;
        private KeyStoreMacCalculator _mac = null!;
        private Journal _journal = null!;
        private byte[] _replyFrame = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            _keys = new InMemoryKeyStore();
            _keys.Load(KeySlot.Pik, TestPik, 0, TestPik.Length);
            _keys.Load(KeySlot.Mak, TestMak, 0, TestMak.Length);
            _mac = new KeyStoreMacCalculator(_keys, MacAlgorithm.CupsEcb);
            _journal = new Journal(new SimulatedStorage(4 * 1024 * 1024));
            _journal.Open();
            _purchase.PinBlock = _pinBlock;

            _purchase.Stan = 1;
            _builder.Financial(_request, _purchase);
            var reply = new IsoMessage { Mti = 210 };
            reply.Tpdu.SwapFrom(_request.Tpdu);
            foreach (int field in new[] { 3, 4, 11, 25, 41, 42, 49, 60 })
            {
                reply.Set(field, _request.GetString(field));
            }

            reply.Set(37, "000000123456");
            reply.Set(38, "AB1234");
            reply.Set(39, "00");
            reply.MacRequested = true;
            int length = _packager.Pack(reply, _mac, _frame, 0);
            _replyFrame = _frame.AsSpan(0, length).ToArray();
        }

        /// <summary>One purchase round; the reply is a fixed approval for STAN 1, so its STAN check is skipped by reading against a request rebuilt with STAN 1.</summary>
        [Benchmark]
        public bool PurchaseRound()
        {
            if (_journal.State.CurrentStan >= 999_000)
            {
                // A batch has 999,999 STANs; a benchmark runs millions of rounds, so settle now and then.
                _journal.OpenNextBatch();
            }

            int stan = _journal.ReserveStan();
            _pin[0] = (byte)'1';
            _pin[1] = (byte)'2';
            _pin[2] = (byte)'3';
            _pin[3] = (byte)'4';
            PinBlock.Encrypt(_keys.Get(KeySlot.Pik), _pin, 0, 4, "6225881234567890", _pinBlock, 0);
            _purchase.Stan = stan;
            _builder.Financial(_request, _purchase);
            int length = _packager.Pack(_request, _mac, _frame, 0);
            _journal.SetReversal(stan, 1, "98", 0, _frame, 0, length);

            _packager.Unpack(_replyFrame, 0, _replyFrame.Length, _reply, _mac);
            _purchase.Stan = 1;
            _builder.Financial(_request, _purchase);
            _reader.Read(_request, _reply);
            _journal.ClearReversal();
            return _reader.Approved && !_reader.MacFailed;
        }
    }
}
