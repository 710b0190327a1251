using System.Text;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.Hal.Power;
using Pos.Hal.Remote;

namespace Pos.Core.Remote
{
    /// <summary>
    /// Remote management on the terminal (docs/REMOTE.md): keeps an MQTT session with the fleet's broker through the
    /// <see cref="IRemoteLink"/> seam, publishes the retained status (with the "offline" will), the events (declines,
    /// reversals, offline periods, self-test reports, security) and the acknowledgements, and carries out the signed
    /// commands. It lives on the main loop like every other part, and it yields to payments: it publishes only while no
    /// transaction is in flight and the host channel is free, one message at a time, rate-limited; its failures are
    /// logged and retried, never shown to the cashier. Every command, carried out or refused, is written to the
    /// audit trail; a command is refused while a transaction is in flight.
    /// </summary>
    public sealed class RemoteAgent : IEventHandler
    {
        /// <summary>Longest cashier message.</summary>
        public const int MaxMessage = 120;

        /// <summary>Longest firmware version in a notice.</summary>
        public const int MaxVersion = 20;

        private const long TickMs = 1000;
        private const int Idle = 0;
        private const int PublishingAck = 1;
        private const int PublishingStatus = 2;
        private const int PublishingEvent = 3;

        // The audit kinds that are security events, by AuditEvent value ("" for the others), packed (PackedNames).
        private const string SecurityNames = "|||||pin-lockout|technician-pin|key-load||||||||trail-break||";

        // By TxnState value: true from a transaction's first key to its end (entry, card, PIN, host, reversal, the
        // cashier's confirmations); false at idle, in the function menu, on a result and on the records' screens.
        private static readonly bool[] InFlightStates = new bool[]
        {
            false, false, true, true, true, true, true, true, true, true, true, true, false, true, false, true, true, false, false,
            false, false, false, false,
        };

        private readonly RemoteSettings _settings;
        private readonly RemoteContext _ctx;
        private readonly IRemoteLink _link;
        private readonly RemoteTopics _topics;
        private readonly RemotePayloads _payloads;
        private readonly SignedCommand _signer;
        private readonly ReplayGuard _guard;
        private readonly RemoteParameters _parameters;
        private readonly RateBucket _bucket;
        private readonly PayloadRing _acks = new PayloadRing(4);
        private readonly PayloadRing _events = new PayloadRing(8);
        private readonly RemoteStatus _current = new RemoteStatus();
        private readonly RemoteStatus _sent = new RemoteStatus();
        private readonly RemoteSession _session = new RemoteSession();
        private RemoteLinkState _state;
        private long _backoffMs;
        private long _nextConnectMs;
        private int _publishing;
        private int _publishId;
        private long _publishStartMs;
        private bool _statusSent;
        private long _statusSentMs;
        private int _dropped;
        private bool _runnerWasRunning;
        private bool _remoteRun;
        private long _remoteRunSequence;
        private string _selfTest;
        private string _selfTestAt;
        private bool _wasOnline;
        private string _offlineSince;
        private long _offlineSinceMs;
        private TxnFlow _lastFlow;
        private int _lastStan = -1;
        private int _lastBatch = -1;

        /// <summary>An agent for the terminal in <paramref name="ctx"/>, reaching its fleet as <paramref name="settings"/> say through <paramref name="link"/>.</summary>
        public RemoteAgent(RemoteSettings settings, RemoteContext ctx, IRemoteLink link)
        {
            if (settings == null || ctx == null || link == null || !settings.IsComplete)
            {
                throw new System.ArgumentException("remote: incomplete settings");
            }

            _settings = settings;
            _ctx = ctx;
            _link = link;
            _topics = new RemoteTopics(ctx.TerminalId);
            _payloads = new RemotePayloads(ctx.TerminalId, ctx.Clock);
            _signer = new SignedCommand(settings.CommandKey, ctx.TerminalId);
            _guard = new ReplayGuard(ctx.Journal);
            _parameters = new RemoteParameters(ctx.Journal, ctx.Machine);
            _bucket = new RateBucket(settings.EventBurst, settings.EventRefillMs, ctx.Clock.UptimeMs);
            _backoffMs = settings.ReconnectMinMs;
            new RemotePort(link, ctx.Queue, this);
            FillSession();
        }

        /// <summary>Raised when a <c>message</c> command asks to show a text to the cashier.</summary>
        public event RemoteMessageShownHandler MessageShown;

        /// <summary>Raised after a <c>set</c> command was applied.</summary>
        public event RemoteSettingsChangedHandler SettingsChanged;

        /// <summary>The session's state as the agent last heard it.</summary>
        public RemoteLinkState State => _state;

        /// <summary>Events and refusals' acks not sent because of the rate limit or a full ring, since boot.</summary>
        public int Dropped => _dropped + _events.Overflowed + _acks.Overflowed;

        /// <summary>Payloads waiting (acks and events).</summary>
        public int Waiting => _acks.Count + _events.Count;

        /// <summary>Commands carried out since boot.</summary>
        public int CommandsDone { get; private set; }

        /// <summary>Commands refused since boot (forged, replayed, busy, invalid).</summary>
        public int CommandsRefused { get; private set; }

        /// <summary>Starts watching the terminal and arms the tick; the first connection is tried at once.</summary>
        public void Start()
        {
            LastTransaction t = _ctx.Machine.Last;
            if (t != null)
            {
                Remember(t);
            }

            _wasOnline = _ctx.Link.IsOnline;
            _ctx.Dispatcher.Dispatched += OnDispatched;
            _ctx.Runner.Changed += OnRunnerChanged;
            _ctx.Audit.Appended += OnAudit;
            _ctx.Dispatcher.Timers.ArmPeriodic(this, RemoteTimerIds.Tick, 0, TickMs);
        }

        /// <summary>The main loop's events addressed to the agent: its tick and its port's.</summary>
        public void Handle(Event e)
        {
            switch (e.Signal)
            {
                case Signal.TimerExpired:
                    if (e.Param == RemoteTimerIds.Tick && _ctx.Dispatcher.Timers.IsCurrent(e))
                    {
                        Tick();
                    }

                    return;
                case Signal.RemoteChanged:
                    Changed((RemoteLinkState)e.Param, e.Data as string);
                    return;
                case Signal.RemoteMessage:
                    Received(e.Data as RemoteInbound);
                    return;
                case Signal.RemotePublished:
                    PublishDone(e.Data is int ? (int)e.Data : -1, e.Param == 1);
                    return;
            }
        }

        private void FillSession()
        {
            _session.Host = _settings.BrokerHost;
            _session.Port = _settings.BrokerPort;
            _session.UseTls = _settings.UseTls;
            _session.CaCertificatePem = _settings.CaCertificatePem;
            _session.ClientId = _ctx.TerminalId;
            _session.UserName = _ctx.TerminalId;
            _session.Password = _settings.Password;
            _session.KeepAliveSeconds = _settings.KeepAliveSeconds;
            _session.WillTopic = _topics.Status;
            _session.WillPayload = Encoding.UTF8.GetBytes(_payloads.Will());
            _session.SubscribeTopic = _topics.Command;
        }

        private void Tick()
        {
            long now = _ctx.Clock.UptimeMs;
            if (_state != RemoteLinkState.Connected)
            {
                // Connecting resolves a name and shakes hands over TLS, which on the device holds every managed thread
                // while it lasts: only between payments.
                if (_state != RemoteLinkState.Connecting && now >= _nextConnectMs && PaymentsIdle())
                {
                    _state = RemoteLinkState.Connecting;
                    _link.Connect(_session);
                }

                return;
            }

            if (_publishing != Idle)
            {
                if (now - _publishStartMs > _settings.PublishTimeoutMs)
                {
                    // No answer from the broker: drop the session; the message stays queued for the next one.
                    _ctx.Log.WriteLine("remote: publish not acknowledged, reconnecting");
                    _publishing = Idle;
                    _link.Disconnect();
                    Failed("no acknowledgement");
                }

                return;
            }

            Pump(now);
        }

        // One message out when the terminal is idle: acks first, then the status when due, then events.
        private void Pump(long now)
        {
            if (_publishing != Idle || _state != RemoteLinkState.Connected || !PaymentsIdle())
            {
                return;
            }

            if (_acks.Count > 0)
            {
                Publish(PublishingAck, _topics.Ack, _acks.Peek(), false, now);
                return;
            }

            ReadStatus(_current);
            bool changed = !_current.SameAs(_sent);
            if (!_statusSent || (changed && now - _statusSentMs >= _settings.StatusMinIntervalMs) || now - _statusSentMs >= _settings.HeartbeatMs)
            {
                Publish(PublishingStatus, _topics.Status, _payloads.Status(_current), true, now);
                return;
            }

            if (_events.Count > 0)
            {
                Publish(PublishingEvent, _topics.Event, _events.Peek(), false, now);
            }
        }

        private void Publish(int what, string topic, string payload, bool retain, long now)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(payload);
            _publishing = what;
            _publishId++;
            _publishStartMs = now;
            _link.Publish(_publishId, topic, bytes, 0, bytes.Length, retain);
        }

        private void PublishDone(int id, bool delivered)
        {
            if (_publishing == Idle || id != _publishId)
            {
                return;
            }

            int what = _publishing;
            _publishing = Idle;
            if (!delivered)
            {
                return; // kept; the next tick tries again (a lost session reports itself through Changed)
            }

            if (what == PublishingAck)
            {
                _acks.Remove();
            }
            else if (what == PublishingEvent)
            {
                _events.Remove();
            }
            else
            {
                _statusSent = true;
                _statusSentMs = _ctx.Clock.UptimeMs;
                _sent.CopyFrom(_current);
            }

            Pump(_ctx.Clock.UptimeMs);
        }

        private void Changed(RemoteLinkState state, string detail)
        {
            if (state == RemoteLinkState.Connected)
            {
                _state = state;
                _backoffMs = _settings.ReconnectMinMs;
                _statusSent = false; // the retained "online" status replaces the will at once
                _publishing = Idle;
                _ctx.Log.WriteLine("remote: connected to the fleet broker");
                Pump(_ctx.Clock.UptimeMs);
                return;
            }

            if (state == RemoteLinkState.Connecting)
            {
                _state = state;
                return;
            }

            Failed(detail);
        }

        private void Failed(string detail)
        {
            bool was = _state == RemoteLinkState.Connected;
            _state = RemoteLinkState.Failed;
            _publishing = Idle;
            _nextConnectMs = _ctx.Clock.UptimeMs + _backoffMs;
            _ctx.Log.WriteLine("remote: " + (was ? "session lost" : "cannot connect") + (detail == null ? string.Empty : ": " + detail)
                + ", next try in " + (_backoffMs / 1000).ToString() + " s");
            _backoffMs = _backoffMs * 2 > _settings.ReconnectMaxMs ? _settings.ReconnectMaxMs : _backoffMs * 2;
        }

        private bool PaymentsIdle()
        {
            return !InFlight() && !_ctx.Channel.IsBusy;
        }

        private bool InFlight()
        {
            return IsInFlight(_ctx.Machine.State);
        }

        /// <summary>
        /// True while a transaction is in flight in <paramref name="state"/> (commands are refused, nothing is
        /// published): from its first key to its end; false at idle, in the function menu, on a result, on the records.
        /// </summary>
        public static bool IsInFlight(TxnState state)
        {
            int i = (int)state;
            return i < 0 || i >= InFlightStates.Length || InFlightStates[i];
        }

        /// <summary>Number of states the in-flight table covers (a test keeps it equal to the machine's).</summary>
        public static int InFlightStateCount => InFlightStates.Length;

        private void ReadStatus(RemoteStatus s)
        {
            s.Firmware = _ctx.FirmwareVersion;
            s.Battery = _ctx.Power == null ? -1 : BatteryGauge.Percent(_ctx.Power.ReadBatteryMillivolts());
            s.Link = LinkWord();
            s.Queue = _ctx.OfflineQueue == null ? 0 : _ctx.OfflineQueue.ToForwardCount;
            s.Flagged = _ctx.OfflineQueue == null ? 0 : _ctx.OfflineQueue.FlaggedCount;
            s.SelfTest = _selfTest;
            s.SelfTestAt = _selfTestAt;
            s.Busy = InFlight();
            s.Dropped = Dropped;
            string available = _ctx.Journal.State.GetSetting(DiagnosticsSettingsKeys.FirmwareAvailable);
            s.FirmwareAvailable = available == null || available.Length == 0 || available == _ctx.FirmwareVersion ? null : available;
        }

        private string LinkWord()
        {
            if (_ctx.Link.IsOnline)
            {
                return "online";
            }

            Pos.Core.Link.LinkState state = _ctx.Link.State;
            return state == Pos.Core.Link.LinkState.Offline || state == Pos.Core.Link.LinkState.LinkDown ? "offline" : "checking";
        }

        // ----- what happens on the terminal -----

        private void OnDispatched(Event e)
        {
            bool online = _ctx.Link.IsOnline;
            if (online != _wasOnline)
            {
                OnlineChanged(online);
            }

            LastTransaction t = _ctx.Machine.Last;
            if (t == null || t.Outcome == LastOutcome.InFlight || t.Outcome == LastOutcome.Unknown
                || (t.Flow == _lastFlow && t.Stan == _lastStan && t.Batch == _lastBatch))
            {
                return;
            }

            Remember(t);
            if (t.Outcome == LastOutcome.Declined || t.Outcome == LastOutcome.NotCompleted)
            {
                AddEvent(_payloads.Decline(t.Code, KindOf(t.Flow), t.Stan, t.AmountFen, t.Pan == null ? null : PanMask.Mask(t.Pan)));
            }
            else if (t.Outcome == LastOutcome.Reversed)
            {
                AddEvent(_payloads.Reversal(t.Stan, t.Code, "reversed"));
            }
        }

        private void OnlineChanged(bool online)
        {
            _wasOnline = online;
            if (!online)
            {
                _offlineSince = IsoTime.Format(_ctx.Clock.UtcNow);
                _offlineSinceMs = _ctx.Clock.UptimeMs;
                return;
            }

            if (_offlineSince != null)
            {
                long seconds = (_ctx.Clock.UptimeMs - _offlineSinceMs) / 1000;
                int queued = _ctx.OfflineQueue == null ? 0 : _ctx.OfflineQueue.ToForwardCount;
                AddEvent(_payloads.OfflinePeriod(_offlineSince, IsoTime.Format(_ctx.Clock.UtcNow), seconds, queued));
                _offlineSince = null;
            }
        }

        private void Remember(LastTransaction t)
        {
            _lastFlow = t.Flow;
            _lastStan = t.Stan;
            _lastBatch = t.Batch;
        }

        private static string KindOf(TxnFlow flow)
        {
            switch (flow)
            {
                case TxnFlow.Purchase: return "purchase";
                case TxnFlow.Void: return "void";
                case TxnFlow.Refund: return "refund";
                case TxnFlow.Balance: return "balance";
                case TxnFlow.Settlement: return "settlement";
                case TxnFlow.SignIn: return "sign-in";
                default: return "other";
            }
        }

        private void OnRunnerChanged()
        {
            DiagnosticRunner runner = _ctx.Runner;
            bool running = runner.IsRunning;
            if (_runnerWasRunning && !running)
            {
                Finished(runner);
            }

            _runnerWasRunning = running;
        }

        private void Finished(DiagnosticRunner runner)
        {
            string result = Overall(runner);
            _selfTest = result;
            _selfTestAt = IsoTime.Format(_ctx.Clock.UtcNow);
            if (_remoteRun)
            {
                _remoteRun = false;
                Ack(_remoteRunSequence, "selftest", CommandVerdict.Ok, null, result);
                Audit("selftest done " + result);
                _events.Add(_payloads.SelfTest(runner, result, true)); // asked for: not subject to the rate limit
                return;
            }

            AddEvent(_payloads.SelfTest(runner, result, false));
        }

        // The worst result of the last run: FAIL, then WARN, else PASS.
        private static string Overall(DiagnosticRunner runner)
        {
            CheckStatus worst = CheckStatus.Pass;
            for (int i = 0; i < runner.Count; i++)
            {
                if (!runner.IsCurrent(i))
                {
                    continue;
                }

                CheckStatus s = runner.ResultAt(i).Status;
                if (s == CheckStatus.Fail || (s == CheckStatus.Warn && worst == CheckStatus.Pass))
                {
                    worst = s;
                }
            }

            return CheckStatusNames.Of(worst);
        }

        private void OnAudit(AuditEvent kind, int operatorNumber, string text)
        {
            string name = PackedNames.At(SecurityNames, (int)kind);
            if (name != null && name.Length > 0)
            {
                AddEvent(_payloads.Security(name, text));
            }
        }

        private void AddEvent(string payload)
        {
            if (_bucket.TryTake(_ctx.Clock.UptimeMs))
            {
                _events.Add(payload);
                Pump(_ctx.Clock.UptimeMs);
            }
            else
            {
                _dropped++;
            }
        }

        // ----- commands -----

        private void Received(RemoteInbound inbound)
        {
            if (inbound == null || inbound.Topic != _topics.Command)
            {
                return;
            }

            RemoteCommand command = _signer.Open(inbound.Payload);
            if (command == null)
            {
                Refuse(_signer.Verdict, _signer.Sequence, _signer.Name, _signer.Reason);
                return;
            }

            if (!_guard.IsFresh(command.Sequence))
            {
                Refuse(CommandVerdict.Replayed, command.Sequence, command.Name, "seq not above " + _guard.Last.ToString());
                return;
            }

            try
            {
                Execute(command);
            }
            catch (JournalException ex)
            {
                Done(command, CommandVerdict.Failed, "journal: " + ex.Message, null);
            }
        }

        private void Execute(RemoteCommand command)
        {
            if (InFlight())
            {
                _guard.Record(command.Sequence);
                Done(command, CommandVerdict.Busy, "transaction in flight", null);
                return;
            }

            switch (command.Name)
            {
                case "selftest":
                    SelfTest(command);
                    return;
                case "log":
                    SendLog(command);
                    return;
                case "set":
                    Set(command);
                    return;
                case "message":
                    Message(command);
                    return;
                case "firmware":
                    FirmwareNotice(command);
                    return;
                default:
                    _guard.Record(command.Sequence);
                    Done(command, CommandVerdict.Invalid, "unknown command", null);
                    return;
            }
        }

        private void SelfTest(RemoteCommand command)
        {
            DiagnosticRunner runner = _ctx.Runner;
            string check = command.Arg("check");
            int index = check == null ? -1 : runner.IndexOf(check);
            _guard.Record(command.Sequence);
            if (check != null && index < 0)
            {
                Done(command, CommandVerdict.Invalid, "no check " + check, null);
                return;
            }

            if (index >= 0 && DiagnosticRunner.NeedsSomeone(runner.CheckAt(index)))
            {
                Done(command, CommandVerdict.Invalid, check + " needs someone at the terminal", null);
                return;
            }

            if (runner.IsRunning)
            {
                Done(command, CommandVerdict.Busy, "self-test running", null);
                return;
            }

            Audit("selftest " + (check == null ? "all" : check) + " started " + command.Sequence.ToString());
            CommandsDone++;
            _remoteRun = true;
            _remoteRunSequence = command.Sequence;
            if (index >= 0)
            {
                runner.StartOne(index);
            }
            else
            {
                runner.StartUnattended();
            }
        }

        private void SendLog(RemoteCommand command)
        {
            string countText = command.Arg("count");
            long count = countText == null ? 20 : FieldList.ParseNumber(countText);
            _guard.Record(command.Sequence);
            if (count < 1 || count > RemotePayloads.MaxLogLines)
            {
                Done(command, CommandVerdict.Invalid, "count: 1 to " + RemotePayloads.MaxLogLines.ToString(), null);
                return;
            }

            Done(command, CommandVerdict.Ok, null, null);
            _events.Add(_payloads.Log(_ctx.Audit, (int)count)); // asked for: not subject to the rate limit
            Pump(_ctx.Clock.UptimeMs);
        }

        private void Set(RemoteCommand command)
        {
            CommandVerdict verdict = _parameters.Apply(command, _guard);
            if (verdict != CommandVerdict.Ok)
            {
                if (verdict == CommandVerdict.Invalid)
                {
                    _guard.Record(command.Sequence);
                }

                Done(command, verdict, _parameters.Reason, null);
                return;
            }

            Done(command, CommandVerdict.Ok, null, null);
            RemoteSettingsChangedHandler changed = SettingsChanged;
            if (changed != null)
            {
                changed(_parameters);
            }
        }

        private void Message(RemoteCommand command)
        {
            string text = command.Arg("text");
            string secsText = command.Arg("secs");
            long secs = secsText == null ? 0 : FieldList.ParseNumber(secsText);
            _guard.Record(command.Sequence);
            if (!RemoteParameters.IsPrintable(text, MaxMessage) || secs < 0 || secs > 3600)
            {
                Done(command, CommandVerdict.Invalid, "text: 1 to " + MaxMessage.ToString() + " printable characters; secs: 0 to 3600", null);
                return;
            }

            Done(command, CommandVerdict.Ok, null, null);
            RemoteMessageShownHandler shown = MessageShown;
            if (shown != null)
            {
                shown(text, (int)secs);
            }
        }

        private void FirmwareNotice(RemoteCommand command)
        {
            string version = command.Arg("version");
            if (!IsVersion(version))
            {
                _guard.Record(command.Sequence);
                Done(command, CommandVerdict.Invalid, "version: 1 to " + MaxVersion.ToString() + " of 0-9 a-z . -", null);
                return;
            }

            Journal journal = _ctx.Journal;
            try
            {
                journal.BeginGroup();
                journal.SetSetting(DiagnosticsSettingsKeys.FirmwareAvailable, version);
                _guard.Record(command.Sequence);
                journal.CommitGroup();
            }
            finally
            {
                journal.AbandonGroup();
            }

            Done(command, CommandVerdict.Ok, null, version == _ctx.FirmwareVersion ? "already installed" : null);
        }

        private static bool IsVersion(string text)
        {
            if (text == null || text.Length == 0 || text.Length > MaxVersion)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        // A command that reached its end: audited, acknowledged.
        private void Done(RemoteCommand command, CommandVerdict verdict, string reason, string detail)
        {
            if (verdict == CommandVerdict.Ok)
            {
                CommandsDone++;
            }
            else
            {
                CommandsRefused++;
            }

            Audit(command.Name + " " + CommandVerdictNames.Of(verdict) + (reason == null ? string.Empty : " " + reason));
            Ack(command.Sequence, command.Name, verdict, reason, detail);
        }

        // A command refused before it was trusted: audited, a security event when it looks like an attack, and an ack
        // only while the rate limit allows (a flood of forgeries must not become a flood of answers).
        private void Refuse(CommandVerdict verdict, long sequence, string name, string reason)
        {
            CommandsRefused++;
            string what = verdict == CommandVerdict.Forged ? "forged-command" : verdict == CommandVerdict.Replayed ? "replayed-command"
                : verdict == CommandVerdict.WrongTerminal ? "wrong-terminal-command" : null;
            Audit("refused " + CommandVerdictNames.Of(verdict) + " " + (name == null ? "?" : name) + " " + (reason == null ? string.Empty : reason));
            if (!_bucket.TryTake(_ctx.Clock.UptimeMs))
            {
                _dropped++;
                return;
            }

            if (what != null)
            {
                _events.Add(_payloads.Security(what, (name == null ? "?" : name) + " seq " + sequence.ToString()));
            }

            Ack(sequence, name, verdict, reason, null);
        }

        private void Ack(long sequence, string name, CommandVerdict verdict, string reason, string detail)
        {
            _acks.Add(_payloads.Ack(sequence, name, verdict, reason, detail));
            Pump(_ctx.Clock.UptimeMs);
        }

        private void Audit(string text)
        {
            if (!_ctx.Audit.IsOpen)
            {
                return;
            }

            _ctx.Audit.Append(_ctx.Clock.UtcNow.Ticks, Pos.Core.Common.Operators.None, AuditEvent.Remote, text);
        }
    }
}
