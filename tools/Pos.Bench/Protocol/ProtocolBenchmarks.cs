using BenchmarkDotNet.Attributes;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Fuzzing;
using Pos.Core.Simulation;

namespace Pos.Bench.Protocol
{
    /// <summary>
    /// The protocol part of a purchase round, MAC excluded (a fake XOR-fold MAC stands in): build + pack the 0200
    /// into a reused buffer, unpack the 0210 into a reused message and read it. Figures in docs/PROTOCOL.md.
    /// </summary>
    [MemoryDiagnoser]
    public class ProtocolBenchmarks
    {
        private readonly RequestBuilder _builder = new RequestBuilder(new TerminalSettings("12345678", "123456789012345"));
        private readonly IsoPackager _packager = new IsoPackager();
        private readonly XorFoldMac _mac = new XorFoldMac();
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly FinancialReply _reader = new FinancialReply();
        private readonly byte[] _out = new byte[512];
        private readonly FinancialRequest _purchase = new FinancialRequest
        {
            Type = TransactionType.Purchase,
            AmountFen = 1000,
            Stan = 1,
            Batch = 1,
            EntryMode = "021",
            Track2 = "6225881234567890=251210",
            PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 },
        };

        private byte[] _replyFrame = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            _builder.Financial(_request, _purchase);
            var reply = new IsoMessage();
            reply.Mti = 210;
            reply.Tpdu.SwapFrom(_request.Tpdu);
            foreach (int field in new[] { 3, 4, 11, 25, 41, 42, 49, 60 })
            {
                reply.Set(field, _request.GetString(field));
            }

            reply.Set(12, "103015");
            reply.Set(13, "1122");
            reply.Set(32, "01021000");
            reply.Set(37, "000000123456");
            reply.Set(38, "AB1234");
            reply.Set(39, "00");
            reply.MacRequested = true;
            int length = _packager.Pack(reply, _mac, _out, 0);
            _replyFrame = _out.AsSpan(0, length).ToArray();
        }

        /// <summary>Build the purchase request and pack it (MAC by the fake).</summary>
        [Benchmark]
        public int BuildAndPackPurchase()
        {
            _builder.Financial(_request, _purchase);
            return _packager.Pack(_request, _mac, _out, 0);
        }

        /// <summary>Unpack the 0210 (MAC checked by the fake) and read it as the purchase's reply.</summary>
        [Benchmark]
        public bool UnpackAndReadPurchaseReply()
        {
            _packager.Unpack(_replyFrame, 0, _replyFrame.Length, _reply, _mac);
            _reader.Read(_request, _reply);
            return _reader.Approved;
        }

        /// <summary>The whole protocol round: both of the above.</summary>
        [Benchmark]
        public bool PurchaseRound()
        {
            _builder.Financial(_request, _purchase);
            _packager.Pack(_request, _mac, _out, 0);
            _packager.Unpack(_replyFrame, 0, _replyFrame.Length, _reply, _mac);
            _reader.Read(_request, _reply);
            return _reader.Approved && !_reader.MacFailed;
        }
    }
}
