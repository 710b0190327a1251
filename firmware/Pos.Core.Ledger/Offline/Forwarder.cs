using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Offline
{
    /// <summary>
    /// Forwards the offline advices to the host, one exchange at a time, from the dispatcher (never blocks), in enqueue
    /// order (0220, 60.1 = 30). It never sends a reversal: the transaction machine is the one owner of the journal's
    /// reversal record (docs/TRANSACTIONS.md "One reversal owner"); while a reversal is pending the forwarder waits for
    /// it (reversals first), polling every <see cref="ForwarderSettings.BusyRetryMs"/>, and stops with
    /// <see cref="ForwardStopReason.ReversalStuck"/> when the reversal used its budget (blocked until sent or cleared). Starts on
    /// <see cref="Signal.WentOnline"/>, on <see cref="Drain"/> and on <see cref="DrainBeforeSettlement"/>; posts
    /// <see cref="Signal.ForwardingDone"/> when nothing is left to send or <see cref="Signal.ForwardingStopped"/>
    /// with a <see cref="ForwardStopReason"/>.
    /// <para>Every attempt is written to the journal (attempt count) before the request is sent, so after a power
    /// cut the item is still pending and is sent again with the same id (TID + batch + STAN); the host's 94 then
    /// counts as delivered. Transport failures, MAC failures and "try later" codes cost an attempt and wait an
    /// exponential backoff; an item past its retry budget or its expiry age is flagged and kept. Requests are rebuilt
    /// from <see cref="RequestPayload"/> and MAC'ed with the MAK current at send time. Buffers are reused.</para>
    /// </summary>
    public sealed class Forwarder : IEventHandler
    {
        private const int FrameSize = 1024;

        private readonly ForwarderSettings _settings;
        private readonly OfflineQueue _queue;
        private readonly Journal _journal;
        private readonly IHostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly IsoPackager _packager;
        private readonly IMacCalculator _mac;
        private readonly TimerService _timers;
        private readonly EventQueue _events;
        private readonly IClock _clock;

        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _reply = new IsoMessage();
        private readonly FinancialRequest _original = new FinancialRequest();
        private readonly FinancialReply _financialReply = new FinancialReply();
        private readonly byte[] _frame = new byte[FrameSize];
        private byte[] _payload = new byte[512];

        private bool _online;
        private bool _active;
        private bool _inFlight;
        private int _exchangeId;
        private int _sequence;
        private QueueItem _inFlightItem;
        private int _failures;

        /// <summary>Creates a forwarder; it does nothing until <see cref="SubscribeTo"/> and <see cref="Start"/>.</summary>
        /// <param name="settings">Validated and copied.</param>
        /// <param name="queue">The queue view over the journal.</param>
        /// <param name="exchange">The host exchange seam, shared with the rest of the app (one exchange at a time).</param>
        /// <param name="builder">Builds the requests with the terminal's settings.</param>
        /// <param name="packager">Packs requests and unpacks replies.</param>
        /// <param name="mac">Field 64 with the current MAK (e.g. <see cref="KeyStoreMacCalculator"/>).</param>
        /// <param name="timers">Needs two free slots (<see cref="ForwarderIds"/>).</param>
        /// <param name="events">Where Forwarding* signals are posted.</param>
        /// <param name="clock">Uptime for nothing but the timers; UTC for expiry and the audit.</param>
        public Forwarder(ForwarderSettings settings, OfflineQueue queue, IHostExchange exchange, RequestBuilder builder, IsoPackager packager, IMacCalculator mac, TimerService timers, EventQueue events, IClock clock)
        {
            if (settings == null || queue == null || exchange == null || builder == null || packager == null || mac == null || timers == null || events == null || clock == null)
            {
                throw new System.ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _settings = settings.Clone();
            _queue = queue;
            _journal = queue.Journal;
            _exchange = exchange;
            _builder = builder;
            _packager = packager;
            _mac = mac;
            _timers = timers;
            _events = events;
            _clock = clock;
        }

        /// <summary>Raised (on the dispatcher) when an item reached a final outcome, after it was journaled.</summary>
        public event ItemFinishedHandler ItemFinished;

        /// <summary>True while a drain is wanted and not finished (it may be waiting for a backoff or the exchange).</summary>
        public bool IsDraining => _active;

        /// <summary>True while one of the forwarder's exchanges is in flight.</summary>
        public bool InFlight => _inFlight;

        /// <summary>What the forwarder believes about the link (from WentOnline / WentOffline).</summary>
        public bool IsOnline => _online;

        /// <summary>Failed attempts in a row (sets the backoff); 0 after any answer that settles an item.</summary>
        public int FailuresInARow => _failures;

        /// <summary>Requests sent since start.</summary>
        public int RequestsSent { get; private set; }

        /// <summary>Times a drain waited for the pending reversal (sent by the transaction machine) before the advices.</summary>
        public int ReversalWaits { get; private set; }

        /// <summary>Outcomes ignored because they were not for the exchange in flight (late, or someone else's).</summary>
        public int StaleOutcomes { get; private set; }

        /// <summary>The reason of the last <see cref="Signal.ForwardingStopped"/>, or 0.</summary>
        public ForwardStopReason LastStopReason { get; private set; }

        /// <summary>The settings in use (a copy).</summary>
        public ForwarderSettings Settings => _settings.Clone();

        /// <summary>Subscribes to WentOnline, WentOffline, TimerExpired, ExchangeReplied and ExchangeFailed.</summary>
        public void SubscribeTo(Dispatcher dispatcher)
        {
            if (dispatcher == null)
            {
                throw new System.ArgumentNullException(nameof(dispatcher));
            }

            dispatcher.Subscribe(Signal.WentOnline, this);
            dispatcher.Subscribe(Signal.WentOffline, this);
            dispatcher.Subscribe(Signal.TimerExpired, this);
            dispatcher.Subscribe(Signal.ExchangeReplied, this);
            dispatcher.Subscribe(Signal.ExchangeFailed, this);
        }

        /// <summary>Sets the initial link state (the link monitor's <c>IsOnline</c>) and drains at once when online.</summary>
        public void Start(bool online)
        {
            _online = online;
            if (online)
            {
                Drain();
            }
        }

        /// <summary>Starts draining now (when online), e.g. after a sign-in or an online sale; ends with ForwardingDone or ForwardingStopped.</summary>
        public void Drain()
        {
            _active = true;
            Pump();
        }

        /// <summary>
        /// Drains before a settlement: skips a backoff in progress and always ends with <see cref="Signal.ForwardingDone"/>
        /// (settle: Param = flagged items) or <see cref="Signal.ForwardingStopped"/> (do not settle yet).
        /// </summary>
        public void DrainBeforeSettlement()
        {
            if (!_inFlight)
            {
                _timers.Disarm(ForwarderIds.RetryTimer);
            }

            _failures = 0;
            _active = true;
            Pump();
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            switch (e.Signal)
            {
                case Signal.WentOnline:
                    _online = true;
                    _failures = 0;
                    _timers.Disarm(ForwarderIds.RetryTimer);
                    Drain();
                    break;
                case Signal.WentOffline:
                    _online = false;
                    _timers.Disarm(ForwarderIds.RetryTimer);
                    if (_active && !_inFlight)
                    {
                        Stop(ForwardStopReason.Offline);
                    }

                    break;
                case Signal.TimerExpired:
                    OnTimer(e);
                    break;
                case Signal.ExchangeReplied:
                case Signal.ExchangeFailed:
                    OnOutcome(e);
                    break;
            }
        }

        private void OnTimer(Event e)
        {
            if (!_timers.IsCurrent(e))
            {
                return;
            }

            if (e.Param == ForwarderIds.RetryTimer)
            {
                Pump();
            }
            else if (e.Param == ForwarderIds.WatchdogTimer && _inFlight)
            {
                // The seam never completed: count it as a timeout; a late completion will be stale.
                _inFlight = false;
                StaleOutcomes++;
                QueueItem item = _inFlightItem;
                _inFlightItem = null;
                Guard(item, null, true);
            }
        }

        private void OnOutcome(Event e)
        {
            if (!ForwarderIds.IsForwarderExchange(e.Param))
            {
                return;
            }

            ExchangeOutcome outcome = e.Data as ExchangeOutcome;
            if (!_inFlight || e.Param != _exchangeId || outcome == null)
            {
                StaleOutcomes++;
                return;
            }

            _inFlight = false;
            _timers.Disarm(ForwarderIds.WatchdogTimer);
            QueueItem item = _inFlightItem;
            _inFlightItem = null;
            byte[] reply = outcome.Failure == ExchangeFailure.None ? outcome.Reply : null;
            Guard(item, reply, reply == null);
        }

        // Journal failures stop the drain with StorageFailed; a power cut (not a StorageException) goes through.
        private void Guard(QueueItem item, byte[] reply, bool failed)
        {
            try
            {
                if (item != null && item.State != QueueItemState.Pending)
                {
                    Pump();
                }
                else if (failed)
                {
                    AttemptFailed(item);
                }
                else
                {
                    Process(item, reply);
                }
            }
            catch (JournalException)
            {
                Stop(ForwardStopReason.StorageFailed);
            }
            catch (StorageException)
            {
                Stop(ForwardStopReason.StorageFailed);
            }
        }

        private void Process(QueueItem item, byte[] reply)
        {
            ProtocolException bad;
            try
            {
                bad = _packager.TryUnpack(reply, 0, reply.Length, _reply, _mac);
            }
            catch (SecurityException)
            {
                Stop(ForwardStopReason.SignInRequired);
                return;
            }

            if (bad != null)
            {
                AttemptFailed(item);
                return;
            }

            ProcessAdvice(item);
        }

        private void ProcessAdvice(QueueItem item)
        {
            try
            {
                _financialReply.Read(_request, _reply);
            }
            catch (ProtocolException)
            {
                AttemptFailed(item);
                return;
            }

            string code = _financialReply.ResponseCode;
            switch (AdviceResponseCodes.Classify(code))
            {
                case AdviceResponseClass.Delivered:
                    if (_financialReply.MacFailed)
                    {
                        AttemptFailed(item);
                        return;
                    }

                    Settle(item, ForwardResult.Delivered, code);
                    break;
                case AdviceResponseClass.Duplicate:
                    Settle(item, ForwardResult.Duplicate, code);
                    break;
                case AdviceResponseClass.SignIn:
                    Stop(ForwardStopReason.SignInRequired);
                    return;
                case AdviceResponseClass.Retryable:
                    AttemptFailed(item);
                    return;
                default:
                    Settle(item, ForwardResult.Declined, code);
                    break;
            }

            Continue(_financialReply.RequiresSignIn);
        }

        private void Settle(QueueItem item, ForwardResult result, string code)
        {
            if (ForwardResultNames.IsDelivered(result))
            {
                _journal.MarkDelivered(item);
            }
            else
            {
                _journal.MarkExhausted(item);
                _journal.AppendAudit(_clock.UtcNow.Ticks, "saf: " + OfflineQueue.Describe(item) + " declined " + code);
            }

            _failures = 0;
            _queue.Changed();
            Finished(item.Batch, item.Stan, result, code);
        }

        private void Continue(bool signInRequired)
        {
            if (signInRequired)
            {
                Stop(ForwardStopReason.SignInRequired);
            }
            else
            {
                Pump();
            }
        }

        private void AttemptFailed(QueueItem item)
        {
            _failures++;
            if (item != null && item.Attempts >= _settings.AdviceMaxAttempts)
            {
                Flag(item, ForwardResult.Exhausted);
            }

            if (!_online)
            {
                Stop(ForwardStopReason.Offline);
                return;
            }

            if (_active)
            {
                _timers.Arm(ForwarderIds.RetryTimer, _settings.BackoffMs(_failures));
            }
        }

        /// <summary>Sends the next item, or finishes; loops over items settled without an exchange (flagged).</summary>
        private void Pump()
        {
            try
            {
                while (_active && !_inFlight)
                {
                    if (!_online)
                    {
                        Stop(ForwardStopReason.Offline);
                        return;
                    }

                    if (_timers.IsArmed(ForwarderIds.RetryTimer))
                    {
                        return;
                    }

                    if (_exchange.IsBusy)
                    {
                        _timers.Arm(ForwarderIds.RetryTimer, _settings.BusyRetryMs);
                        return;
                    }

                    PendingReversal reversal = _journal.State.Reversal;
                    if (reversal != null)
                    {
                        // Reversals first, and they are the transaction machine's: wait for it to send this one.
                        if (reversal.Attempts >= _settings.ReversalMaxAttempts)
                        {
                            Stop(ForwardStopReason.ReversalStuck);
                        }
                        else
                        {
                            ReversalWaits++;
                            _timers.Arm(ForwarderIds.RetryTimer, _settings.BusyRetryMs);
                        }

                        return;
                    }

                    QueueItem item = _queue.NextPendingAdvice();
                    if (item == null)
                    {
                        Done();
                        return;
                    }

                    SendAdvice(item);
                }
            }
            catch (JournalException)
            {
                Stop(ForwardStopReason.StorageFailed);
            }
            catch (StorageException)
            {
                Stop(ForwardStopReason.StorageFailed);
            }
        }

        private void SendAdvice(QueueItem item)
        {
            long ageTicks = _clock.UtcNow.Ticks - item.CreatedUtcTicks;
            if (ageTicks > _settings.ExpiryAgeMs * System.TimeSpan.TicksPerMillisecond)
            {
                Flag(item, ForwardResult.Expired);
                return;
            }

            if (item.Attempts >= _settings.AdviceMaxAttempts)
            {
                Flag(item, ForwardResult.Exhausted);
                return;
            }

            if (_payload.Length < item.PayloadLength)
            {
                _payload = new byte[item.PayloadLength];
            }

            int count = _journal.ReadPayload(item, _payload, 0);
            string ignored;
            if (!RequestPayload.Read(_payload, 0, count, _original, out ignored) || _original.Type != TransactionType.OfflineAdvice)
            {
                Flag(item, ForwardResult.Unreadable);
                return;
            }

            int length;
            try
            {
                _builder.Financial(_request, _original);
                length = _packager.Pack(_request, _mac, _frame, 0);
            }
            catch (SecurityException)
            {
                Stop(ForwardStopReason.SignInRequired);
                return;
            }
            catch (ProtocolException)
            {
                Flag(item, ForwardResult.Unreadable);
                return;
            }
            catch (System.ArgumentException)
            {
                Flag(item, ForwardResult.Unreadable);
                return;
            }

            // Recorded before the request leaves: a power cut after this line re-sends the same advice (same id).
            _journal.RecordAttempt(item);
            _inFlightItem = item;
            Send(length);
        }

        private void Send(int length)
        {
            _sequence = (_sequence + 1) % 1000000;
            _exchangeId = ForwarderIds.ExchangeIdBase + _sequence;
            _inFlight = true;
            RequestsSent++;
            _timers.Arm(ForwarderIds.WatchdogTimer, (long)_settings.ConnectTimeoutMs + _settings.ResponseTimeoutMs + _settings.WatchdogMarginMs);
            _exchange.Start(_exchangeId, _frame, 0, length, _settings.ConnectTimeoutMs, _settings.ResponseTimeoutMs);
        }

        private void Flag(QueueItem item, ForwardResult result)
        {
            if (result == ForwardResult.Expired)
            {
                _journal.MarkExpired(item);
            }
            else
            {
                _journal.MarkExhausted(item);
            }

            _queue.Changed();
            Finished(item.Batch, item.Stan, result, null);
        }

        private void Finished(int batch, int stan, ForwardResult result, string code)
        {
            ItemFinishedHandler handler = ItemFinished;
            if (handler != null)
            {
                handler(_queue.TerminalId, batch, stan, result, code);
            }
        }

        private void Done()
        {
            _active = false;
            _events.Post(new Event(Signal.ForwardingDone, _queue.FlaggedCount, null));
        }

        private void Stop(ForwardStopReason reason)
        {
            _active = false;
            _timers.Disarm(ForwarderIds.RetryTimer);
            LastStopReason = reason;
            _events.Post(new Event(Signal.ForwardingStopped, (int)reason, null));
        }
    }
}
