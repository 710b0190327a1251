using System;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The transaction state machine. It decodes the application's events into <see cref="TxnTrigger"/>s, looks the
    /// (state, trigger) up in the rows of <see cref="TransactionTable"/>, and runs exit → action → entry to completion.
    /// State entry does the work of the state (show the screen, arm its timer, start the card reader, send the
    /// request); actions are the small steps between. Reversal rules (SPEC §2): the reversal is persisted with reason
    /// 98 before a reversible request is sent, rewritten to A0 on an approval with a bad MAC and to 96 when the
    /// approval cannot be committed, sent before the next financial transaction and before settlement, and on its own
    /// as soon as the terminal is idle and online (with backoff), retried up to
    /// <see cref="TransactionSettings.ReversalRetryCount"/>, then kept and blocking until sent or cleared by a technician
    /// (<see cref="ClearPendingReversal"/>, from the technician menu). A request that cannot reach the host within
    /// <see cref="TransactionSettings.ConnectTimeoutMs"/> of being sent is taken back unsent; a purchase then goes to the
    /// offline policy when it is enabled.
    /// </summary>
    public sealed class TransactionMachine : IEventHandler
    {
        /// <summary>Local code shown when nothing could be sent (no connection).</summary>
        public const string CodeNoConnection = "LNC";
        /// <summary>Local code: the host did not answer in time.</summary>
        public const string CodeTimeout = "LTO";
        /// <summary>Local code: the reply could not be read or did not match.</summary>
        public const string CodeBadReply = "LBR";
        /// <summary>Local code: the approval's MAC did not verify.</summary>
        public const string CodeMacError = "LMA";
        /// <summary>Local code: keys missing (not signed in).</summary>
        public const string CodeNoKeys = "LNK";
        /// <summary>Local code: storage failure.</summary>
        public const string CodeStorage = "LST";
        /// <summary>Local code: the offline advices could not be uploaded before settlement.</summary>
        public const string CodeOfflineUpload = "LOU";
        /// <summary>
        /// The pending-reversal slot's reason for a refund awaiting the host's confirmation: a refund (0220) is never
        /// reversed (cups-pos.md §2.4), so when its answer is lost the same 0220, same STAN, is repeated until the host
        /// says it holds it (00, or a 94 with a valid MAC and the same amount) or refuses it. Sent, retried, blocked
        /// and cleared like a reversal; never sent as a 0400.
        /// </summary>
        public const string RefundConfirmation = "RF";

        /// <summary>Local code: the working keys of the sign-in reply failed their checks.</summary>
        public const string CodeKeyCheck = "LKC";
        /// <summary>Local code on the card prompt: the reader handed over card data the request cannot carry (<see cref="CardCheck"/>).</summary>
        public const string CodeCardData = "LCD";
        /// <summary>Local code: the clock is outside 2000–2099, so no date can be written for the host (fields 12/13).</summary>
        public const string CodeClock = "LCK";
        /// <summary>Local code: an internal error stopped the transaction (the dispatcher's guard, <see cref="Recover"/>).</summary>
        public const string CodeSystemError = "LSE";

        private const string SettingSignInDate = "signin.date";
        private const string SettingSignInRequired = "signin.required";
        private const int MaxAmountDigits = 10;

        private readonly TransactionSettings _settings;
        private readonly Journal _journal;
        private readonly TransactionLog _log;
        private readonly IKeyStore _keys;
        private readonly IClock _clock;
        private readonly TimerService _timers;
        private readonly HostChannel _channel;
        private readonly LinkMonitor _link;
        private readonly OfflinePolicy _policy;
        private readonly IOfflineStore _offline;
        private readonly IResponseCodeTable _codes;
        private readonly ICardReader _reader;
        private readonly ISerialLog _serial;
        private readonly string _terminalId;
        private readonly RequestFramer _framer;
        private readonly IMacCalculator _mac;
        private readonly ReplyDecoder _replies;
        private readonly ScreenModel _screen = new ScreenModel();
        private readonly TxnContext _ctx = new TxnContext();

        private TxnState _state = TxnState.Idle;
        private TxnState _resume = TxnState.Idle;
        private int _lastDigit;
        private int _exchangeId = -1;
        private bool _autoSignInDue = true;

        // In-doubt recovery: the journal's record of the last money transaction, and the journal groups around it.
        private readonly LastTransactionKeeper _lastKeeper;

        // Duplicate guard: recent sales that took money, and the one that matched the card shown.
        private readonly RecentSales _recent = new RecentSales();

        // The pending reversal sent from the idle screen: whether the attempt in flight is one, the pause before the
        // next one after a failure, and when that pause ends (uptime ms).
        private readonly IdleReversalSchedule _idleReversal;

        /// <summary>While the link monitor is still confirming the host (suspect), the idle reversal looks again this often.</summary>
        public const int ReversalLinkRecheckMs = 1000;

        // The card prompt's accepted modes by bits chip 4, tap 2, swipe 1 (constant strings: nothing allocated).
        private static readonly string[] ModeLetters = new string[] { EntryNames.AllModes, "S", "T", "TS", "C", "CS", "CT", "CTS" };

        /// <summary>Creates the machine; call <see cref="Start"/> once the journal is open.</summary>
        public TransactionMachine(TransactionSettings settings, TerminalSettings terminal, Journal journal, IKeyStore keys, IClock clock,
            TimerService timers, HostChannel channel, LinkMonitor link, OfflinePolicy policy, IOfflineStore offline,
            IResponseCodeTable codes, ICardReader reader, ISerialLog serial, IMacCalculator mac)
        {
            if (settings == null || terminal == null || journal == null || keys == null || clock == null || timers == null
                || channel == null || link == null || policy == null || codes == null || reader == null || serial == null || mac == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _settings = settings.Clone();
            _journal = journal;
            _log = new TransactionLog(journal);
            _keys = keys;
            _clock = clock;
            _timers = timers;
            _channel = channel;
            _link = link;
            _policy = policy;
            _offline = offline;
            _codes = codes;
            _reader = reader;
            _serial = serial;
            _mac = mac;
            _terminalId = terminal.TerminalId;
            _framer = new RequestFramer(terminal, mac);
            _lastKeeper = new LastTransactionKeeper(journal);
            _replies = new ReplyDecoder(mac);
            _idleReversal = new IdleReversalSchedule(_settings.ReversalRetryInitialMs, _settings.ReversalRetryMaxMs, clock);
        }

        /// <summary>How many completion triggers one event may chain before <see cref="Fire"/> stops the loop.</summary>
        public const int MaxCompletionRounds = 8;

        /// <summary>Completion loops stopped since start (each also written to the serial log); 0 in a sound table.</summary>
        public int CompletionLoops { get; private set; }

        /// <summary>The current state.</summary>
        public TxnState State => _state;

        /// <summary>What the screen shows now.</summary>
        public ScreenModel Screen => _screen;

        /// <summary>The flow in progress.</summary>
        public TxnFlow Flow => _ctx.Flow;

        /// <summary>Transitions taken since start.</summary>
        public int TransitionCount { get; private set; }

        /// <summary>The last (state, trigger) that had no row (non-key triggers only), for diagnostics.</summary>
        public int Unhandled { get; private set; }

        /// <summary>The transaction log of the batch.</summary>
        public TransactionLog Log => _log;

        /// <summary>Called after every transition with "From --Trigger/Action--> To"; null to stop tracing.</summary>
        public TraceHandler Trace { get; set; }

        /// <summary>Subscribes to the signals the machine consumes.</summary>
        public void SubscribeTo(Dispatcher dispatcher)
        {
            dispatcher.Subscribe(Signal.KeyPressed, this);
            dispatcher.Subscribe(Signal.CardRead, this);
            dispatcher.Subscribe(Signal.TimerExpired, this);
            dispatcher.Subscribe(Signal.ExchangeReplied, this);
            dispatcher.Subscribe(Signal.ExchangeFailed, this);
            dispatcher.Subscribe(Signal.WentOnline, this);
            dispatcher.Subscribe(Signal.WentOffline, this);
            dispatcher.Subscribe(Signal.ForwardingDone, this);
            dispatcher.Subscribe(Signal.ForwardingStopped, this);
        }

        /// <summary>
        /// The offline forwarder (null: none). When set, settlement first drains it
        /// (<see cref="Forwarder.DrainBeforeSettlement"/>) and sends the 0500 only after
        /// <see cref="Signal.ForwardingDone"/>; <see cref="Signal.ForwardingStopped"/> fails the settlement (not sent).
        /// </summary>
        public Forwarder Forwarder { get; set; }

        /// <summary>The provisioning marker; when unconfirmed the idle screen says so (line 4 <c>STORAGE_NEW</c>).</summary>
        public StorageProvisioning Provisioning { get; set; }

        /// <summary>True while the storage's provisioning waits for a technician's confirmation.</summary>
        public bool StorageUnconfirmed => Provisioning != null && !Provisioning.IsConfirmed;

        /// <summary>True while settlement waits for the offline advices to be uploaded.</summary>
        public bool AwaitingDrain => _awaitingDrain;

        private bool _awaitingDrain;

        private void OnForwardingEnded(Event e)
        {
            if (!_awaitingDrain || _state != TxnState.Settling || (Forwarder != null && Forwarder.IsDraining))
            {
                return; // not ours, or a report of an earlier drain while the settlement's drain is still going
            }

            _awaitingDrain = false;
            _timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
            if (e.Signal == Signal.ForwardingDone)
            {
                SendManagement(TxnState.Settling);
                if (_pendingFault)
                {
                    _pendingFault = false;
                    Fire(TxnTrigger.LocalFault);
                }
            }
            else
            {
                _ctx.Code = CodeOfflineUpload;
                Fire(TxnTrigger.NotSent);
            }
        }

        /// <summary>
        /// Shows the last transaction's outcome when the cashier has not confirmed it (in-doubt recovery: a power cut
        /// came between the outcome and the cashier), else enters Idle (which checks whether a sign-in is due).
        /// </summary>
        public void Start()
        {
            _lastKeeper.Load();
            RememberLastSale();
            _pendingCheck = false;
            _state = Last != null && !Last.Acknowledged ? TxnState.LastResult : TxnState.Idle;
            Enter(_state);
            if (_pendingCheck)
            {
                Fire(TxnTrigger.Check);
            }
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            switch (e.Signal)
            {
                case Signal.KeyPressed:
                    OnKey((Key)e.Param);
                    break;
                case Signal.CardRead:
                    if (_state == TxnState.PresentCard)
                    {
                        TakeCardRead(e);
                    }

                    break;
                case Signal.TimerExpired:
                    if (e.Param == TransactionTimerIds.StateTimeout && _timers.IsCurrent(e))
                    {
                        Fire(TxnTrigger.Timeout);
                    }
                    else if (e.Param == TransactionTimerIds.ExchangeWatchdog && _timers.IsCurrent(e) && _awaitingDrain)
                    {
                        _awaitingDrain = false; // the upload before settlement did not finish in time: do not settle
                        _ctx.Code = CodeOfflineUpload;
                        Fire(TxnTrigger.NotSent);
                    }
                    else if (e.Param == TransactionTimerIds.ExchangeWatchdog && _timers.IsCurrent(e) && _exchangeId >= 0)
                    {
                        // Still waiting for the shared seam means it never left: nothing sent, not a timeout.
                        bool unsent = _channel.CancelWaiting(_exchangeId);
                        _exchangeId = -1;
                        _timers.Disarm(TransactionTimerIds.ConnectDeadline);
                        _ctx.Code = unsent ? CodeNoConnection : CodeTimeout;
                        Fire(unsent ? TxnTrigger.NotSent : TxnTrigger.NoReply);
                    }
                    else if (e.Param == TransactionTimerIds.ConnectDeadline && _timers.IsCurrent(e) && _exchangeId >= 0)
                    {
                        // The connect budget is spent and the request still waits for the exchange in flight: take it
                        // back unsent. Once started, the seam's own connect timeout (what was left) ends it in time.
                        TakeBackWaiting();
                    }
                    else if (e.Param == TransactionTimerIds.ReversalRetry && _timers.IsCurrent(e) && (_state == TxnState.Idle || _state == TxnState.LastResult))
                    {
                        Fire(TxnTrigger.Check);
                    }

                    break;
                case Signal.ExchangeReplied:
                case Signal.ExchangeFailed:
                    OnExchange(e);
                    break;
                case Signal.ForwardingDone:
                case Signal.ForwardingStopped:
                    OnForwardingEnded(e);
                    break;
                case Signal.WentOnline:
                    // A new chance for the pending reversal: at once (the row below), and its backoff starts over.
                    _idleReversal.Reset();
                    Fire(TxnTrigger.WentOnline);
                    break;
                case Signal.WentOffline:
                    // The monitor gave up on the host while the sale's request still waits for the exchange in flight:
                    // take it back now (nothing was sent) and let the outcome follow.
                    if (_state == TxnState.Authorising && _exchangeId >= 0 && TakeBackWaiting())
                    {
                        break;
                    }

                    Fire(TxnTrigger.WentOffline);
                    break;
            }
        }

        // The reader's data enters here: a read error (E1–E5, the reader's code), or a card the request could not carry
        // (LCD: CardCheck names the field, the serial log gets the word, never the value) stays on the card prompt.
        private void TakeCardRead(Event e)
        {
            CardData card = e.Data as CardData;
            string problem = card == null || e.Param != (int)CardReadError.None ? CardCheck.Ok : CardCheck.Check(card);
            if (card == null || e.Param != (int)CardReadError.None || problem.Length > 0)
            {
                _ctx.Card = null;
                _ctx.Error = card == null || e.Param != (int)CardReadError.None ? "E" + e.Param.ToString() : CodeCardData;
                if (problem.Length > 0)
                {
                    _serial.WriteLine("txn: card data refused (" + problem + ")");
                }

                Fire(TxnTrigger.CardFailed);
                return;
            }

            _ctx.Card = card;
            _ctx.Error = string.Empty;
            Fire(TxnTrigger.CardOk);
        }

        /// <summary>
        /// The dispatcher's guard caught an exception from this machine: end whatever was going on in a safe state.
        /// Timers and the card reader stop, a request still waiting for the seam is withdrawn (one already out is
        /// answered late and dropped as stale), PIN and card data are wiped, and the machine shows the result of a
        /// system error (<see cref="CodeSystemError"/>): REVERSAL_PENDING when the journal holds a reversal (it is kept
        /// as it is: it was persisted before its request left, and is sent as usual), FAILED otherwise. Nothing is
        /// written to the journal. With <paramref name="hold"/> the result stays until a key (no timer back to Idle):
        /// a fault that comes back at every turn then waits for a person instead of looping.
        /// </summary>
        public void Recover(bool hold)
        {
            _state = TxnState.Result;
            _ctx.Flow = TxnFlow.None;
            _ctx.Action = ResponseAction.None;
            _pendingCheck = false;
            _pendingFault = false;
            _ctx.Upload = null;
            PendingReversal r = _journal.State.Reversal;
            if (r != null)
            {
                ShowResult(ScreenIds.ReversalPending, r.Reason, CodeSystemError, null, null);
            }
            else
            {
                ShowResult(ScreenIds.Failed, CodeSystemError, null, null, null);
            }

            int exchange = _exchangeId;
            _exchangeId = -1;
            try
            {
                Reset();
                _ctx.HasPinBlock = false;
                for (int i = 0; i < _ctx.PinBlock.Length; i++)
                {
                    _ctx.PinBlock[i] = 0;
                }

                _timers.Disarm(TransactionTimerIds.StateTimeout);
                _timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
                if (exchange >= 0)
                {
                    _channel.CancelWaiting(exchange);
                }

                _reader.StopReading();
                if (!hold)
                {
                    ArmStateTimer(TxnStateInfo.ResultTimeout);
                }
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (Exception)
            {
                // The screen already says what happened; ENTER or CANCEL still lead back to Idle.
            }
        }

        // Takes back the machine's request if it still waits for the shared seam (never sent) and reports NotSent.
        private bool TakeBackWaiting()
        {
            if (!_channel.CancelWaiting(_exchangeId))
            {
                return false;
            }

            _exchangeId = -1;
            _timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
            _timers.Disarm(TransactionTimerIds.ConnectDeadline);
            _ctx.Code = CodeNoConnection;
            Fire(TxnTrigger.NotSent);
            return true;
        }

        /// <summary>True when the journal holds a pending reversal.</summary>
        public bool ReversalPending => _journal.State.Reversal != null;

        /// <summary>The journal's record of the last money transaction (null: none yet).</summary>
        public LastTransaction Last => _lastKeeper.Record;

        /// <summary>Feeds one trigger (the event decoding does this; tests may call it).</summary>
        public void Fire(TxnTrigger trigger)
        {
            TxnTrigger next = trigger;
            int rounds = 0;
            while (true)
            {
                _pendingCheck = false;
                _pendingFault = false;
                Dispatch(next);

                // Completion triggers raised by the entry just run (run to completion: handled before the next event).
                if (_pendingFault)
                {
                    next = TxnTrigger.LocalFault;
                }
                else if (_pendingCheck)
                {
                    next = TxnTrigger.Check;
                }
                else
                {
                    return;
                }

                if (++rounds > MaxCompletionRounds)
                {
                    // A table whose completions keep raising each other: stop, and say so (the state is kept).
                    CompletionLoops++;
                    _serial.WriteLine("txn: completion loop stopped after " + MaxCompletionRounds.ToString() + " rounds in "
                        + TransactionTable.NameOf(_state) + ", " + TransactionTable.NameOf(next) + " still pending");
                    return;
                }
            }
        }

        private bool _pendingCheck;
        private bool _pendingFault;
        private TxnState _exitTo = TxnState.Idle;
        private TxnTrigger _current;

        private void Dispatch(TxnTrigger trigger)
        {
            int rows = TransactionTable.RowCount;
            for (int i = 0; i < rows; i++)
            {
                if (TransactionTable.From(i) != _state || TransactionTable.Trigger(i) != trigger
                    || !Holds(TransactionTable.Guard(i)) || !Holds(TransactionTable.Guard2(i)))
                {
                    continue;
                }

                _current = trigger;
                Take(i);
                return;
            }

            Unhandled++;
        }

        private void Take(int row)
        {
            TxnState from = _state;
            TxnState to = TransactionTable.To(row);
            TxnAction action = TransactionTable.Action(row);
            if (to == TxnState.Resume)
            {
                to = _resume;
            }

            TxnState then = TransactionTable.Then(row);
            if (TransactionTable.To(row) == TxnState.Reversing && then != TxnState.Stay)
            {
                _resume = then;
                _ctx.AttemptLimit = _settings.ReversalRetryCount;
            }

            if (to != TxnState.Stay)
            {
                _exitTo = to;
                Exit(from);
            }

            Run(action);

            TransitionCount++;
            TraceHandler trace = Trace;
            if (trace != null)
            {
                trace(TransactionTable.NameOf(from) + " --" + TransactionTable.NameOf(TransactionTable.Trigger(row)) + "/" + TransactionTable.NameOf(action)
                    + "--> " + TransactionTable.NameOf(to == TxnState.Stay ? from : to));
            }

            if (to != TxnState.Stay)
            {
                _state = to;
                Enter(to);
            }
        }

        private void OnKey(Key key)
        {
            if (key >= Key.Digit0 && key <= Key.Digit9)
            {
                _lastDigit = (int)key - (int)Key.Digit0;
                Fire(TxnTrigger.Digit);
                return;
            }

            switch (key)
            {
                case Key.Clear:
                    Fire(TxnTrigger.Clear);
                    break;
                case Key.Enter:
                    Fire(TxnTrigger.Enter);
                    break;
                case Key.Cancel:
                    Fire(TxnTrigger.Cancel);
                    break;
                case Key.Func:
                    Fire(TxnTrigger.Func);
                    break;
                case Key.Up:
                    Fire(TxnTrigger.Up);
                    break;
                case Key.Down:
                    Fire(TxnTrigger.Down);
                    break;
            }
        }

        private void OnExchange(Event e)
        {
            ExchangeOutcome outcome = e.Data as ExchangeOutcome;
            if (outcome == null || _exchangeId < 0 || outcome.ExchangeId != _exchangeId)
            {
                return; // stale: a late outcome after the watchdog, or not ours
            }

            _exchangeId = -1;
            _timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
            _timers.Disarm(TransactionTimerIds.ConnectDeadline);
            if (outcome.Failure != ExchangeFailure.None)
            {
                bool nothingSent = outcome.Failure == ExchangeFailure.ConnectFailed || outcome.Failure == ExchangeFailure.NotReady;
                _ctx.Code = nothingSent ? CodeNoConnection : CodeTimeout;
                Fire(nothingSent ? TxnTrigger.NotSent : TxnTrigger.NoReply);
                return;
            }

            Fire(DecodeReply(outcome.Reply));
        }

        private TxnTrigger DecodeReply(byte[] frame)
        {
            PendingReversal r = _journal.State.Reversal;
            bool repeatedRefund = _state == TxnState.Reversing && r != null && r.Reason == RefundConfirmation;
            TxnTrigger trigger = _replies.Decode(frame, _framer.Request, _state, repeatedRefund ? _ctx.Request.AmountFen : -1);
            _ctx.Code = _replies.Code;
            if (_replies.RequiresSignIn)
            {
                RequireSignIn();
            }

            return trigger;
        }

        private void RequireSignIn()
        {
            _autoSignInDue = true;
            TryJournal(SettingSignInRequired, "1");
        }

        private bool Holds(TxnGuard guard)
        {
            PendingReversal reversal = _journal.State.Reversal;
            switch (guard)
            {
                case TxnGuard.Always:
                    return true;
                case TxnGuard.ReversalBlocks:
                    return reversal != null && reversal.Attempts >= _settings.ReversalRetryCount;
                case TxnGuard.ReversalDue:
                    return reversal != null && _link.IsOnline;
                case TxnGuard.Offline:
                    return !_link.IsOnline;
                case TxnGuard.Room:
                    return _state == TxnState.PinEntry ? _ctx.Pin.Count < _settings.MaxPinLength
                        : _state == TxnState.OriginalStanEntry ? _ctx.Digits.Count < 6 : _ctx.Digits.Count < MaxAmountDigits;
                case TxnGuard.AmountOk:
                    return _ctx.AmountFen >= 1 && _ctx.AmountFen <= _settings.MaxAmountFen
                        && (_ctx.Flow != TxnFlow.Refund || _ctx.Original == null || _ctx.AmountFen <= _ctx.Original.AmountFen);
                case TxnGuard.OriginalOk:
                    return LookupOriginal();
                case TxnGuard.IsVoid:
                    return _ctx.Flow == TxnFlow.Void;
                case TxnGuard.NeedPin:
                    return _ctx.Card != null && PinRule.For(_ctx.Card, _ctx.AmountFen, _ctx.Flow == TxnFlow.Balance, _settings) != PinRequirement.None;
                case TxnGuard.PinOk:
                    return (_ctx.Pin.Count >= _settings.MinPinLength && _ctx.Pin.Count <= _settings.MaxPinLength)
                        || (_ctx.Pin.Count == 0 && _ctx.PinRequirement == PinRequirement.Optional);
                case TxnGuard.ReversalCanRetry:
                    return reversal != null && reversal.Attempts < _ctx.AttemptLimit;
                case TxnGuard.NeedSignIn:
                    return NeedSignIn();
                case TxnGuard.Unbalanced:
                    return !_replies.Settlement.Balanced;
                case TxnGuard.UploadMore:
                    return _ctx.Upload != null && _ctx.UploadSent < ((_ctx.Upload.Length + 7) / 8) + 1;
                case TxnGuard.CanReEnterPin:
                    return _ctx.Action == ResponseAction.ReEnterPin && _ctx.Card != null && _ctx.Flow != TxnFlow.None;
                case TxnGuard.Key1:
                    return _lastDigit == 1;
                case TxnGuard.Key2:
                    return _lastDigit == 2;
                case TxnGuard.Key3:
                    return _lastDigit == 3;
                case TxnGuard.Key4:
                    return _lastDigit == 4;
                case TxnGuard.Key5:
                    return _lastDigit == 5;
                case TxnGuard.ReversalRetryDue:
                    return _idleReversal.PauseOver && _link.State == LinkState.Online;
                case TxnGuard.Background:
                    return _idleReversal.InFlight;
                case TxnGuard.OfflineFallback:
                    return _ctx.Flow == TxnFlow.Purchase && _policy.Enabled;
                case TxnGuard.RefundPending:
                    return reversal != null && reversal.Reason == RefundConfirmation;
                case TxnGuard.ResumesLast:
                    return _idleReversal.InFlight && _resume == TxnState.LastResult;
                case TxnGuard.Duplicate:
                    _ctx.Duplicate = _ctx.Flow == TxnFlow.Purchase && _ctx.Card != null
                        ? _recent.Find(_ctx.Card.Pan, _ctx.AmountFen, _clock.UptimeMs, _settings.DuplicateWindowMs) : -1;
                    return _ctx.Duplicate >= 0;
            }

            return false;
        }

        private bool NeedSignIn()
        {
            if (!_link.IsOnline || !_keys.Has(KeySlot.Tmk))
            {
                return false;
            }

            bool missing = !_keys.Has(KeySlot.Pik) || !_keys.Has(KeySlot.Mak);
            bool forced = _journal.State.GetSetting(SettingSignInRequired) != null;
            bool daily = _settings.DailySignIn && _journal.State.GetSetting(SettingSignInDate) != Today();
            return _autoSignInDue && (missing || forced || daily);
        }

        // The merchant's business day: daily sign-in follows local midnight, not UTC's.
        private string Today()
        {
            return HostClock.LocalDay(_clock.UtcNow, _settings.UtcOffsetMinutes);
        }

        private bool LookupOriginal()
        {
            if (_ctx.Digits.Count == 0)
            {
                return false;
            }

            LoggedTransaction t = _log.Find((int)_ctx.Digits.Value);
            bool ok = t != null && t.Type == TxnTypeOfOriginal() && !t.Voided;
            _ctx.Original = ok ? t : null;
            _ctx.Error = ok ? string.Empty : t == null ? "NOT_FOUND" : "VOIDED";
            return ok;
        }

        private static TransactionType TxnTypeOfOriginal()
        {
            return TransactionType.Purchase;
        }

        private void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.Ignore:
                    break;
                case TxnAction.BeginPurchase:
                    Begin(TxnFlow.Purchase);
                    if (_current == TxnTrigger.Digit && _lastDigit > 0)
                    {
                        _ctx.Digits.Wipe();
                        _ctx.Digits.Add(_lastDigit);
                        _ctx.AmountFen = _lastDigit;
                    }

                    break;
                case TxnAction.BeginVoid:
                    Begin(TxnFlow.Void);
                    break;
                case TxnAction.BeginRefund:
                    Begin(TxnFlow.Refund);
                    break;
                case TxnAction.BeginBalance:
                    Begin(TxnFlow.Balance);
                    break;
                case TxnAction.BeginSettlement:
                    Begin(TxnFlow.Settlement);
                    break;
                case TxnAction.BeginSignIn:
                    Begin(TxnFlow.SignIn);
                    _autoSignInDue = false;
                    break;
                case TxnAction.AddDigit:
                    AddDigit();
                    break;
                case TxnAction.Backspace:
                    Backspace();
                    break;
                case TxnAction.Refuse:
                    if (_state == TxnState.AmountEntry)
                    {
                        _screen.Set(2, "LIMIT");
                    }
                    else if (_state == TxnState.OriginalStanEntry)
                    {
                        _screen.Set(2, _ctx.Error);
                    }
                    else if (_state == TxnState.PinEntry)
                    {
                        _screen.Set(3, "LENGTH");
                    }

                    break;
                case TxnAction.Abandon:
                    Reset();
                    break;
                case TxnAction.TakeCard:
                    _ctx.PinRequirement = PinRule.For(_ctx.Card, _ctx.AmountFen, _ctx.Flow == TxnFlow.Balance, _settings);
                    break;
                case TxnAction.CardError:
                    _screen.Set(2, _ctx.Error);
                    break;
                case TxnAction.DecideOffline:
                    DecideOffline();
                    break;
                case TxnAction.Complete:
                    Complete();
                    break;
                case TxnAction.Decline:
                    Decline();
                    break;
                case TxnAction.ReverseMac:
                    RewriteReversal(ReversalReason.MacFailure);
                    ShowResult(ScreenIds.ReversalPending, ReversalPending ? _journal.State.Reversal.Reason : ReversalReason.MacFailure, CodeMacError, null, null);
                    break;
                case TxnAction.KeepReversal:
                    if (ReversalPending)
                    {
                        ShowResult(ScreenIds.ReversalPending, _journal.State.Reversal.Reason, _ctx.Code, null, null);
                    }
                    else
                    {
                        ShowResult(ScreenIds.Failed, _ctx.Code, null, null, null);
                    }

                    break;
                case TxnAction.NotSent:
                    CloseTransaction(LastOutcome.NotCompleted, _ctx.Code);
                    ShowResult(ScreenIds.NoConnection, _ctx.Code, LinkWord(), null, null);
                    break;
                case TxnAction.TakeOffline:
                    // Nothing reached the host (connect failed or taken back): no reversal; the policy decides.
                    ClearReversalQuietly();
                    DecideOffline();
                    break;
                case TxnAction.LocalFailure:
                    ShowResult(ScreenIds.Failed, _ctx.Code, null, null, null);
                    break;
                case TxnAction.ReversalDone:
                    ReversalDone();
                    break;
                case TxnAction.RefundConfirmed:
                    RefundSettled(true);
                    break;
                case TxnAction.RefundRefused:
                    RefundSettled(false);
                    break;
                case TxnAction.RetryReversal:
                    PendingReversal pending = _journal.State.Reversal;
                    _ctx.AttemptLimit = pending == null ? 0 : pending.Attempts + 1;
                    _ctx.Flow = TxnFlow.ReversalOnly;
                    break;
                case TxnAction.SignedIn:
                    SignedIn();
                    break;
                case TxnAction.SignInFailed:
                    ShowResult(ScreenIds.SignInFailed, _ctx.Code, null, null, null);
                    break;
                case TxnAction.Settled:
                    Settled();
                    break;
                case TxnAction.SettleFailed:
                    ShowResult(ScreenIds.SettleFailed, _ctx.Code, null, null, null);
                    break;
                case TxnAction.BackgroundReversal:
                    _idleReversal.InFlight = true;
                    _timers.Disarm(TransactionTimerIds.ReversalRetry);
                    break;
                case TxnAction.BackOffReversal:
                    BackOffReversal();
                    break;
                case TxnAction.PlanReversal:
                    PlanIdleReversal();
                    break;
                case TxnAction.QueuePurchase:
                    // The cashier starts a sale while the idle reversal is out: it follows the reversal, as a sale
                    // started with a reversal pending does (further attempts at once, then the amount entry).
                    Begin(TxnFlow.Purchase);
                    if (_current == TxnTrigger.Digit && _lastDigit > 0)
                    {
                        _ctx.Digits.Wipe();
                        _ctx.Digits.Add(_lastDigit);
                        _ctx.AmountFen = _lastDigit;
                    }

                    _idleReversal.InFlight = false;
                    _resume = TxnState.AmountEntry;
                    break;
                case TxnAction.ReEnterPin:
                    _ctx.PinRetry = true;
                    break;
                case TxnAction.Refresh:
                    ShowIdle();
                    PlanIdleReversal();
                    if (Forwarder != null && !NeedSignIn())
                    {
                        Forwarder.Resume(); // advices left waiting by a sign-in or a reversal go on from idle
                    }

                    break;
                case TxnAction.RefreshModes:
                    _screen.Set(3, AcceptedModes());
                    break;
                case TxnAction.NoConnection:
                    ShowResult(ScreenIds.NoConnection, CodeNoConnection, LinkWord(), null, null);
                    break;
                case TxnAction.BeginUpload:
                    _ctx.Upload = _log.UploadRecords();
                    _ctx.UploadSent = 0;
                    break;
            }
        }

        private void Begin(TxnFlow flow)
        {
            Reset();
            _ctx.Flow = flow;
        }

        private void Reset()
        {
            _awaitingDrain = false;
            _ctx.Reset();
            _lastKeeper.IsCurrent = false;
        }

        private void AddDigit()
        {
            if (_state == TxnState.PinEntry)
            {
                _ctx.Pin.Add(_lastDigit);
                _screen.Set(2, Stars(_ctx.Pin.Count));
                _screen.Set(3, string.Empty);
                return;
            }

            if (_state == TxnState.AmountEntry && _ctx.Digits.Count == 0 && _lastDigit == 0)
            {
                return; // no leading zeros
            }

            _ctx.Digits.Add(_lastDigit);
            Redraw();
        }

        private void Backspace()
        {
            if (_state == TxnState.PinEntry)
            {
                _ctx.Pin.Backspace();
                _screen.Set(2, Stars(_ctx.Pin.Count));
                return;
            }

            _ctx.Digits.Backspace();

            Redraw();
        }

        private void Redraw()
        {
            if (_state == TxnState.AmountEntry)
            {
                _ctx.AmountFen = _ctx.Digits.Value;
                _screen.Set(1, FormatAmount(_ctx.AmountFen));
                _screen.Set(2, string.Empty);
            }
            else if (_state == TxnState.OriginalStanEntry)
            {
                _screen.Set(1, _ctx.Digits.Text());
                _screen.Set(2, string.Empty);
            }
        }

        private static string Stars(int count)
        {
            return new string('*', count);
        }

        /// <summary>Fen as "12.34".</summary>
        public static string FormatAmount(long fen)
        {
            long yuan = fen / 100;
            long cents = fen % 100;
            return yuan.ToString() + "." + (cents < 10 ? "0" : string.Empty) + cents.ToString();
        }

        private static string FlowName(TxnFlow flow)
        {
            switch (flow)
            {
                case TxnFlow.Purchase:
                    return "PURCHASE";
                case TxnFlow.Void:
                    return "VOID";
                case TxnFlow.Refund:
                    return "REFUND";
                case TxnFlow.Balance:
                    return "BALANCE";
                case TxnFlow.Settlement:
                    return "SETTLEMENT";
                case TxnFlow.SignIn:
                    return "SIGN_IN";
                case TxnFlow.ReversalOnly:
                    return "REVERSAL";
            }

            return string.Empty;
        }

        // ---- entry and exit ----

        private void Enter(TxnState state)
        {
            TxnStateInfo info = TransactionTable.States[(int)state];
            if (info.Screen.Length > 0)
            {
                _screen.Clear(info.Screen);
            }

            ArmStateTimer(info.Timeout);
            switch (state)
            {
                case TxnState.Idle:
                    Reset();
                    _idleReversal.InFlight = false;
                    _ctx.Action = ResponseAction.None;
                    if (_settings.DailySignIn && _journal.State.GetSetting(SettingSignInDate) != Today())
                    {
                        _autoSignInDue = true;
                    }

                    ShowIdle();
                    _pendingCheck = true;
                    break;
                case TxnState.Menu:
                    Reset();
                    break;
                case TxnState.AmountEntry:
                    _screen.Set(0, FlowName(_ctx.Flow));
                    _ctx.AmountFen = _ctx.Digits.Value;
                    _screen.Set(1, FormatAmount(_ctx.AmountFen));
                    break;
                case TxnState.OriginalStanEntry:
                    _ctx.Digits.Wipe();
                    _screen.Set(0, FlowName(_ctx.Flow));
                    break;
                case TxnState.VoidConfirm:
                    _ctx.AmountFen = _ctx.Original.AmountFen;
                    _screen.Set(0, FormatAmount(_ctx.Original.AmountFen));
                    _screen.Set(1, PanMask.Mask(_ctx.Original.Pan));
                    _screen.Set(2, Numeric.Format(_ctx.Original.Stan, 6));
                    break;
                case TxnState.PresentCard:
                    _screen.Set(0, FlowName(_ctx.Flow));
                    _screen.Set(1, _ctx.Flow == TxnFlow.Balance ? string.Empty : FormatAmount(_ctx.AmountFen));
                    _screen.Set(3, AcceptedModes());
                    _ctx.Card = null;

                    // The reader reads every interface even when the offline policy refuses some: a refused swipe
                    // then gets its L05 explanation instead of silence.
                    _reader.StartReading(true, true, true);
                    break;
                case TxnState.PinEntry:
                    _ctx.Pin.Wipe();
                    _screen.Set(0, _ctx.Flow == TxnFlow.Balance ? string.Empty : FormatAmount(_ctx.AmountFen));
                    _screen.Set(1, PanMask.Mask(_ctx.Card.Pan));
                    _screen.Set(3, _ctx.PinRetry ? "RETRY" : string.Empty);
                    _screen.Set(4, _ctx.PinRequirement == PinRequirement.Optional ? "OPTIONAL" : string.Empty);
                    break;
                case TxnState.Reversing:
                    SendReversal();
                    break;
                case TxnState.Authorising:
                    _screen.Set(0, FlowName(_ctx.Flow));
                    SendFinancial();
                    break;
                case TxnState.SigningIn:
                    SendManagement(TxnState.SigningIn);
                    break;
                case TxnState.Settling:
                    if (Forwarder != null)
                    {
                        // Offline advices go up before the totals (SPEC §4); the 0500 leaves on ForwardingDone.
                        _awaitingDrain = true;
                        _timers.Arm(TransactionTimerIds.ExchangeWatchdog, 3 * ((long)_settings.ConnectTimeoutMs + _settings.ResponseTimeoutMs + _settings.WatchdogMarginMs));
                        Forwarder.DrainBeforeSettlement();
                    }
                    else
                    {
                        SendManagement(TxnState.Settling);
                    }

                    break;
                case TxnState.Uploading:
                    SendManagement(TxnState.Uploading);
                    break;
                case TxnState.LastResult:
                    ShowLast();
                    _pendingCheck = true; // its pending reversal may go now
                    break;
                case TxnState.DuplicateConfirm:
                    int d = _ctx.Duplicate;
                    _screen.Set(0, FormatAmount(_ctx.AmountFen));
                    _screen.Set(1, PanMask.Mask(_ctx.Card.Pan));
                    _screen.Set(2, Numeric.Format(_recent.StanAt(d), 6));
                    _screen.Set(3, _recent.StampAt(d));
                    _screen.Set(4, _recent.OfflineAt(d) ? "OFFLINE_APPROVED" : "APPROVED");
                    _screen.Set(5, (_recent.AgeMs(d, _clock.UptimeMs) / 60000).ToString());
                    break;
                case TxnState.ReversalBlocked:
                    PendingReversal r = _journal.State.Reversal;
                    if (r != null)
                    {
                        _screen.Set(0, r.Reason);
                        _screen.Set(1, r.Attempts.ToString());
                    }

                    break;
            }
        }

        private void Exit(TxnState state)
        {
            _timers.Disarm(TransactionTimerIds.StateTimeout);
            if (state == TxnState.PresentCard)
            {
                _reader.StopReading();
            }
            else if (state == TxnState.OriginalStanEntry)
            {
                _ctx.Digits.Wipe(); // the refund's amount entry starts empty
            }
            else if (state == TxnState.Result || (state == TxnState.LastResult && _exitTo != TxnState.Reversing))
            {
                _lastKeeper.Acknowledge(); // not while the shown sale's reversal goes out: the screen comes back after it
            }
            else if (state == TxnState.PinEntry)
            {
                if (_ctx.Pin.Count > 0 && _ctx.Card != null && _keys.Has(KeySlot.Pik))
                {
                    MakePinBlock();
                }
                else
                {
                    _ctx.HasPinBlock = false;
                }

                _ctx.Pin.Wipe();
            }
        }


        private void MakePinBlock()
        {
            SecurityError error = PinBlock.Encrypt(_keys.Get(KeySlot.Pik), _ctx.Pin.Bytes, 0, _ctx.Pin.Count, _ctx.Card.Pan, _ctx.PinBlock, 0);
            _ctx.HasPinBlock = error == SecurityError.None;
        }

        private void ArmStateTimer(int timeout)
        {
            long ms = timeout == TxnStateInfo.IdleTimeout ? _settings.IdleTimeoutMs
                : timeout == TxnStateInfo.PinTimeout ? _settings.PinEntryTimeoutMs
                : timeout == TxnStateInfo.ResultTimeout ? _settings.ResultDisplayMs : 0;
            if (ms > 0)
            {
                _timers.Arm(TransactionTimerIds.StateTimeout, ms);
            }
        }

        private void ShowIdle()
        {
            if (_state != TxnState.Idle)
            {
                return;
            }

            _screen.Clear(ScreenIds.Idle);
            _screen.Set(0, _link.IsOnline ? "ONLINE" : "OFFLINE");
            _screen.Set(1, _offline == null ? "0" : _offline.QueuedCount.ToString());
            PendingReversal r = _journal.State.Reversal;
            _screen.Set(2, r == null ? string.Empty : "REVERSAL:" + r.Reason);
            _screen.Set(3, _keys.Has(KeySlot.Mak) ? string.Empty : "NOT_SIGNED_IN");
            _screen.Set(4, StorageUnconfirmed ? "STORAGE_NEW" : string.Empty);
        }

        private void ShowResult(string id, string l0, string l1, string l2, string l3)
        {
            _screen.Clear(id);
            _screen.Set(0, l0);
            _screen.Set(1, l1);
            _screen.Set(2, l2);
            _screen.Set(3, l3);
        }

        // ---- sending ----

        private void Send(int length)
        {
            _exchangeId = _channel.Send(_framer.Frame, length, _settings.ConnectTimeoutMs, _settings.ResponseTimeoutMs);
            _timers.Arm(TransactionTimerIds.ExchangeWatchdog, (long)_settings.ConnectTimeoutMs + _settings.ResponseTimeoutMs + _settings.WatchdogMarginMs);
            _timers.Arm(TransactionTimerIds.ConnectDeadline, _settings.ConnectTimeoutMs);
        }

        private void SendFinancial()
        {
            try
            {
                int stan = _journal.ReserveStan();
                FillRequest(stan);
                int length = _framer.Financial(_ctx.Request);
                bool refund = _ctx.Request.Type == TransactionType.Refund;
                if (TransactionTypes.Get(_ctx.Request.Type).CreatesReversal || refund)
                {
                    // The reversal (a refund: its confirmation record) and the in-flight record in one journal record:
                    // whatever the cut, the boot finds both.
                    int count = _framer.WritePayload(_ctx.Request);
                    StartLast();
                    try
                    {
                        _lastKeeper.BeginGroup();
                        _journal.SetReversal(stan, _ctx.Request.Batch, refund ? RefundConfirmation : ReversalReason.Timeout, _clock.UtcNow.Ticks,
                            _framer.Payload, 0, count);
                        _lastKeeper.Write(LastOutcome.InFlight, null);
                        _lastKeeper.CommitGroup();
                        _lastKeeper.IsCurrent = true;
                    }
                    finally
                    {
                        _lastKeeper.EndGroup();
                    }
                }

                Send(length);
            }
            catch (SecurityException)
            {
                PostFault(CodeNoKeys);
            }
            catch (StorageException)
            {
                // Explicit catches, no "when" filter: on nanoCLR a foreign exception that passed a declining filter
                // later crashes the runtime while the guard handles it (device test DispatcherGuardAppTests).
                PostFault(CodeStorage);
            }
            catch (JournalException)
            {
                PostFault(CodeStorage);
            }
            catch (ArgumentException)
            {
                PostFault(CodeStorage); // a value the payload cannot hold: nothing journaled, nothing sent
            }
            catch (ProtocolException)
            {
                // A value the request cannot carry (card data is checked on entry, so not the card's): thrown while
                // packing, before the reversal is persisted, so nothing was journaled or sent.
                PostFault(CodeSystemError);
            }
        }

        private void PostFault(string code)
        {
            _ctx.Code = code;
            _pendingFault = true;
        }

        private void FillRequest(int stan)
        {
            FinancialRequestFill.Fill(_ctx.Request, _ctx.Flow, stan, _journal.State.BatchNumber, _ctx.AmountFen, _ctx.Card, _ctx.HasPinBlock ? _ctx.PinBlock : null, _ctx.Original);
        }

        private void SendReversal()
        {
            PendingReversal r = _journal.State.Reversal;
            _screen.Set(0, r == null ? string.Empty : r.Reason);
            try
            {
                string authCode;
                if (r == null || r.Payload == null || !RequestPayload.Read(r.Payload, 0, r.Payload.Length, _ctx.Request, out authCode))
                {
                    PostFault(CodeStorage);
                    return;
                }

                int attempt = r.Attempts + 1;
                _screen.Set(1, attempt.ToString());
                // A refund's confirmation is the same 0220, same STAN: the host answers it or says 94.
                int length = r.Reason == RefundConfirmation ? _framer.Financial(_ctx.Request) : _framer.Reversal(_ctx.Request, r.Reason, authCode);
                _journal.UpdateReversal(r.Reason, attempt);
                Send(length);
            }
            catch (SecurityException)
            {
                PostFault(CodeNoKeys);
            }
            catch (StorageException)
            {
                PostFault(CodeStorage);
            }
            catch (JournalException)
            {
                PostFault(CodeStorage);
            }
        }

        private void SendManagement(TxnState state)
        {
            try
            {
                int stan = _journal.ReserveStan();
                int batch = _journal.State.BatchNumber;
                int length;
                if (state == TxnState.SigningIn)
                {
                    length = _framer.SignIn(stan, batch, _settings.SignInKeyMode);
                }
                else if (state == TxnState.Settling)
                {
                    _ctx.SettleTotals = _log.Totals(); // kept for the SETTLED screen
                    _ctx.SettleBatch = batch;
                    length = _framer.Settlement(stan, batch, _ctx.SettleTotals);
                    _lastKeeper.Begin(TxnFlow.Settlement, stan, batch, _ctx.SettleTotals.DomesticDebitFen, null, null, UtcStamp());
                    _lastKeeper.Write(LastOutcome.InFlight, _ctx.SettleTotals.DomesticDebitCount.ToString());
                    _lastKeeper.IsCurrent = true;
                }
                else
                {
                    int chunks = (_ctx.Upload.Length + 7) / 8;
                    if (_ctx.UploadSent < chunks)
                    {
                        int start = _ctx.UploadSent * 8;
                        int count = _ctx.Upload.Length - start < 8 ? _ctx.Upload.Length - start : 8;
                        length = _framer.BatchUpload(stan, batch, _ctx.Upload, start, count);
                    }
                    else
                    {
                        length = _framer.BatchUploadEnd(stan, batch, _ctx.Upload.Length);
                    }

                    _ctx.UploadSent++;
                    _screen.Set(0, _ctx.UploadSent.ToString());
                    _screen.Set(1, (chunks + 1).ToString());
                }

                Send(length);
            }
            catch (StorageException)
            {
                _lastKeeper.Load();
                PostFault(CodeStorage);
            }
            catch (JournalException)
            {
                _lastKeeper.Load();
                PostFault(CodeStorage);
            }
        }

        // ---- outcomes ----

        private void Complete()
        {
            if (_ctx.Flow == TxnFlow.Balance)
            {
                ClearReversalQuietly();
                ShowResult(ScreenIds.Balance, _replies.Financial.HasBalance ? FormatAmount(_replies.Financial.BalanceFen) : string.Empty, null, null, null);
                return;
            }

            LoggedTransaction t = LoggedTransaction.Of(_ctx.Request, _ctx.Request.Type, _ctx.Request.Stan, _ctx.Request.Batch, _replies.Financial.Rrn, _replies.Financial.AuthCode, LocalDate());

            // The log entry, the original's void mark, the reversal's clearing and the outcome: one journal record,
            // so a power cut cannot leave an approval that is logged but still reversed, or charged but never shown.
            bool wasVoided = _ctx.Original != null && _ctx.Original.Voided;
            try
            {
                _lastKeeper.BeginGroup();
                _log.Put(t);
                if (_ctx.Flow == TxnFlow.Void)
                {
                    _ctx.Original.Voided = true;
                    _log.Put(_ctx.Original);
                }

                if (_journal.State.Reversal != null)
                {
                    _journal.ClearReversal();
                }

                if (_lastKeeper.IsCurrent)
                {
                    Last.Rrn = _replies.Financial.Rrn;
                    Last.AuthCode = _replies.Financial.AuthCode;
                    _lastKeeper.Write(LastOutcome.Approved, null);
                }

                _lastKeeper.CommitGroup();
            }
            catch (StorageException)
            {
                NotRecorded(wasVoided);
                return;
            }
            catch (JournalException)
            {
                NotRecorded(wasVoided);
                return;
            }
            finally
            {
                _lastKeeper.EndGroup();
            }

            if (_ctx.Flow == TxnFlow.Purchase)
            {
                _recent.Add(_ctx.Request.Pan, _ctx.Request.AmountFen, _clock.UptimeMs, _ctx.Request.Stan, Last == null ? UtcStamp() : Last.Stamp, false);
            }

            ShowResult(ScreenIds.Approved, FormatAmount(_ctx.Request.AmountFen), PanMask.Mask(_ctx.Request.Pan), _replies.Financial.AuthCode, Numeric.Format(_ctx.Request.Stan, 6));
            _screen.Set(4, FlowName(_ctx.Flow));
            _screen.Set(5, _replies.Financial.Rrn);
            _screen.Set(6, UtcStamp());
            _screen.Set(7, EntryNames.OfField22(_ctx.Flow == TxnFlow.Void && _ctx.Original != null ? _ctx.Original.EntryMode : _ctx.Request.EntryMode));
        }

        // The approval could not be recorded: nothing of it was written, the reversal (now 96) cancels it at the host.
        private void NotRecorded(bool wasVoided)
        {
            _lastKeeper.EndGroup();
            if (_ctx.Original != null)
            {
                _ctx.Original.Voided = wasVoided;
            }

            LocalFailureAfterApproval();
        }

        private void LocalFailureAfterApproval()
        {
            RewriteReversal(ReversalReason.TerminalFault);
            PendingReversal r = _journal.State.Reversal;
            ShowResult(ScreenIds.ReversalPending, r == null ? ReversalReason.TerminalFault : r.Reason, CodeStorage, null, null);
        }

        private void RewriteReversal(string reason)
        {
            PendingReversal r = _journal.State.Reversal;
            if (r == null || r.Reason == RefundConfirmation)
            {
                return; // a refund is confirmed by repeating it, whatever went wrong with its answer
            }

            try
            {
                _journal.UpdateReversal(reason, r.Attempts);
            }
            catch (StorageException)
            {
                // The reversal stays pending with its old reason (98): still sent, still safe.
            }
            catch (JournalException)
            {
            }
        }

        private void Decline()
        {
            string code = _ctx.Code;
            ResponseClass cls = _codes.ClassOf(code);
            ResponseAction action = cls == ResponseClass.Unknown ? ResponseAction.None : _codes.ActionOf(code);
            _ctx.Action = action;

            // The host did not approve: no reversal needed, unless the decline itself failed its MAC.
            if (_replies.MacState != MacState.Invalid)
            {
                CloseTransaction(LastOutcome.Declined, code);
            }

            if (cls == ResponseClass.Unknown)
            {
                ShowResult(ScreenIds.Failed, code, null, null, null);
            }
            else if (action == ResponseAction.RetainCard && _settings.RetainCardPrompt)
            {
                ShowResult(ScreenIds.RetainCard, code, ResponseNames.Of(cls), ResponseNames.Of(action), null);
            }
            else
            {
                ResponseAction shown = action == ResponseAction.RetainCard ? ResponseAction.UseAnotherCard : action;
                ShowResult(ScreenIds.Declined, code, ResponseNames.Of(cls), ResponseNames.Of(shown), null);
            }
        }

        private void DecideOffline()
        {
            OfflineTransactionKind kind = _ctx.Flow == TxnFlow.Purchase ? OfflineTransactionKind.Purchase
                : _ctx.Flow == TxnFlow.Void ? OfflineTransactionKind.Void
                : _ctx.Flow == TxnFlow.Refund ? OfflineTransactionKind.Refund : OfflineTransactionKind.BalanceInquiry;
            PinRequirement pin = _ctx.Card == null ? PinRequirement.None : PinRule.For(_ctx.Card, _ctx.AmountFen, _ctx.Flow == TxnFlow.Balance, _settings);
            int count = _offline == null ? 0 : _offline.QueuedCount;
            long total = _offline == null ? 0 : _offline.QueuedTotalFen;
            OfflineDecision decision = _policy.Decide(kind, _ctx.AmountFen > 0 ? _ctx.AmountFen : 1, _ctx.Card == null ? EntryMode.Unknown : _ctx.Card.EntryMode,
                pin == PinRequirement.Required, count, total);
            if (!decision.Accepted)
            {
                ShowResult(ScreenIds.OfflineDeclined, decision.Code, null, null, null);
                return;
            }

            if (!HostClock.IsPlausible(_clock.UtcNow))
            {
                // The advice carries the sale's local date and time (fields 12/13): never one from a clock not set.
                ShowResult(ScreenIds.Failed, CodeClock, null, null, null);
                return;
            }

            try
            {
                int stan = _journal.ReserveStan();
                _ctx.HasPinBlock = false;
                FillRequest(stan);
                _ctx.Request.Type = TransactionType.OfflineAdvice;
                _ctx.Request.LocalTime = HostClock.LocalTime(_clock.UtcNow, _settings.UtcOffsetMinutes);
                _ctx.Request.LocalDate = LocalDate();
                _ctx.Request.OriginalAuthCode = Numeric.Format(stan, 6);

                // The queued advice and the outcome in one journal record (the advice alone would charge the
                // customer with nothing on record to tell the cashier after a power cut).
                bool queued = false;
                StartLast();
                try
                {
                    _lastKeeper.BeginGroup();
                    queued = _offline != null && _offline.TryEnqueueAdvice(_ctx.Request);
                    if (queued)
                    {
                        _lastKeeper.Write(LastOutcome.OfflineApproved, null);
                        _lastKeeper.CommitGroup();
                    }
                }
                finally
                {
                    // Not committed: the advice the store counted is gone with the group.
                    if (_lastKeeper.EndGroup() && _offline != null)
                    {
                        _offline.Resync();
                    }
                }

                if (!queued)
                {
                    ShowResult(ScreenIds.OfflineDeclined, OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.QueueFull), null, null, null);
                    return;
                }

                if (_ctx.Flow == TxnFlow.Purchase)
                {
                    _recent.Add(_ctx.Request.Pan, _ctx.Request.AmountFen, _clock.UptimeMs, stan, Last.Stamp, true);
                }

                ShowResult(ScreenIds.OfflineApproved, FormatAmount(_ctx.AmountFen), PanMask.Mask(_ctx.Card.Pan), Numeric.Format(stan, 6), UtcStamp());
                _screen.Set(4, EntryNames.Of(_ctx.Card.EntryMode));
            }
            catch (StorageException)
            {
                ShowResult(ScreenIds.Failed, CodeStorage, null, null, null);
            }
            catch (JournalException)
            {
                ShowResult(ScreenIds.Failed, CodeStorage, null, null, null);
            }
        }

        /// <summary>
        /// The clock's UTC time as "YYYYMMDDThhmmss" (the screen shows it in local time). The 'T' keeps it from being
        /// a 14-digit run, which the emulator's log scrubber would mask as a PAN.
        /// </summary>
        private string UtcStamp()
        {
            DateTime now = _clock.UtcNow;
            return Numeric.Format(now.Year, 4) + Numeric.Format(now.Month, 2) + Numeric.Format(now.Day, 2)
                + "T" + Numeric.Format(now.Hour, 2) + Numeric.Format(now.Minute, 2) + Numeric.Format(now.Second, 2);
        }

        private string LinkWord()
        {
            return _link.IsOnline ? "ONLINE" : "OFFLINE";
        }

        /// <summary>
        /// The entry modes the card prompt offers: all three online; offline, for a purchase the policy may take, the
        /// ones it allows (a refused kind or a disabled policy shows all three: the decline then explains why).
        /// </summary>
        private string AcceptedModes()
        {
            if (_link.IsOnline || _ctx.Flow != TxnFlow.Purchase || !_policy.Enabled)
            {
                return EntryNames.AllModes;
            }

            int bits = (_policy.IsEntryModeAllowed(EntryMode.Chip) ? 4 : 0) + (_policy.IsEntryModeAllowed(EntryMode.Contactless) ? 2 : 0)
                + (_policy.IsEntryModeAllowed(EntryMode.Magstripe) ? 1 : 0);
            return ModeLetters[bits];
        }

        private string LocalDate()
        {
            return HostClock.LocalDate(_clock.UtcNow, _settings.UtcOffsetMinutes);
        }

        private void ReversalDone()
        {
            PendingReversal r = _journal.State.Reversal;
            if (r == null)
            {
                return;
            }

            int stan = r.Stan;
            _serial.WriteLine("txn: reversal of STAN " + stan.ToString() + " done (" + _ctx.Code + ")" + (_idleReversal.InFlight ? " from idle" : string.Empty));
            _idleReversal.Reset();

            // Reversal cleared, log entry gone and the outcome recorded together (the host no longer holds the charge).
            bool ours = _lastKeeper.IsInFlight(stan, r.Batch);
            try
            {
                _lastKeeper.BeginGroup();
                _journal.ClearReversal();
                _log.Remove(stan);
                if (ours)
                {
                    _lastKeeper.Write(LastOutcome.Reversed, _ctx.Code);
                }

                _lastKeeper.CommitGroup();
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
            finally
            {
                _lastKeeper.EndGroup();
            }
        }

        // The host answered a repeated refund: the confirmation record cleared, the refund logged (when held) and its
        // outcome recorded, in one journal record; LastResult then shows it until the cashier confirms. The record is
        // rebuilt from the repeated request (_ctx.Request) when another transaction has been recorded since.
        private void RefundSettled(bool held)
        {
            PendingReversal r = _journal.State.Reversal;
            if (r == null)
            {
                return;
            }

            _idleReversal.InFlight = false;
            _idleReversal.Reset();
            _serial.WriteLine("txn: refund of STAN " + r.Stan.ToString() + (held ? " confirmed" : " refused") + " (" + _ctx.Code + ")");
            if (Last == null || Last.Stan != r.Stan || Last.Batch != r.Batch || Last.Flow != TxnFlow.Refund)
            {
                TxnFlow flow = _ctx.Flow;
                _ctx.Flow = TxnFlow.Refund;
                StartLast();
                _ctx.Flow = flow;
                Last.Entry = null;
            }

            Last.Acknowledged = false;
            try
            {
                _lastKeeper.BeginGroup();
                _journal.ClearReversal();
                if (held)
                {
                    _log.Put(LoggedTransaction.Of(_ctx.Request, TransactionType.Refund, r.Stan, r.Batch, _replies.Financial.Rrn, _replies.Financial.AuthCode, LocalDate()));
                    Last.Rrn = _replies.Financial.Rrn;
                    Last.AuthCode = _replies.Financial.AuthCode;
                }

                _lastKeeper.Write(held ? LastOutcome.Approved : LastOutcome.Declined, held ? null : _ctx.Code);
                _lastKeeper.CommitGroup();
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
            finally
            {
                _lastKeeper.EndGroup();
            }
        }

        // Clears the pending reversal and records this transaction's outcome in one journal record.
        private void CloseTransaction(LastOutcome outcome, string code)
        {
            if (!_lastKeeper.IsCurrent)
            {
                ClearReversalQuietly();
                return;
            }

            try
            {
                _lastKeeper.BeginGroup();
                if (_journal.State.Reversal != null)
                {
                    _journal.ClearReversal();
                }

                _lastKeeper.Write(outcome, code);
                _lastKeeper.CommitGroup();
            }
            catch (StorageException)
            {
                // Nothing written: the reversal stays pending and goes out (safe); the record stays in flight.
            }
            catch (JournalException)
            {
                // Nothing written: the reversal stays pending and goes out (safe); the record stays in flight.
            }
            finally
            {
                _lastKeeper.EndGroup();
            }
        }

        // ---- the last transaction (in-doubt recovery) ----

        // A new record for the request in _ctx.Request (written by the caller, in the group with its bookkeeping).
        private void StartLast()
        {
            string entry = _ctx.Flow == TxnFlow.Void && _ctx.Original != null ? EntryNames.OfField22(_ctx.Original.EntryMode)
                : _ctx.Card != null ? EntryNames.Of(_ctx.Card.EntryMode) : null;
            _lastKeeper.Begin(_ctx.Flow, _ctx.Request.Stan, _ctx.Request.Batch, _ctx.Request.AmountFen, _ctx.Request.Pan, entry, UtcStamp());
        }

        private void ShowLast()
        {
            LastTransaction t = Last;
            if (t == null)
            {
                return;
            }

            bool settlement = t.Flow == TxnFlow.Settlement;
            _screen.Set(0, _lastKeeper.Status(t, _journal.State.Reversal, RefundConfirmation));
            _screen.Set(1, FlowName(t.Flow));
            _screen.Set(2, FormatAmount(t.AmountFen));
            _screen.Set(3, t.Pan == null ? string.Empty : PanMask.Mask(t.Pan));
            _screen.Set(4, Numeric.Format(settlement ? t.Batch : t.Stan, 6));
            _screen.Set(5, t.Rrn);
            _screen.Set(6, t.Stamp);
            _screen.Set(7, t.Code);
        }

        // After a reboot the duplicate guard starts from the journal's last sale (its age by the wall clock, the
        // only time that survives a reboot; a clock behind the sale counts as just now).
        private void RememberLastSale()
        {
            LastTransaction t = Last;
            if (t == null || t.Flow != TxnFlow.Purchase || (t.Outcome != LastOutcome.Approved && t.Outcome != LastOutcome.OfflineApproved))
            {
                return;
            }

            long at = LastTransaction.StampTicks(t.Stamp);
            long ageMs = at < 0 ? 0 : (_clock.UtcNow.Ticks - at) / TimeSpan.TicksPerMillisecond;
            if (ageMs < 0)
            {
                ageMs = 0;
            }

            if (ageMs <= _settings.DuplicateWindowMs)
            {
                _recent.Add(t.Pan, t.AmountFen, _clock.UptimeMs - ageMs, t.Stan, t.Stamp, t.Outcome == LastOutcome.OfflineApproved);
            }
        }

        // An idle attempt failed with attempts left: the next one waits the backoff (5 s, 10 s, 20 s … capped).
        private void BackOffReversal()
        {
            long wait = _idleReversal.BackOff();
            PendingReversal r = _journal.State.Reversal;
            _serial.WriteLine("txn: reversal of STAN " + (r == null ? "-" : r.Stan.ToString()) + " attempt failed (" + _ctx.Code
                + "), next from idle in " + wait.ToString() + " ms");
        }

        // In Idle (or on the last-transaction screen): arms the timer that sends the pending reversal when its backoff
        // ends, or looks again soon while the link monitor is still confirming the host; nothing when there is none or
        // the link is offline (WentOnline sends it). A reversal past its attempt budget keeps going, at the longest backoff.
        private void PlanIdleReversal()
        {
            PendingReversal r = _journal.State.Reversal;
            if ((_state != TxnState.Idle && _state != TxnState.LastResult) || r == null || !_link.IsOnline)
            {
                _timers.Disarm(TransactionTimerIds.ReversalRetry);
                return;
            }

            long wait = _idleReversal.WaitMs(_link.State == LinkState.Online, ReversalLinkRecheckMs);

            if (wait > 0)
            {
                _timers.Arm(TransactionTimerIds.ReversalRetry, wait);
            }
        }

        /// <summary>
        /// The technician confirmed the storage's provisioning (after reading what an empty drive means): writes the
        /// marker with its audit line and refreshes the idle screen. False when storage refused the write.
        /// </summary>
        public bool ConfirmStorage()
        {
            if (Provisioning == null)
            {
                return true;
            }

            bool ok = Provisioning.Confirm(_clock.UtcNow.Ticks, "technician");
            ShowIdle();
            return ok;
        }

        /// <summary>The pending reversal as a technician sees it before clearing it (null when none): STAN, amount, masked card.</summary>
        public PendingReversalInfo DescribePendingReversal()
        {
            PendingReversal r = _journal.State.Reversal;
            if (r == null)
            {
                return null;
            }

            FinancialRequest original = new FinancialRequest();
            string authCode;
            bool readable = r.Payload != null && RequestPayload.Read(r.Payload, 0, r.Payload.Length, original, out authCode);
            return new PendingReversalInfo(r.Stan, r.Batch, readable ? original.AmountFen : -1, readable ? PanMask.Mask(original.Pan) : string.Empty,
                r.Reason, r.Attempts, r.CreatedUtcTicks);
        }

        /// <summary>
        /// Clears the pending reversal by hand: the technician menu calls this after the technician PIN and a
        /// confirmation that says the host may keep the charge. Written to the audit log and the serial log with the
        /// STAN, amount and masked card. Refused while an attempt (or a transaction) is in progress.
        /// </summary>
        public ReversalClearOutcome ClearPendingReversal()
        {
            PendingReversalInfo info = DescribePendingReversal();
            if (info == null)
            {
                return ReversalClearOutcome.NothingPending;
            }

            if (_state != TxnState.Idle && _state != TxnState.ReversalBlocked)
            {
                return ReversalClearOutcome.Busy;
            }

            // Cleared, audited, and the transaction's outcome set to unknown (the host may keep the charge), together.
            string note = "reversal cleared by technician, host may keep the charge: " + info.Describe();
            PendingReversal r = _journal.State.Reversal;
            bool ours = Last != null && Last.Outcome == LastOutcome.InFlight && Last.Stan == r.Stan && Last.Batch == r.Batch;
            try
            {
                _lastKeeper.BeginGroup();
                _journal.ClearReversal();
                _journal.AppendAudit(_clock.UtcNow.Ticks, note);
                if (ours)
                {
                    Last.Acknowledged = true; // the technician saw it on the clear screen
                    _lastKeeper.Write(LastOutcome.Unknown, null);
                }

                _lastKeeper.CommitGroup();
            }
            catch (StorageException)
            {
                return ReversalClearOutcome.StorageFailed;
            }
            catch (JournalException)
            {
                return ReversalClearOutcome.StorageFailed;
            }
            finally
            {
                _lastKeeper.EndGroup();
            }

            _serial.WriteLine("txn: " + note);
            _idleReversal.Reset();
            _timers.Disarm(TransactionTimerIds.ReversalRetry);
            if (_state == TxnState.ReversalBlocked)
            {
                Fire(TxnTrigger.Cancel);
            }
            else
            {
                ShowIdle();
            }

            return ReversalClearOutcome.Cleared;
        }

        private void ClearReversalQuietly()
        {
            if (_journal.State.Reversal != null)
            {
                TryClearReversal();
            }
        }

        private bool TryClearReversal()
        {
            try
            {
                _journal.ClearReversal();
                return true;
            }
            catch (StorageException)
            {
                return false;
            }
            catch (JournalException)
            {
                return false;
            }
        }

        private void SignedIn()
        {
            byte[] block = _replies.SignIn.KeyBlock;
            SecurityError error = WorkingKeyDelivery.Install(_keys, (int)_settings.SignInKeyMode, block, 0, block.Length);
            if (error != SecurityError.None)
            {
                ShowResult(ScreenIds.SignInFailed, CodeKeyCheck, SecurityErrorNames.Of(error), null, null);
                return;
            }

            try
            {
                if (_replies.SignIn.NewBatch >= 1)
                {
                    _journal.AdoptBatch(_replies.SignIn.NewBatch);
                }

                _journal.SetSetting(SettingSignInDate, Today());
                if (_journal.State.GetSetting(SettingSignInRequired) != null)
                {
                    _journal.SetSetting(SettingSignInRequired, null);
                }
            }
            catch (StorageException)
            {
                ShowResult(ScreenIds.SignInFailed, CodeStorage, null, null, null);
                return;
            }
            catch (JournalException)
            {
                ShowResult(ScreenIds.SignInFailed, CodeStorage, null, null, null);
                return;
            }

            SetClockFromHost(_replies.SignIn.HostDate, _replies.SignIn.HostTime);
            ShowResult(ScreenIds.SignedIn, Numeric.Format(_journal.State.BatchNumber, 6), null, null, null);
        }

        // Fields 12/13 are the host's local time without a year (HostClock picks it); a malformed one keeps the clock.
        private void SetClockFromHost(string mmdd, string hhmmss)
        {
            DateTime utc = _clock.UtcNow;
            if (HostClock.TryReadHostTime(mmdd, hhmmss, utc, _settings.UtcOffsetMinutes, ref utc))
            {
                _clock.SetUtc(utc);
            }
        }

        private void Settled()
        {
            bool uploaded = _ctx.Upload != null;
            _ctx.Upload = null;
            try
            {
                // The batch first (one durable write): a power cut during the log clean-up then cannot leave a
                // half-cleared log counted in a batch the host already settled (found by the reconciliation sweep).
                int batch;
                try
                {
                    _lastKeeper.BeginGroup();
                    batch = _journal.OpenNextBatch();
                    if (_lastKeeper.IsCurrent)
                    {
                        _lastKeeper.Write(LastOutcome.Settled, null);
                    }

                    _lastKeeper.CommitGroup();
                }
                finally
                {
                    _lastKeeper.EndGroup();
                }

                _log.Clear();
                ShowResult(ScreenIds.Settled, uploaded ? "UPLOADED" : "BALANCED", Numeric.Format(batch, 6), Numeric.Format(_ctx.SettleBatch, 6), null);
                SettlementTotals totals = _ctx.SettleTotals;
                if (totals != null)
                {
                    _screen.Set(3, totals.DomesticDebitCount.ToString());
                    _screen.Set(4, FormatAmount(totals.DomesticDebitFen));
                    _screen.Set(5, totals.DomesticCreditCount.ToString());
                    _screen.Set(6, FormatAmount(totals.DomesticCreditFen));
                }

                _ctx.SettleTotals = null;
            }
            catch (StorageException)
            {
                ShowResult(ScreenIds.SettleFailed, CodeStorage, null, null, null);
            }
            catch (JournalException)
            {
                ShowResult(ScreenIds.SettleFailed, CodeStorage, null, null, null);
            }
        }

        private void TryJournal(string key, string value)
        {
            try
            {
                _journal.SetSetting(key, value);
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
        }

        private void TryAudit(string text)
        {
            try
            {
                _journal.AppendAudit(_clock.UtcNow.Ticks, text);
            }
            catch (StorageException)
            {
            }
            catch (JournalException)
            {
            }
        }

        /// <summary>
        /// The merchant menu's "Transactions", asked for by name rather than as a key: from Idle, opens the function
        /// menu (void, refund, balance, settlement, sign-in) by the row FUNC takes there. False, and nothing happens,
        /// in any other state.
        /// </summary>
        public bool OpenTransactionsMenu()
        {
            if (State != TxnState.Idle)
            {
                return false;
            }

            Fire(TxnTrigger.Func);
            return true;
        }
    }
}
