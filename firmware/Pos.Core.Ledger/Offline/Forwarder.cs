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
    /// <para>An item stays pending until the host settles it, so after a power cut it is sent again with the same id
    /// (TID + batch + STAN); the host's 94 then counts as delivered only with a valid MAC and fields 11/41/42 (and 4,
    /// 60.2 when present) matching the advice, otherwise the advice is flagged for review. Only definite host answers
    /// that leave it pending (an approval whose MAC fails, a sign-in code) count against
    /// <see cref="ForwarderSettings.AdviceMaxAttempts"/> (journaled when they arrive); transport failures, unreadable
    /// replies and "try later" codes only wait an exponential backoff. An item past its retry budget or its expiry age
    /// (on the journal's monotonic clock) is flagged with its reason and kept; a person retries or acknowledges it
    /// (<see cref="RetryFlagged"/>, <see cref="AcknowledgeFlagged"/>). Requests are rebuilt from
    /// <see cref="RequestPayload"/> and MAC'ed with the MAK current at send time. Buffers are reused.</para>
    /// </summary>
    public sealed class Forwarder : IEventHandler
    {
        private readonly ForwarderSettings _settings;
        private readonly OfflineQueue _queue;
        private readonly Journal _journal;
        private readonly IHostExchange _exchange;

        // The exchange when it is the terminal's channel: outcomes then come addressed to the forwarder alone.
        private readonly HostChannel _channel;
        private readonly TimerService _timers;
        private readonly EventQueue _events;
        private readonly IClock _clock;
        private readonly AdviceMessages _messages;
        private readonly AdviceOutcomes _outcomes;

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
            _channel = exchange as HostChannel;
            _timers = timers;
            _events = events;
            _clock = clock;
            _messages = new AdviceMessages(_journal, builder, packager, mac);
            _outcomes = new AdviceOutcomes(queue, clock, _settings, RaiseFinished);
        }

        /// <summary>Raised (on the dispatcher) when an item reached a final outcome, after it was journaled.</summary>
        public event ItemFinishedHandler ItemFinished;

        /// <summary>
        /// Books a delivered advice in the same journal record that marks it delivered (null: only the mark). The
        /// terminal puts the sale into the batch's transaction log here, so the settlement totals never miss or double it.
        /// </summary>
        public AdviceDeliveringHandler Delivering
        {
            get { return _outcomes.Delivering; }
            set { _outcomes.Delivering = value; }
        }

        /// <summary>True while a drain is wanted and not finished (it may be waiting for a backoff or the exchange).</summary>
        public bool IsDraining => _active;

        /// <summary>True while one of the forwarder's exchanges is in flight.</summary>
        public bool InFlight => _inFlight;

        /// <summary>What the forwarder believes about the link (from WentOnline / WentOffline).</summary>
        public bool IsOnline => _online;

        /// <summary>Failed sends in a row, counted or not (sets the backoff); 0 after any answer that settles an item.</summary>
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
            dispatcher.Observe(Signal.TimerExpired, this); // every timer of the app: a moment to checkpoint (below)
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

        /// <summary>
        /// A person retries a flagged advice (technician menu): it is pending again with a fresh attempt budget, its
        /// expiry counted from now, audited; sent at once when online.
        /// </summary>
        /// <exception cref="JournalException">Not flagged, or the journal refused the write.</exception>
        public void RetryFlagged(QueueItem item)
        {
            _queue.Review(item, false, _clock.UtcNow.Ticks);
            if (_online)
            {
                Drain();
            }
        }

        /// <summary>
        /// A person acknowledges a flagged advice (technician menu): audited, never sent, no longer counted against the
        /// offline caps or the queue capacity.
        /// </summary>
        /// <exception cref="JournalException">Not flagged, or the journal refused the write.</exception>
        public void AcknowledgeFlagged(QueueItem item)
        {
            _queue.Review(item, true, _clock.UtcNow.Ticks);
        }

        /// <summary>Starts draining now (when online), e.g. after a sign-in or an online sale; ends with ForwardingDone or ForwardingStopped.</summary>
        public void Drain()
        {
            _active = true;
            Pump();
        }

        /// <summary>
        /// Starts a drain when online, idle (not draining) and advices are pending, unless it stopped for a reversal that
        /// is still pending. The terminal calls it on reaching its idle screen, when no sign-in is due: a drain stopped
        /// by a sign-in, a stuck reversal or a storage failure goes on once that is resolved, not only at the next
        /// reconnect or settlement.
        /// </summary>
        public void Resume()
        {
            if (!_online || _active || _queue.PendingCount == 0)
            {
                return;
            }

            if (LastStopReason == ForwardStopReason.ReversalStuck && _journal.State.Reversal != null)
            {
                return;
            }

            Drain();
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
                    Checkpoint();
                    if (e.Target == this)
                    {
                        OnTimer(e);
                    }

                    break;
                case Signal.ExchangeReplied:
                case Signal.ExchangeFailed:
                    OnOutcome(e);
                    break;
            }
        }

        // Every timer of the app passes here (the link monitor's at least once a minute): a cheap moment to record the
        // monotonic clock now and then while items wait, so a reboot loses little of their age.
        private void Checkpoint()
        {
            try
            {
                _journal.Checkpoint();
            }
            catch (JournalException)
            {
            }
            catch (StorageException)
            {
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

        // Journal failures (of a count, a flag, a delivery) stop the drain with StorageFailed; a power cut (not a
        // StorageException) goes through.
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
                    Retry(item, false, null);
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

        // What the answer means decides what is written and whether the drain goes on (AdviceMessages, AdviceOutcomes).
        private void Process(QueueItem item, byte[] reply)
        {
            AdviceVerdict verdict;
            try
            {
                verdict = _messages.Judge(reply);
            }
            catch (SecurityException)
            {
                Stop(ForwardStopReason.SignInRequired);
                return;
            }

            string code = _messages.Code;
            switch (verdict)
            {
                case AdviceVerdict.RetryLater:
                    Retry(item, false, null);
                    return;
                case AdviceVerdict.RetryCounted:
                    Retry(item, true, code);
                    return;
                case AdviceVerdict.SignIn:
                    _outcomes.Count(item, code);
                    Stop(ForwardStopReason.SignInRequired);
                    return;
                case AdviceVerdict.DuplicateUnverified:
                    _outcomes.Flag(item, QueueItemState.Exhausted, AdviceFlagReason.DuplicateUnverified, code, ForwardResult.DuplicateUnverified);
                    Pump();
                    return;
                case AdviceVerdict.DuplicateMismatch:
                    _outcomes.FlagMismatch(item, _messages.MismatchedField);
                    Pump();
                    return;
                case AdviceVerdict.Delivered:
                    Settle(item, ForwardResult.Delivered, code);
                    break;
                case AdviceVerdict.Duplicate:
                    Settle(item, ForwardResult.Duplicate, code);
                    break;
                default:
                    Settle(item, ForwardResult.Declined, code);
                    break;
            }

            Continue(_messages.SignInAfter);
        }

        private void Settle(QueueItem item, ForwardResult result, string code)
        {
            _outcomes.Settle(item, result, code);
            _failures = 0;
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

        // A send that settled nothing: counted only for a definite answer (AdviceOutcomes.Count), then wait the backoff.
        private void Retry(QueueItem item, bool counted, string code)
        {
            _failures++;
            if (counted && item != null)
            {
                _outcomes.Count(item, code);
            }

            if (!_online)
            {
                Stop(ForwardStopReason.Offline);
                return;
            }

            if (_active)
            {
                _timers.Arm(this, ForwarderIds.RetryTimer, _settings.BackoffMs(_failures));
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
                        _timers.Arm(this, ForwarderIds.RetryTimer, _settings.BusyRetryMs);
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
                            _timers.Arm(this, ForwarderIds.RetryTimer, _settings.BusyRetryMs);
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
            if (_outcomes.FlagIfSpent(item))
            {
                return;
            }

            int length;
            try
            {
                length = _messages.Build(item);
            }
            catch (SecurityException)
            {
                Stop(ForwardStopReason.SignInRequired);
                return;
            }

            if (length < 0)
            {
                _outcomes.Flag(item, QueueItemState.Exhausted, AdviceFlagReason.Unreadable, "", ForwardResult.Unreadable);
                return;
            }

            // Nothing is written before the request leaves: the item stays pending until an answer settles it, and a
            // power cut re-sends it with the same id (the host's verified 94 settles it then).
            item.CountSend();
            _inFlightItem = item;
            Send(length);
        }

        private void Send(int length)
        {
            _sequence = (_sequence + 1) % 1000000;
            _exchangeId = ForwarderIds.ExchangeIdBase + _sequence;
            _inFlight = true;
            RequestsSent++;
            _timers.Arm(this, ForwarderIds.WatchdogTimer, (long)_settings.ConnectTimeoutMs + _settings.ResponseTimeoutMs + _settings.WatchdogMarginMs);
            if (_channel != null)
            {
                _channel.Start(this, _exchangeId, _messages.Frame, 0, length, _settings.ConnectTimeoutMs, _settings.ResponseTimeoutMs);
            }
            else
            {
                _exchange.Start(_exchangeId, _messages.Frame, 0, length, _settings.ConnectTimeoutMs, _settings.ResponseTimeoutMs);
            }
        }

        private void RaiseFinished(string tid, int batch, int stan, ForwardResult result, string code)
        {
            ItemFinishedHandler handler = ItemFinished;
            if (handler != null)
            {
                handler(tid, batch, stan, result, code);
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
