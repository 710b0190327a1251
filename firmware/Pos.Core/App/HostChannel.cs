using Pos.Core.Link;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The one user of the exchange seam: transaction requests and the link monitor's reachability probes share it.
    /// Completions become events: a transaction's as <see cref="Signal.ExchangeReplied"/> / <see cref="Signal.ExchangeFailed"/>
    /// (payload an <c>ExchangeOutcome</c>, like <c>ExchangeForwarder</c>), a probe's only as
    /// <see cref="Signal.ProbeSucceeded"/> / <see cref="Signal.ProbeFailed"/>. A probe is an echo test 0820 carrying the
    /// current STAN without reserving one (a probe moves no money; reserving would write flash at every probe). A
    /// probe asked for while a transaction exchange is busy is answered by that exchange's outcome (reply = reachable,
    /// failure = not), so the seam never carries two exchanges at once; the monitor ignores it if it timed out first.
    /// </summary>
    public sealed class HostChannel : IReachabilityProbe
    {
        private const int ProbeIdBase = 1000000000;
        private readonly IHostExchange _exchange;
        private readonly EventQueue _queue;
        private readonly Journal _journal;
        private readonly RequestBuilder _builder;
        private readonly IsoPackager _packager = new IsoPackager();
        private readonly IsoMessage _echo = new IsoMessage();
        private readonly byte[] _frame = new byte[128];
        private readonly object _gate = new object();
        private int _nextId = 1;
        private int _pendingProbe = -1;
        private int _busyId;

        /// <summary>Creates the channel and subscribes to the seam's completions.</summary>
        public HostChannel(IHostExchange exchange, EventQueue queue, Journal journal, RequestBuilder builder)
        {
            _exchange = exchange;
            _queue = queue;
            _journal = journal;
            _builder = builder;
            exchange.Completed += OnCompleted;
        }

        /// <summary>Connect timeout used for probes.</summary>
        public int ProbeTimeoutMs { get; set; } = 1000;

        /// <summary>Requests sent by transactions (not probes), since start.</summary>
        public int Sent { get; private set; }

        /// <summary>Sends a transaction request; returns the exchange id its outcome will carry.</summary>
        public int Send(byte[] frame, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            int id;
            lock (_gate)
            {
                id = _nextId++;
                _busyId = id;
            }

            Sent++;
            _exchange.Start(id, frame, 0, count, connectTimeoutMs, responseTimeoutMs);
            return id;
        }

        /// <inheritdoc />
        public void StartProbe(int probeId)
        {
            if (_busyId != 0 || _exchange.IsBusy)
            {
                _pendingProbe = probeId;
                return;
            }

            StartEcho(probeId);
        }

        private void StartEcho(int probeId)
        {
            _builder.EchoTest(_echo, _journal.State.CurrentStan, _journal.State.BatchNumber);
            int length = _packager.Pack(_echo, null, _frame, 0);
            _exchange.Start(ProbeIdBase + probeId, _frame, 0, length, ProbeTimeoutMs, ProbeTimeoutMs);
        }

        private void OnCompleted(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            if (exchangeId >= ProbeIdBase)
            {
                _queue.Post(new Event(failure == ExchangeFailure.None ? Signal.ProbeSucceeded : Signal.ProbeFailed, exchangeId - ProbeIdBase, null));
                return;
            }

            int pending = -1;
            lock (_gate)
            {
                if (exchangeId == _busyId)
                {
                    _busyId = 0;
                    pending = _pendingProbe;
                    _pendingProbe = -1;
                }
            }

            Signal signal = failure == ExchangeFailure.None ? Signal.ExchangeReplied : Signal.ExchangeFailed;
            _queue.Post(new Event(signal, exchangeId, new Exchange.ExchangeOutcome(exchangeId, reply, failure)));
            if (pending >= 0)
            {
                _queue.Post(new Event(failure == ExchangeFailure.None ? Signal.ProbeSucceeded : Signal.ProbeFailed, pending, null));
            }
        }
    }
}
