using Pos.Core.Protocol;
using Pos.Core.Simulation;
using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>
    /// A host behind <see cref="IHostExchange"/> that answers echo tests at once: it advances the simulated clock by
    /// <see cref="LatencyMs"/> and replies with <see cref="Code"/>, or fails with <see cref="Failure"/> when set.
    /// </summary>
    public sealed class EchoHost : IHostExchange
    {
        private readonly IsoPackager _packager = new IsoPackager();
        private readonly SimulatedClock _clock;

        /// <summary>Creates a host answering 00 after 40 ms.</summary>
        public EchoHost(SimulatedClock clock)
        {
            _clock = clock;
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

        /// <inheritdoc />
        public bool IsBusy { get; set; }

        /// <summary>Round trip in simulated ms.</summary>
        public int LatencyMs { get; set; } = 40;

        /// <summary>Field 39 of the reply.</summary>
        public string Code { get; set; } = "00";

        /// <summary>A transport failure instead of a reply, or None.</summary>
        public ExchangeFailure Failure { get; set; }

        /// <summary>Requests received.</summary>
        public int Requests { get; private set; }

        /// <summary>The MTI of the last request.</summary>
        public int LastMti { get; private set; }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            IsoMessage request = new IsoMessage();
            _packager.Unpack(frame, offset, count, request, null);
            Requests++;
            LastMti = request.Mti;
            _clock.Advance(LatencyMs);
            byte[] reply = null;
            if (Failure == ExchangeFailure.None)
            {
                IsoMessage answer = new IsoMessage();
                answer.Mti = request.Mti + 10;
                answer.Tpdu.SwapFrom(request.Tpdu);
                answer.Header.CopyFrom(request.Header);
                answer.Set(11, request.GetString(11));
                answer.Set(41, request.GetString(41));
                answer.Set(42, request.GetString(42));
                answer.Set(39, Code);
                byte[] buffer = new byte[256];
                int length = _packager.Pack(answer, null, buffer, 0);
                reply = new byte[length];
                System.Array.Copy(buffer, reply, length);
            }

            ExchangeCompletedHandler h = Completed;
            if (h != null)
            {
                h(exchangeId, reply, Failure);
            }
        }
    }
}
