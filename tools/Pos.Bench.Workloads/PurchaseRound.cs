using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// The whole purchase round of SPEC "Numbers to hold", with the real parts: reserve the STAN and persist the
    /// pending reversal in the journal, PIN block under the PIK, build + CUPS ECB MAC + pack the 0200, unpack the
    /// 0210 + verify its MAC + read it, clear the reversal. The journal runs on the in-memory flash fake.
    /// Subset code: BenchmarkDotNet times <see cref="Run"/> on .NET (tools/Pos.Bench, Round/PurchaseRoundBenchmarks)
    /// and the device bench (tools/Pos.Bench.Device) times the very same code on nanoCLR.
    /// </summary>
    public sealed class PurchaseRound
    {
        // TEST KEYS ONLY. Decoded in Setup, not in a static initializer: nanoCLR runs every type initializer at
        // start-up in no particular order, so one must not call into another type.
        private const string TestPikHex = "1111111111111111 2222222222222222";
        private const string TestMakHex = "3333333333333333 4444444444444444";

        private readonly RequestBuilder _builder = new RequestBuilder(new TerminalSettings("12345678", "123456789012345"));
        private readonly IsoPackager _packager = new IsoPackager();
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly FinancialReply _reader = new FinancialReply();
        private readonly byte[] _frame = new byte[512];
        private readonly byte[] _pin = new byte[4];
        private readonly byte[] _pinBlock = new byte[8];
        private readonly FinancialRequest _purchase = new FinancialRequest();
        private InMemoryKeyStore _keys;
        private KeyStoreMacCalculator _mac;
        private Journal _journal;
        private byte[] _replyFrame;

        /// <summary>Loads the test keys, opens the journal and builds the fixed 0210 approval that every round unpacks.</summary>
        public void Setup()
        {
            byte[] pik = Hex.Decode(TestPikHex);
            byte[] mak = Hex.Decode(TestMakHex);
            _keys = new InMemoryKeyStore();
            _keys.Load(KeySlot.Pik, pik, 0, pik.Length);
            _keys.Load(KeySlot.Mak, mak, 0, mak.Length);
            _mac = new KeyStoreMacCalculator(_keys, MacAlgorithm.CupsEcb);
            _journal = new Journal(new SimulatedStorage(4 * 1024 * 1024));
            _journal.Open();
            _purchase.Type = TransactionType.Purchase;
            _purchase.AmountFen = 12345;
            _purchase.Batch = 1;
            _purchase.EntryMode = "021";
            _purchase.Track2 = "6225881234567890=2512101";
            _purchase.PinBlock = _pinBlock;

            _purchase.Stan = 1;
            _builder.Financial(_request, _purchase);
            IsoMessage reply = new IsoMessage();
            reply.Mti = 210;
            reply.Tpdu.SwapFrom(_request.Tpdu);
            int[] echoed = new int[] { 3, 4, 11, 25, 41, 42, 49, 60 };
            for (int i = 0; i < echoed.Length; i++)
            {
                reply.Set(echoed[i], _request.GetString(echoed[i]));
            }

            reply.Set(37, "000000123456");
            reply.Set(38, "AB1234");
            reply.Set(39, "00");
            reply.MacRequested = true;
            int length = _packager.Pack(reply, _mac, _frame, 0);
            _replyFrame = new byte[length];
            System.Array.Copy(_frame, 0, _replyFrame, 0, length);
        }

        /// <summary>
        /// One purchase round; true when the reply was read as an approval with a good MAC. The reply is a fixed
        /// approval for STAN 1, so it is read against a request rebuilt with STAN 1.
        /// </summary>
        public bool Run()
        {
            if (_journal.State.CurrentStan >= 999000)
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
