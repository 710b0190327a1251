using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Hal;

namespace Pos.Core.Link
{
    /// <summary>
    /// Decides whether the host is reachable, from the link events of the network seam, the outcomes of host
    /// exchanges and the outcomes of its own probes, and posts <see cref="Signal.WentOffline"/> /
    /// <see cref="Signal.WentOnline"/> (param: a <see cref="LinkReason"/>) when the answer changes. The states and
    /// transitions are the data in <see cref="LinkTransitionTable"/>; this class counts, keeps time and runs the
    /// actions. It never blocks: probes are requested through <see cref="IReachabilityProbe"/> and answered by event,
    /// and every wait is a <see cref="TimerService"/> timer on the injected clock.
    /// <para>A probe's verdict is its own outcome: it fails when the host cannot be reached within the probe's connect
    /// timeout (<see cref="LinkSettings.ProbeTimeoutMs"/>) or does not answer within the reply timeout
    /// (<see cref="LinkSettings.ProbeReplyTimeoutMs"/>, the sale's response timeout). A slow reply is a success: a
    /// host that answers a sale in time is never declared offline by its probes. Only a probe whose outcome never
    /// comes is failed by the monitor itself, after both timeouts and a margin.</para>
    /// </summary>
    /// <remarks>
    /// Wiring: subscribe it with <see cref="SubscribeTo"/>, forward the network seam's link events as
    /// <see cref="Signal.LinkChanged"/> (see <see cref="LinkChangedForwarder"/>), then call <see cref="Start"/> with the
    /// link state at boot. It starts in <see cref="LinkState.LinkDown"/> (offline side) and reports WentOnline once
    /// the host is confirmed. Runs on the dispatcher thread only.
    /// </remarks>
    public sealed class LinkMonitor : IEventHandler
    {
        private readonly LinkSettings _settings;
        private readonly IClock _clock;
        private readonly TimerService _timers;
        private readonly EventQueue _queue;
        private readonly IReachabilityProbe _probe;
        private readonly ISerialLog _log;
        private readonly int[] _entries = new int[LinkNames.StateCount];

        // When each of the monitor's timers is due, or -1: an expiry already queued when a timer was re-armed or
        // disarmed must not act (TimerService cannot take back a posted event).
        private readonly long[] _due = new long[] { -1, -1, -1, -1 };

        private LinkState _state = LinkState.LinkDown;
        private long _stateSinceMs;
        private long _visibleSinceMs;
        private int _lastReason = LinkReason.Startup;

        private int _failures;
        private int _successes;
        private long _phaseStartMs;
        private long _backoffMs;

        private bool _probeInFlight;
        private int _probeId;
        private long _probeStartMs;

        private int _transitions;
        private int _wentOnline;
        private int _wentOffline;
        private int _probesStarted;
        private int _probeFailures;
        private int _probeTimeouts;
        private int _slowReplies;
        private int _staleResults;

        /// <summary>Creates a monitor; the settings are validated and copied.</summary>
        /// <exception cref="LinkSettingsException">The settings are absurd or break a SPEC §3 bound.</exception>
        public LinkMonitor(LinkSettings settings, IClock clock, TimerService timers, EventQueue queue, IReachabilityProbe probe, ISerialLog log)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException(nameof(settings));
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException(nameof(clock));
            }

            if (timers == null)
            {
                throw new System.ArgumentNullException(nameof(timers));
            }

            if (queue == null)
            {
                throw new System.ArgumentNullException(nameof(queue));
            }

            if (probe == null)
            {
                throw new System.ArgumentNullException(nameof(probe));
            }

            if (log == null)
            {
                throw new System.ArgumentNullException(nameof(log));
            }

            settings.Validate();
            _settings = settings.Clone();
            _clock = clock;
            _timers = timers;
            _queue = queue;
            _probe = probe;
            _log = log;
            _stateSinceMs = clock.UptimeMs;
            _visibleSinceMs = _stateSinceMs;
            _backoffMs = _settings.OfflineProbeMinMs;
            _entries[(int)LinkState.LinkDown] = 1;
        }

        /// <summary>The current state.</summary>
        public LinkState State => _state;

        /// <summary>True on the online side (<see cref="LinkState.Online"/> or <see cref="LinkState.Suspect"/>): what the status bar shows.</summary>
        public bool IsOnline => IsOnlineSide(_state);

        /// <summary>Milliseconds since the current state was entered.</summary>
        public long TimeInStateMs => _clock.UptimeMs - _stateSinceMs;

        /// <summary>Milliseconds since the last visible change (online/offline), or since creation.</summary>
        public long TimeSinceVisibleChangeMs => _clock.UptimeMs - _visibleSinceMs;

        /// <summary>The <see cref="LinkReason"/> of the last state change.</summary>
        public int LastReason => _lastReason;

        /// <summary>State changes since creation (internal ones included).</summary>
        public int TransitionCount => _transitions;

        /// <summary>WentOnline events posted since creation.</summary>
        public int WentOnlineCount => _wentOnline;

        /// <summary>WentOffline events posted since creation.</summary>
        public int WentOfflineCount => _wentOffline;

        /// <summary>Probes started since creation.</summary>
        public int ProbesStarted => _probesStarted;

        /// <summary>Probes that reported a failure.</summary>
        public int ProbeFailures => _probeFailures;

        /// <summary>Probes whose outcome never came (counted failed by the monitor's watchdog).</summary>
        public int ProbeTimeouts => _probeTimeouts;

        /// <summary>Successful probes that took longer than <see cref="LinkSettings.ProbeTimeoutMs"/> (a slow host, still reachable).</summary>
        public int SlowProbeReplies => _slowReplies;

        /// <summary>Probe outcomes ignored because they came late or after the link dropped.</summary>
        public int StaleProbeResults => _staleResults;

        /// <summary>Consecutive failures counted in the current Suspect phase.</summary>
        public int ConsecutiveFailures => _failures;

        /// <summary>Consecutive successes counted in the current Recovering phase.</summary>
        public int ConsecutiveSuccesses => _successes;

        /// <summary>The pause before the next offline probe.</summary>
        public long CurrentBackoffMs => _backoffMs;

        /// <summary>True while a probe is outstanding.</summary>
        public bool ProbeInFlight => _probeInFlight;

        /// <summary>A copy of the settings in use.</summary>
        public LinkSettings Settings => _settings.Clone();

        /// <summary>How many times a state was entered (the initial state counts once).</summary>
        public int EntriesInto(LinkState state)
        {
            int index = (int)state;
            return index >= 0 && index < _entries.Length ? _entries[index] : 0;
        }

        /// <summary>One line for diagnostics: state, time in it, last reason.</summary>
        public string Describe()
        {
            return LinkNames.Of(_state) + " for " + (TimeInStateMs / 1000).ToString() + " s (" + LinkReason.Name(_lastReason) + ")";
        }

        /// <summary>Subscribes the monitor to every signal it consumes.</summary>
        public void SubscribeTo(Dispatcher dispatcher)
        {
            if (dispatcher == null)
            {
                throw new System.ArgumentNullException(nameof(dispatcher));
            }

            dispatcher.Subscribe(Signal.LinkChanged, this);
            dispatcher.Subscribe(Signal.ProbeSucceeded, this);
            dispatcher.Subscribe(Signal.ProbeFailed, this);

            // Every exchange's outcome, whoever sent it, says whether the host answers; the monitor's own timers come
            // to it alone.
            dispatcher.Observe(Signal.ExchangeReplied, this);
            dispatcher.Observe(Signal.ExchangeFailed, this);
        }

        /// <summary>Starts from the link state at boot (<c>INetworkLink.IsUp</c>): link up means "offline, probe now".</summary>
        public void Start(bool linkUp)
        {
            _log.WriteLine("link: start, link " + (linkUp ? "up" : "down"));
            OnLinkChanged(linkUp);
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            switch (e.Signal)
            {
                case Signal.LinkChanged:
                    OnLinkChanged(e.Param != 0);
                    break;
                case Signal.ExchangeReplied:
                    OnExchangeSucceeded();
                    break;
                case Signal.ExchangeFailed:
                    if (!NeverLeft(e))
                    {
                        OnExchangeFailed();
                    }

                    break;
                case Signal.ProbeSucceeded:
                    OnProbeResult(e.Param, true);
                    break;
                case Signal.ProbeFailed:
                    OnProbeResult(e.Param, false);
                    break;
                case Signal.TimerExpired:
                    OnTimer(e.Param);
                    break;
            }
        }

        /// <summary>The network seam reported the link up or down.</summary>
        public void OnLinkChanged(bool isUp)
        {
            if (isUp)
            {
                Fire(LinkInput.LinkUp, LinkReason.LinkUp);
            }
            else
            {
                Fire(LinkInput.LinkDown, LinkReason.LinkDown);
            }
        }

        /// <summary>A host exchange got a reply (any reply: the host is reachable).</summary>
        public void OnExchangeSucceeded()
        {
            Fire(LinkInput.Success, LinkReason.ExchangeSucceeded);
        }

        /// <summary>A host exchange failed at the transport level (connect, send, response timeout).</summary>
        public void OnExchangeFailed()
        {
            Fire(LinkInput.Failure, LinkReason.ExchangeFailed);
        }

        /// <summary>A probe answered.</summary>
        /// <returns>False when the outcome was stale (not the probe in flight) and was ignored.</returns>
        public bool OnProbeResult(int probeId, bool succeeded)
        {
            if (!_probeInFlight || probeId != _probeId)
            {
                _staleResults++;
                return false;
            }

            _probeInFlight = false;
            Disarm(LinkTimerIds.ProbeTimeout);
            int before = _transitions;
            if (succeeded)
            {
                if (_clock.UptimeMs - _probeStartMs > _settings.ProbeTimeoutMs)
                {
                    _slowReplies++;
                }

                Fire(LinkInput.Success, LinkReason.ProbeSucceeded);
            }
            else
            {
                _probeFailures++;
                Fire(LinkInput.Failure, LinkReason.ProbeFailed);
            }

            AfterProbeOutcome(before);
            return true;
        }

        /// <summary>A timer fired.</summary>
        /// <returns>True when it was one of the monitor's timers (stale expiries included, which are ignored).</returns>
        public bool OnTimer(int timerId)
        {
            if (!LinkTimerIds.IsLinkTimer(timerId))
            {
                return false;
            }

            if (!TakeDue(timerId))
            {
                return true;
            }

            if (timerId == LinkTimerIds.NextProbe)
            {
                StartProbeNow();
            }
            else if (timerId == LinkTimerIds.ProbeTimeout)
            {
                if (_probeInFlight)
                {
                    _probeInFlight = false;
                    _probeTimeouts++;
                    int before = _transitions;
                    Fire(LinkInput.Failure, LinkReason.ProbeTimedOut);
                    AfterProbeOutcome(before);
                }
            }
            else if (timerId == LinkTimerIds.Hold)
            {
                CheckConfirmed();
            }
            else
            {
                Fire(LinkInput.Deadline, LinkReason.NoResponse);
            }

            return true;
        }

        // A request that never reached the network (the seam was busy or not configured, or its connect budget ran out
        // while it waited for the exchange in flight) says nothing about the host.
        private static bool NeverLeft(Event e)
        {
            ExchangeOutcome outcome = e.Data as ExchangeOutcome;
            return outcome != null && outcome.Failure == ExchangeFailure.NotReady;
        }

        private static bool IsOnlineSide(LinkState state)
        {
            return state == LinkState.Online || state == LinkState.Suspect;
        }

        private void Fire(LinkInput input, int reason)
        {
            LinkState from = _state;
            LinkState next = LinkTransitionTable.Next(from, input);
            bool changes = next != from;
            long now = _clock.UptimeMs;
            if (changes)
            {
                _state = next;
                _stateSinceMs = now;
                _transitions++;
                _entries[(int)next]++;
                _lastReason = reason;
            }

            Run(LinkTransitionTable.ActionOf(from, input));

            if (changes)
            {
                Announce(from, next, reason, now);
            }

            if (input == LinkInput.Success || input == LinkInput.Failure)
            {
                CheckConfirmed();
            }
        }

        private void Announce(LinkState from, LinkState to, int reason, long now)
        {
            bool wasOnline = IsOnlineSide(from);
            bool isOnline = IsOnlineSide(to);
            string line = "link: " + LinkNames.Of(from) + " -> " + LinkNames.Of(to) + " (" + LinkReason.Name(reason) + ") at " + now.ToString() + " ms";
            if (wasOnline == isOnline)
            {
                _log.WriteLine(line);
                return;
            }

            _visibleSinceMs = now;
            if (isOnline)
            {
                _wentOnline++;
                _log.WriteLine(line + ": ONLINE");
                _queue.Post(new Event(Signal.WentOnline, reason, null));
            }
            else
            {
                _wentOffline++;
                _log.WriteLine(line + ": OFFLINE");
                _queue.Post(new Event(Signal.WentOffline, reason, null));
            }
        }

        private void Run(LinkAction action)
        {
            switch (action)
            {
                case LinkAction.KeepAlive:
                    ScheduleKeepAlive();
                    break;
                case LinkAction.EnterSuspect:
                    _failures = 1;
                    _phaseStartMs = _clock.UptimeMs;
                    Arm(LinkTimerIds.Hold, _settings.MinSuspectMs);
                    Arm(LinkTimerIds.Deadline, _settings.OfflineDeadlineMs);
                    ProbeAfter(0);
                    break;
                case LinkAction.CountFailure:
                    _failures++;
                    break;
                case LinkAction.ClearSuspect:
                    // The success may be a reply that was already on its way before the host went away: verify
                    // with one more probe soon instead of waiting for the idle keep-alive.
                    _failures = 0;
                    Disarm(LinkTimerIds.Hold);
                    Disarm(LinkTimerIds.Deadline);
                    ProbeAfter(_settings.SuspectProbeIntervalMs);
                    break;
                case LinkAction.EnterOffline:
                    _failures = 0;
                    _successes = 0;
                    Disarm(LinkTimerIds.Hold);
                    Disarm(LinkTimerIds.Deadline);
                    _backoffMs = _settings.OfflineProbeMinMs;
                    ProbeAfter(_backoffMs);
                    break;
                case LinkAction.BackOff:
                    long grown = _backoffMs * _settings.BackoffFactor;
                    _backoffMs = grown > _settings.OfflineProbeMaxMs ? _settings.OfflineProbeMaxMs : grown;
                    break;
                case LinkAction.ProbeNow:
                    _backoffMs = _settings.OfflineProbeMinMs;
                    ProbeAfter(0);
                    break;
                case LinkAction.EnterRecovering:
                    _successes = 1;
                    _phaseStartMs = _clock.UptimeMs;
                    Arm(LinkTimerIds.Hold, _settings.MinRecoveringMs);
                    ProbeAfter(_settings.ConfirmProbeIntervalMs);
                    break;
                case LinkAction.CountSuccess:
                    _successes++;
                    break;
                case LinkAction.EnterOnline:
                    _successes = 0;
                    Disarm(LinkTimerIds.Hold);
                    ScheduleKeepAlive();
                    break;
                case LinkAction.DropLink:
                    // Whatever the probe in flight says now is about the old link: its outcome will be stale.
                    _probeInFlight = false;
                    _failures = 0;
                    _successes = 0;
                    Disarm(LinkTimerIds.NextProbe);
                    Disarm(LinkTimerIds.ProbeTimeout);
                    Disarm(LinkTimerIds.Hold);
                    Disarm(LinkTimerIds.Deadline);
                    break;
            }
        }

        private void CheckConfirmed()
        {
            long elapsed = _clock.UptimeMs - _phaseStartMs;
            if (_state == LinkState.Suspect && _failures >= _settings.FailuresToOffline && elapsed >= _settings.MinSuspectMs)
            {
                Fire(LinkInput.Confirmed, LinkReason.HostUnreachable);
            }
            else if (_state == LinkState.Recovering && _successes >= _settings.SuccessesToOnline && elapsed >= _settings.MinRecoveringMs)
            {
                Fire(LinkInput.Confirmed, LinkReason.HostReachable);
            }
        }

        // After a probe outcome that left the state unchanged, the state's own cadence picks the next probe; when the
        // state changed, the entry action already did.
        private void AfterProbeOutcome(int transitionsBefore)
        {
            if (_transitions != transitionsBefore)
            {
                return;
            }

            switch (_state)
            {
                case LinkState.Online:
                    ScheduleKeepAlive();
                    break;
                case LinkState.Suspect:
                    ProbeAfter(_settings.SuspectProbeIntervalMs);
                    break;
                case LinkState.Offline:
                    ProbeAfter(_backoffMs);
                    break;
                case LinkState.Recovering:
                    ProbeAfter(_settings.ConfirmProbeIntervalMs);
                    break;
            }
        }

        private void ScheduleKeepAlive()
        {
            if (_settings.OnlineProbeIntervalMs == 0)
            {
                Disarm(LinkTimerIds.NextProbe);
            }
            else if (!_probeInFlight)
            {
                Arm(LinkTimerIds.NextProbe, _settings.OnlineProbeIntervalMs);
            }
        }

        // With a probe in flight, its outcome schedules the next one.
        private void ProbeAfter(long delayMs)
        {
            if (_probeInFlight)
            {
                Disarm(LinkTimerIds.NextProbe);
            }
            else if (delayMs == 0)
            {
                StartProbeNow();
            }
            else
            {
                Arm(LinkTimerIds.NextProbe, delayMs);
            }
        }

        private void Arm(int timerId, long delayMs)
        {
            _due[timerId - LinkTimerIds.NextProbe] = _clock.UptimeMs + delayMs;
            _timers.Arm(this, timerId, delayMs);
        }

        private void Disarm(int timerId)
        {
            _due[timerId - LinkTimerIds.NextProbe] = -1;
            _timers.Disarm(timerId);
        }

        // True when the expiry is the one currently expected; then the timer counts as fired.
        private bool TakeDue(int timerId)
        {
            int slot = timerId - LinkTimerIds.NextProbe;
            if (_due[slot] < 0 || _clock.UptimeMs < _due[slot])
            {
                return false;
            }

            _due[slot] = -1;
            return true;
        }

        private void StartProbeNow()
        {
            if (_probeInFlight || _state == LinkState.LinkDown)
            {
                return;
            }

            _probeId = _probeId == int.MaxValue ? 1 : _probeId + 1;
            _probeInFlight = true;
            _probeStartMs = _clock.UptimeMs;
            _probesStarted++;
            Disarm(LinkTimerIds.NextProbe);

            // The probe reports its own failure (connect timeout, reply timeout); this only catches one that never does.
            Arm(LinkTimerIds.ProbeTimeout, _settings.ProbeTimeoutMs + _settings.ProbeReplyTimeoutMs + LinkSettings.ProbeWatchdogMarginMs);
            try
            {
                _probe.StartProbe(_probeId);
            }
            catch (System.Exception ex)
            {
                // The probe timeout will count it as a failure; the monitor must not die with the socket.
                _log.WriteLine("link: probe " + _probeId.ToString() + " could not start: " + ex.Message);
            }
        }
    }
}
