using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal;

namespace Pos.Tests.Host.Offline
{
    /// <summary>
    /// A deduplicating acquirer for the randomized store-and-forward test: books each advice id (TID + batch + STAN)
    /// once with its amount, answers 94 to a copy (MAC'ed, field 4 the booked amount, 60 echoed), and misbehaves on a
    /// seeded schedule (timeouts, refused connections, 96, and replies lost after booking). Answers synchronously
    /// inside <see cref="Start"/>.
    /// </summary>
    public sealed class LedgerHost : IHostExchange
    {
        private readonly IsoPackager _packager = new();
        private readonly IMacCalculator _mac;
        private readonly byte[] _buffer = new byte[512];
        private readonly IsoMessage _request = new();
        private readonly IsoMessage _reply = new();

        public LedgerHost(IMacCalculator mac) => _mac = mac;

        public event ExchangeCompletedHandler? Completed;

        public bool IsBusy => false;

        /// <summary>Chooses the behaviour of the next exchange: "00", "96", "timeout", "refused", "lost".</summary>
        public Func<string> Behaviour { get; set; } = () => "00";

        /// <summary>Booked advice ids and how many requests carried each.</summary>
        public Dictionary<string, int> Ledger { get; } = new();

        /// <summary>Advice ids in the order they were booked.</summary>
        public List<string> Order { get; } = new();

        /// <summary>The amount (field 4) booked under each id.</summary>
        public Dictionary<string, string> Amounts { get; } = new();

        public int Requests { get; private set; }

        public int BadRequestMacs { get; private set; }

        public void Detach() => Completed = null;

        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            string mode = Behaviour();
            if (mode == "refused")
            {
                Completed?.Invoke(exchangeId, null!, ExchangeFailure.ConnectFailed);
                return;
            }

            Requests++;
            _packager.Unpack(frame, offset, count, _request, _mac);
            if (_request.MacState != MacState.Valid)
            {
                BadRequestMacs++;
            }

            if (mode == "timeout")
            {
                Completed?.Invoke(exchangeId, null!, ExchangeFailure.Timeout);
                return;
            }

            string code = mode == "96" ? "96" : "00";
            if (code == "00")
            {
                string id = AdviceId();
                bool known = Ledger.TryGetValue(id, out int copies);
                Ledger[id] = copies + 1;
                code = known ? "94" : "00";
                if (!known)
                {
                    Amounts[id] = _request.GetString(4)!;
                    Order.Add(id);
                }
            }

            if (mode == "lost")
            {
                Completed?.Invoke(exchangeId, null!, ExchangeFailure.ClosedMidReply);
                return;
            }

            _reply.Clear();
            _reply.Mti = _request.Mti + 10;
            _reply.Tpdu.SwapFrom(_request.Tpdu);
            _reply.Header.CopyFrom(_request.Header);
            _reply.Set(11, _request.GetString(11));
            _reply.Set(41, _request.GetString(41));
            _reply.Set(42, _request.GetString(42));
            _reply.Set(60, _request.GetString(60));
            if (code == "94")
            {
                string id = AdviceId();
                _reply.Set(4, Amounts[id]);
            }

            _reply.Set(39, code);
            _reply.MacRequested = code == "00" || code == "94";
            int length = _packager.Pack(_reply, _mac, _buffer, 0);
            Completed?.Invoke(exchangeId, _buffer.AsSpan(0, length).ToArray(), ExchangeFailure.None);
        }

        // The advice's id, TID/batch/STAN, as the ledger keys it.
        private string AdviceId() => _request.GetString(41) + "/" + Field60.Read(_request)!.Batch + "/" + int.Parse(_request.GetString(11)!);
    }
}
