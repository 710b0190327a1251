using Pos.Core.Events;
using Pos.Core.Link;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Exchange
{
    /// <summary>
    /// The one owner of the exchange seam, shared by three users: the transaction machine (<see cref="Send"/>), the
    /// offline forwarder (through this class's <see cref="IHostExchange"/> face) and the link monitor's reachability
    /// probes. The seam carries one exchange at a time; this class serialises them:
    /// <list type="bullet">
    /// <item>A transaction request that finds the seam busy (a probe or an advice in flight) <b>waits</b> in a one-slot
    /// queue and is started by the completion of the exchange in flight; the machine's watchdog can take it back unsent
    /// (<see cref="CancelWaiting"/>). Transactions never wait for each other (the machine has one request at a time).</item>
    /// <item>The forwarder asks <see cref="IsBusy"/> (true while anything is in flight or waiting) and polls; a start
    /// that still finds the seam busy waits in the same slot when it is free, else fails <c>NotReady</c> at once.</item>
    /// <item>A probe asked for while the seam is busy is answered by the outcome of the exchange in flight (reply =
    /// reachable, failure = not), so a probe never delays a sale.</item>
    /// <item>A request's connect timeout is a budget counted from <see cref="Send"/> / <c>Start</c>: time spent
    /// waiting for the exchange in flight is taken off it, and a request whose budget ran out while it waited fails
    /// <c>NotReady</c> without being sent. A sale therefore reaches the host, or gives up, within its connect timeout of
    /// being sent, whatever was in flight (docs/LINK_AND_OFFLINE.md "A sale during a silent outage").</item>
    /// <item>A probe connects within <see cref="ProbeTimeoutMs"/> (an unreachable host fails it that fast) and then
    /// waits up to <see cref="ProbeReplyTimeoutMs"/> (the sale's response timeout) for the echo reply, so a slow host
    /// that still answers sales in time is reachable, never offline.</item>
    /// </list>
    /// Completions become events: a transaction's or the forwarder's as <see cref="Signal.ExchangeReplied"/> /
    /// <see cref="Signal.ExchangeFailed"/> (payload an <c>ExchangeOutcome</c>, Param = the exchange id); one sent with
    /// <see cref="Send"/> is posted to its owner alone (<see cref="Event.Target"/>), the link monitor observes all, a probe's as <see cref="Signal.ProbeSucceeded"/> / <see cref="Signal.ProbeFailed"/>. Every
    /// started exchange gets exactly one completion event; nobody blocks: the waiting request is started from the
    /// completion callback (the seam allows a start from its handler). A probe is an echo test 0820 carrying the
    /// current STAN without reserving one (a probe moves no money; reserving would write flash at every probe).
    /// </summary>
    public sealed class HostChannel : IReachabilityProbe, IHostExchange
    {
        private const int ProbeIdBase = 1000000000;

        /// <summary>A waiting request left with less connect budget than this is failed instead of started.</summary>
        public const int MinConnectBudgetMs = 100;

        private readonly IHostExchange _exchange;
        private readonly IClock _clock;
        private readonly EventQueue _queue;
        private readonly Journal _journal;
        private readonly RequestBuilder _builder;
        private readonly IsoPackager _packager;
        private readonly IsoMessage _echo = new IsoMessage();
        private readonly byte[] _frame = new byte[128];
        private readonly byte[] _waitingFrame = new byte[1024];
        private readonly object _gate = new object();
        private int _nextId = 1;
        private int _pendingProbe = -1;
        private int _inFlightId;
        private IEventHandler _inFlightOwner;
        private bool _inFlight;
        private int _waitingId;
        private IEventHandler _waitingOwner;
        private int _waitingCount;
        private int _waitingConnectMs;
        private int _waitingResponseMs;
        private long _waitingSinceMs;
        private bool _waiting;

        /// <summary>Creates the channel with a packager of its own (tests, tools) and subscribes to the seam's completions.</summary>
        public HostChannel(IHostExchange exchange, EventQueue queue, Journal journal, RequestBuilder builder, IClock clock)
            : this(exchange, queue, journal, builder, new IsoPackager(), clock)
        {
        }

        /// <summary>
        /// Creates the channel and subscribes to the seam's completions. <paramref name="packager"/> packs the probes'
        /// echo requests, on the main loop only (the seam's completions, on its own thread, never pack): the terminal
        /// passes the one packager its other main-loop users share.
        /// </summary>
        public HostChannel(IHostExchange exchange, EventQueue queue, Journal journal, RequestBuilder builder, IsoPackager packager, IClock clock)
        {
            if (exchange == null || queue == null || journal == null || builder == null || packager == null || clock == null)
            {
                throw new System.ArgumentNullException(nameof(exchange));
            }

            _exchange = exchange;
            _clock = clock;
            _queue = queue;
            _journal = journal;
            _builder = builder;
            _packager = packager;
            exchange.Completed += OnCompleted;
        }

        /// <summary>Raised for every completion of an exchange started through <c>Start</c> (after its event is posted).</summary>
        public event ExchangeCompletedHandler Completed;

        /// <summary>Connect timeout of a probe (the link monitor's <c>LinkSettings.ProbeTimeoutMs</c>).</summary>
        public int ProbeTimeoutMs { get; set; } = 1500;

        /// <summary>How long a probe that connected waits for its reply (the link monitor's <c>LinkSettings.ProbeReplyTimeoutMs</c>, the sale's response timeout).</summary>
        public int ProbeReplyTimeoutMs { get; set; } = 60000;

        /// <summary>Requests failed unsent because their connect budget ran out while they waited.</summary>
        public int Expired { get; private set; }

        /// <summary>Requests sent by transactions (not probes), since start.</summary>
        public int Sent { get; private set; }

        /// <summary>Requests (of any user) that had to wait for the exchange in flight.</summary>
        public int Waited { get; private set; }

        /// <summary>True while an exchange is in flight or a request waits for the seam.</summary>
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _inFlight || _waiting || _exchange.IsBusy;
                }
            }
        }

        /// <summary>
        /// Sends a transaction request (now, or as soon as the exchange in flight completes); returns the exchange id its
        /// outcome will carry. The outcome is posted to <paramref name="owner"/> alone (and the signal's observers).
        /// </summary>
        public int Send(IEventHandler owner, byte[] frame, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            int id;
            lock (_gate)
            {
                id = _nextId++;
                if (_nextId >= 50000000)
                {
                    _nextId = 1; // below the forwarder's ids
                }
            }

            Sent++;
            StartOrWait(owner, id, frame, count, connectTimeoutMs, responseTimeoutMs);
            return id;
        }

        /// <summary>The seam's face: as <see cref="Start(IEventHandler, int, byte[], int, int, int, int)"/>, the outcome posted to every subscriber.</summary>
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            Start(null, exchangeId, frame, offset, count, connectTimeoutMs, responseTimeoutMs);
        }

        /// <summary>
        /// The forwarder's and the self-test's way in: starts now, or waits when the slot is free, else fails NotReady;
        /// the outcome is posted to <paramref name="owner"/> alone (and the signal's observers). The caller's id must not
        /// collide with the channel's own (below 50,000,000) or another caller's in flight.
        /// </summary>
        public void Start(IEventHandler owner, int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            if (offset != 0)
            {
                byte[] copy = new byte[count];
                System.Array.Copy(frame, offset, copy, 0, count);
                frame = copy;
            }

            StartOrWait(owner, exchangeId, frame, count, connectTimeoutMs, responseTimeoutMs);
        }

        /// <summary>
        /// Takes back a request that is still waiting for the seam (never sent). True when it was waiting: its
        /// outcome will never come, and nothing reached the host.
        /// </summary>
        public bool CancelWaiting(int exchangeId)
        {
            lock (_gate)
            {
                if (_waiting && _waitingId == exchangeId)
                {
                    _waiting = false;
                    _waitingOwner = null;
                    return true;
                }
            }

            return false;
        }

        /// <inheritdoc />
        public void StartProbe(int probeId)
        {
            lock (_gate)
            {
                if (_inFlight || _waiting || _exchange.IsBusy)
                {
                    _pendingProbe = probeId; // answered by the exchange in flight
                    return;
                }

                _inFlight = true;
                _inFlightId = ProbeIdBase + probeId;
            }

            _builder.EchoTest(_echo, _journal.State.CurrentStan, _journal.State.BatchNumber);
            int length = _packager.Pack(_echo, null, _frame, 0);
            StartSeam(ProbeIdBase + probeId, _frame, length, ProbeTimeoutMs, ProbeReplyTimeoutMs);
        }

        // A seam whose Start throws (a worker it could not start) still completes: with SendFailed, since whether the
        // bytes left is unknown (a transaction keeps its reversal). Otherwise the channel would stay "in flight" for good.
        private void StartSeam(int id, byte[] frame, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            try
            {
                _exchange.Start(id, frame, 0, count, connectTimeoutMs, responseTimeoutMs);
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (System.Exception)
            {
                StartFailures++;
                OnCompleted(id, null, ExchangeFailure.SendFailed);
            }
        }

        /// <summary>Times the seam's Start threw (each became a SendFailed outcome).</summary>
        public int StartFailures { get; private set; }

        private void StartOrWait(IEventHandler owner, int id, byte[] frame, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            bool refused = false;
            lock (_gate)
            {
                if (_inFlight || _exchange.IsBusy)
                {
                    if (_waiting || count > _waitingFrame.Length)
                    {
                        refused = true;
                    }
                    else
                    {
                        System.Array.Copy(frame, 0, _waitingFrame, 0, count);
                        _waiting = true;
                        _waitingId = id;
                        _waitingOwner = owner;
                        _waitingCount = count;
                        _waitingConnectMs = connectTimeoutMs;
                        _waitingResponseMs = responseTimeoutMs;
                        _waitingSinceMs = _clock.UptimeMs;
                        Waited++;
                        return;
                    }
                }
                else
                {
                    _inFlight = true;
                    _inFlightId = id;
                    _inFlightOwner = owner;
                }
            }

            if (refused)
            {
                // Only a second non-transaction request can get here (the machine has one request at a time).
                Post(owner, id, null, ExchangeFailure.NotReady);
                return;
            }

            StartSeam(id, frame, count, connectTimeoutMs, responseTimeoutMs);
        }

        /// <summary>
        /// Completions the seam reported for an exchange that is not in flight (never started, or already completed):
        /// dropped here, never posted.
        /// </summary>
        public int Dropped { get; private set; }

        private void OnCompleted(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            // The seam's outcome enters the core here, so it is checked here: a "reply" without bytes is a connection
            // closed before the reply, a failure value the seam does not define is a timeout (both: the request may
            // have reached the host, so a reversal stays), and the bytes of a failure are not kept.
            if (failure == ExchangeFailure.None && (reply == null || reply.Length == 0))
            {
                failure = ExchangeFailure.ClosedMidReply;
            }
            else if ((int)failure < (int)ExchangeFailure.None || (int)failure > (int)ExchangeFailure.NotReady)
            {
                failure = ExchangeFailure.Timeout;
            }

            if (failure != ExchangeFailure.None)
            {
                reply = null;
            }

            int pending = -1;
            bool startNext = false;
            int nextId = 0;
            byte[] nextFrame = null;
            int nextCount = 0;
            int nextConnect = 0;
            int nextResponse = 0;
            bool expired = false;
            IEventHandler owner = null;
            IEventHandler nextOwner = null;
            lock (_gate)
            {
                if (_inFlight && exchangeId == _inFlightId)
                {
                    owner = _inFlightOwner;
                    _inFlightOwner = null;
                    _inFlight = false;
                    pending = _pendingProbe;
                    _pendingProbe = -1;
                    if (_waiting)
                    {
                        _waiting = false;
                        nextId = _waitingId;
                        nextOwner = _waitingOwner;
                        _waitingOwner = null;

                        // The connect timeout counts from the request: what it spent waiting is gone.
                        long left = _waitingConnectMs - (_clock.UptimeMs - _waitingSinceMs);
                        if (left < MinConnectBudgetMs)
                        {
                            expired = true;
                            Expired++;
                        }
                        else
                        {
                            _inFlight = true;
                            _inFlightId = _waitingId;
                            _inFlightOwner = nextOwner;
                            startNext = true;
                            nextCount = _waitingCount;
                            nextFrame = new byte[nextCount]; // the slot may be refilled as soon as the lock is released
                            System.Array.Copy(_waitingFrame, 0, nextFrame, 0, nextCount);
                            nextConnect = (int)left;
                            nextResponse = _waitingResponseMs;
                        }
                    }
                }
                else
                {
                    Dropped++; // an answer for an exchange nobody is waiting for (a second reply, an unknown id)
                    return;
                }
            }

            if (exchangeId >= ProbeIdBase)
            {
                _queue.Post(new Event(failure == ExchangeFailure.None ? Signal.ProbeSucceeded : Signal.ProbeFailed, exchangeId - ProbeIdBase, null));
            }
            else
            {
                Post(owner, exchangeId, reply, failure);
            }

            if (pending >= 0 && pending != exchangeId - ProbeIdBase)
            {
                _queue.Post(new Event(failure == ExchangeFailure.None ? Signal.ProbeSucceeded : Signal.ProbeFailed, pending, null));
            }

            if (expired)
            {
                Post(nextOwner, nextId, null, ExchangeFailure.NotReady); // never sent: the host knows nothing of it
            }

            if (startNext)
            {
                StartSeam(nextId, nextFrame, nextCount, nextConnect, nextResponse);
            }
        }

        private void Post(IEventHandler owner, int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            Signal signal = failure == ExchangeFailure.None ? Signal.ExchangeReplied : Signal.ExchangeFailed;
            _queue.Post(new Event(signal, exchangeId, new Exchange.ExchangeOutcome(exchangeId, reply, failure), owner));
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(exchangeId, reply, failure);
            }
        }
    }
}
