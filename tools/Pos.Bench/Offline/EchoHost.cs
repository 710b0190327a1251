using Pos.Core.Protocol;
using Pos.Hal;

namespace Pos.Bench.Offline
{
    /// <summary>An in-process acquirer that approves every request at once (reply packed with its MAC), reusing its buffers.</summary>
    public sealed class EchoHost : IHostExchange
    {
        private readonly IsoPackager _packager = new();
        private readonly IMacCalculator _mac;
        private readonly IsoMessage _request = new();
        private readonly IsoMessage _reply = new();
        private readonly byte[] _buffer = new byte[512];

        public EchoHost(IMacCalculator mac) => _mac = mac;

        public event ExchangeCompletedHandler? Completed;

        public bool IsBusy => false;

        public int Requests { get; private set; }

        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            Requests++;
            _packager.Unpack(frame, offset, count, _request, _mac);
            _reply.Clear();
            _reply.Mti = _request.Mti + 10;
            _reply.Tpdu.SwapFrom(_request.Tpdu);
            _reply.Header.CopyFrom(_request.Header);
            _reply.Set(11, _request.GetString(11));
            _reply.Set(41, _request.GetString(41));
            _reply.Set(42, _request.GetString(42));
            _reply.Set(39, "00");
            _reply.MacRequested = true;
            int length = _packager.Pack(_reply, _mac, _buffer, 0);
            // The seam hands the receiver a reply array of its own (ExchangeCompletedHandler: "owned by the receiver").
            var reply = new byte[length];
            Array.Copy(_buffer, reply, length);
            Completed?.Invoke(exchangeId, reply, ExchangeFailure.None);
        }
    }
}
