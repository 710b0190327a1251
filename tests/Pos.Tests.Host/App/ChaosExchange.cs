using Pos.Core.Protocol;
using Pos.Core.Scenarios;
using Pos.Hal;

namespace Pos.Tests.Host.App
{
    /// <summary>
    /// The exchange seam of the chaos rig: the <see cref="SimulatedHost"/> behind it, plus what the rig needs to judge
    /// the money: which request reached the host (the host was up when it started), its MTI and STAN, and whether the
    /// seam already completed it. It can also complete an exchange as a broken seam would (<see cref="InjectOdd"/>):
    /// bytes for an id nobody started, a "reply" without bytes, garbage, an earlier reply, an undefined failure value.
    /// Odd outcomes for a request that reached the host never claim it was not sent (that would be a lying seam).
    /// </summary>
    internal sealed class ChaosExchange : IHostExchange
    {
        private readonly SimulatedHost _host;
        private readonly IsoPackager _packager = new();
        private readonly IsoMessage _message = new();
        private byte[]? _lastReply;

        public ChaosExchange(SimulatedHost host)
        {
            _host = host;
            _host.Completed += (id, reply, failure) =>
            {
                if (id == InFlightId)
                {
                    InFlightId = -1;
                }

                if (reply != null)
                {
                    _lastReply = reply;
                }

                Completed?.Invoke(id, reply, failure);
            };
        }

        public event ExchangeCompletedHandler? Completed;

        /// <summary>Called at every start with (MTI, STAN, reached the host).</summary>
        public Action<int, int, bool>? Started { get; set; }

        public bool IsBusy => _host.IsBusy;

        /// <summary>The exchange started and not completed yet, or -1.</summary>
        public int InFlightId { get; private set; } = -1;

        public int Injected { get; private set; }

        /// <summary>Forgets the listeners of the terminal that just lost its power.</summary>
        public void Detach()
        {
            Completed = null;
            InFlightId = -1;
            _host.Forget();
        }

        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            bool reached = !_host.Down;
            int mti = -1;
            int stan = -1;
            try
            {
                _packager.Unpack(frame, offset, count, _message, null);
                mti = _message.Mti;
                string s = _message.GetString(11);
                stan = s == null ? -1 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (ProtocolException)
            {
            }

            InFlightId = exchangeId;
            Started?.Invoke(mti, stan, reached);
            _host.Start(exchangeId, frame, offset, count, connectTimeoutMs, responseTimeoutMs);
        }

        /// <summary>Completes an exchange as a broken seam would; kind picks how.</summary>
        public void InjectOdd(Random random)
        {
            Injected++;
            int id = InFlightId;
            if (id < 0 || random.Next(4) == 0)
            {
                // Nobody started this id (or it is a second answer): the core must drop it.
                int unknown = random.Next(3) switch { 0 => -7, 1 => 777_777, _ => id >= 0 ? id + 1 : 3 };
                Completed?.Invoke(unknown, Garbage(random), ExchangeFailure.None);
                return;
            }

            InFlightId = -1;
            switch (random.Next(7))
            {
                case 0:
                    Completed?.Invoke(id, null!, ExchangeFailure.None);
                    break;
                case 1:
                    Completed?.Invoke(id, Array.Empty<byte>(), ExchangeFailure.None);
                    break;
                case 2:
                    Completed?.Invoke(id, Garbage(random), ExchangeFailure.None);
                    break;
                case 3:
                    Completed?.Invoke(id, _lastReply ?? Garbage(random), ExchangeFailure.None);
                    break;
                case 4:
                    Completed?.Invoke(id, Garbage(random), (ExchangeFailure)(7 + random.Next(200)));
                    break;
                case 5:
                    Completed?.Invoke(id, null!, ExchangeFailure.Timeout);
                    break;
                default:
                    Completed?.Invoke(id, null!, ExchangeFailure.ClosedMidReply);
                    break;
            }
        }

        private static byte[] Garbage(Random random)
        {
            byte[] bytes = new byte[random.Next(80)];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
