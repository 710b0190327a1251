using System;
using Pos.Core.Audit;
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
    /// The transaction machine's engine (QP's event processor, Zephyr SMF's state table): it decodes the application's
    /// events into <see cref="TxnTrigger"/>s, finds the first row of <see cref="TransactionTable"/> for (state, trigger)
    /// whose guards hold, and runs exit → action → entry to completion. What a state does on entry and exit, and what
    /// an action does, lives in the flow the state table and the action table name (<see cref="TxnPartId"/>): idle and
    /// menus, payment entry, PIN entry, authorisation, offline sale, reversal keeping, sign-in, settlement. Requests go
    /// out through one sender that owns the exchange; the extended state is one <see cref="TxnContext"/>.
    /// Reversal rules (SPEC §2): persisted with reason 98 before a reversible request is sent, rewritten to A0 on an
    /// approval with a bad MAC and to 96 when the approval cannot be committed, sent before the next financial
    /// transaction and before settlement and on its own from idle (with backoff), retried up to
    /// <see cref="TransactionSettings.ReversalRetryCount"/>, then blocking until sent or cleared by a technician.
    /// </summary>
    public sealed class TransactionMachine : IEventHandler
    {
        /// <summary>How many completion triggers one event may chain before <see cref="Fire"/> stops the loop.</summary>
        public const int MaxCompletionRounds = 8;

        private readonly TxnServices _svc;
        private readonly TxnContext _ctx = new TxnContext();
        private readonly RequestSender _sender;
        private readonly TxnPart[] _parts = new TxnPart[(int)TxnPartId.Count];
        private readonly IdleFlow _idle;
        private readonly PaymentEntryFlow _payment;
        private readonly PinEntryFlow _pin;
        private readonly ReversalKeeping _reversal;
        private readonly SettlementFlow _settlement;
        private readonly TxnGuards _guards;
        private readonly TxnEvents _events;
        private readonly TerminalSettings _terminal;

        /// <summary>
        /// Creates the machine; call <see cref="Start"/> once the journal is open. <paramref name="packager"/> frames the
        /// requests and reads the replies, on the main loop: the terminal's one packager, shared with its other users.
        /// </summary>
        public TransactionMachine(TransactionSettings settings, TerminalSettings terminal, Journal journal, AuditTrail audit, IKeyStore keys,
            IClock clock, TimerService timers, HostChannel channel, LinkMonitor link, OfflinePolicy policy, IOfflineStore offline,
            IResponseCodeTable codes, ICardReader reader, ISerialLog serial, IMacCalculator mac, IsoPackager packager)
        {
            if (settings == null || terminal == null || journal == null || audit == null || keys == null || clock == null || timers == null
                || channel == null || link == null || policy == null || codes == null || reader == null || serial == null || mac == null
                || packager == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _terminal = terminal;
            _svc = new TxnServices(settings.Clone(), terminal, journal, audit, keys, clock, timers, channel, link, policy, offline, codes, reader, serial, mac, packager);
            _svc.Owner = this;
            _svc.Screens.Follow(_ctx);
            SignInFlow signIn = new SignInFlow(_svc, _ctx);
            _sender = new RequestSender(_svc, _ctx, signIn);
            signIn.Sender = _sender;
            _reversal = new ReversalKeeping(_svc, _ctx, _sender);
            OfflineSaleFlow offlineSale = new OfflineSaleFlow(_svc, _ctx);
            _idle = new IdleFlow(_svc, _ctx, signIn, _reversal);
            _payment = new PaymentEntryFlow(_svc, _ctx, offlineSale);
            _pin = new PinEntryFlow(_svc, _ctx);
            _settlement = new SettlementFlow(_svc, _ctx, _sender);
            _parts[(int)TxnPartId.IdleFlow] = _idle;
            _parts[(int)TxnPartId.PaymentEntryFlow] = _payment;
            _parts[(int)TxnPartId.PinEntryFlow] = _pin;
            _parts[(int)TxnPartId.AuthorisationFlow] = new AuthorisationFlow(_svc, _ctx, _sender, _reversal);
            _parts[(int)TxnPartId.OfflineSaleFlow] = offlineSale;
            _parts[(int)TxnPartId.ReversalKeeping] = _reversal;
            _parts[(int)TxnPartId.SignInFlow] = signIn;
            _parts[(int)TxnPartId.SettlementFlow] = _settlement;
            RecordsFlow records = new RecordsFlow(_svc, _ctx);
            _parts[(int)TxnPartId.RecordsFlow] = records;
            _guards = new TxnGuards(_svc, _ctx, _payment, _pin, signIn, _settlement, records);
            _events = new TxnEvents(_svc, _ctx, _sender, _payment, _settlement);
        }

        /// <summary>Completion loops stopped since start (each also written to the serial log); 0 in a sound table.</summary>
        public int CompletionLoops { get; private set; }

        /// <summary>The current state.</summary>
        public TxnState State => _ctx.State;

        /// <summary>What the screen shows now.</summary>
        public ScreenModel Screen => _svc.Screens.Model;

        /// <summary>The flow in progress.</summary>
        public TxnFlow Flow => _ctx.Flow;

        /// <summary>Transitions taken since start.</summary>
        public int TransitionCount { get; private set; }

        /// <summary>The last (state, trigger) that had no row (non-key triggers only), for diagnostics.</summary>
        public int Unhandled { get; private set; }

        /// <summary>The transaction log of the batch.</summary>
        public TransactionLog Log => _svc.Log;

        /// <summary>The batch's failed log: the transactions that did not go through (declined, never sent, reversed), bounded.</summary>
        public TransactionLog Failed => _svc.Failed;

        /// <summary>
        /// The operator signed on (<see cref="Pos.Core.Common.Operators"/>; default <see cref="Pos.Core.Common.Operators.None"/>):
        /// written into each new entry of the transaction log, the failed log and each stored request (offline sale,
        /// reversal). The operator sign-on sets it. An operator 00–20 is also the operator code of field 63 ("02 ") in
        /// the sign-in and settlement requests, the only requests whose CUPS profile carries it (docs/PROTOCOL.md).
        /// </summary>
        public int CurrentOperator
        {
            get
            {
                return _ctx.Operator;
            }

            set
            {
                _ctx.Operator = value;
                if (value >= Operators.Supervisor && value <= Operators.MaxCashier)
                {
                    _terminal.OperatorCode = Operators.Label(value) + " ";
                }
            }
        }

        /// <summary>Called after every transition with "From --Trigger/Action--> To"; null to stop tracing.</summary>
        public TraceHandler Trace { get; set; }

        /// <summary>
        /// The offline forwarder (null: none). When set, settlement first drains it
        /// (<see cref="Offline.Forwarder.DrainBeforeSettlement"/>) and sends the 0500 only after
        /// <see cref="Signal.ForwardingDone"/>; <see cref="Signal.ForwardingStopped"/> fails the settlement (not sent).
        /// </summary>
        public Forwarder Forwarder
        {
            get { return _svc.Forwarder; }
            set { _svc.Forwarder = value; }
        }

        /// <summary>The books as the records look-up reads them (null: the look-up finds nothing); the composition sets it.</summary>
        public IRecordBook Records
        {
            get { return _svc.Records; }
            set { _svc.Records = value; }
        }

        /// <summary>The provisioning marker; when unconfirmed the idle screen says so (line 4 <c>STORAGE_NEW</c>).</summary>
        public StorageProvisioning Provisioning
        {
            get { return _svc.Provisioning; }
            set { _svc.Provisioning = value; }
        }

        /// <summary>True while the storage's provisioning waits for a technician's confirmation.</summary>
        public bool StorageUnconfirmed => _svc.StorageUnconfirmed;

        /// <summary>True while settlement waits for the offline advices to be uploaded.</summary>
        public bool AwaitingDrain => _ctx.AwaitingDrain;

        /// <summary>True when the journal holds a pending reversal.</summary>
        public bool ReversalPending => _svc.Reversal != null;

        /// <summary>The journal's record of the last money transaction (null: none yet).</summary>
        public LastTransaction Last => _svc.LastKeeper.Record;

        /// <summary>The record of the last settlement, for its report (read from the journal), or null when none is kept.</summary>
        public SettlementSummary LastSettlement => SettlementSummary.Decode(_svc.Journal.State.GetSetting(SettlementSummary.SettingKey));

        /// <summary>The merchant's limits as the journal holds them (a damaged setting: no limit, logged).</summary>
        public TransactionLimits Limits => _svc.Limits();

        /// <summary>The largest amount the amount entry takes, fen: no limit may be above it.</summary>
        public long MaxAmountFen => _svc.Settings.MaxAmountFen;

        /// <summary>The approved purchase total of the merchant's local day so far, fen (what the daily limit counts).</summary>
        public long SoldToday => _svc.Sales.TotalOf(_svc.Today(), _svc.Serial);

        /// <summary>
        /// Checks and saves the merchant's limits (installation, the emulator, scenarios); the next amount confirmed
        /// obeys them. Logged on the serial port.
        /// </summary>
        /// <exception cref="TransactionLimitsException">A limit out of range: nothing was written.</exception>
        public void SaveLimits(TransactionLimits limits)
        {
            limits.Save(_svc.Journal, _svc.Settings.MaxAmountFen);
            _svc.Serial.WriteLine("limits: " + limits.ToString() + " (fen, 0 = none)");
        }

        /// <summary>A copy of the offline policy's settings in use (the switch, the limits).</summary>
        public OfflinePolicySettings OfflinePolicy => _svc.Policy.Settings;

        /// <summary>True while offline sales are taken (the merchant's switch: the stored setting, else the installation's).</summary>
        public bool OfflineSales => _svc.Policy.Enabled;

        /// <summary>
        /// Turns offline sales on or off (the merchant settings, the emulator, scenarios): stored in the journal
        /// (<see cref="OfflineSalesSetting"/>, so it outlives a reboot) and effective for the next sale. Offline sales
        /// queued already are forwarded either way. Logged on the serial port.
        /// </summary>
        /// <exception cref="JournalException">The journal cannot be written: nothing changed.</exception>
        /// <exception cref="OfflinePolicySettingsException">The policy allows no entry mode offline: nothing changed.</exception>
        public void SetOfflineSales(bool enabled)
        {
            OfflinePolicy policy = _svc.Policy;
            bool was = policy.Enabled;
            policy.SetEnabled(enabled);
            try
            {
                OfflineSalesSetting.Save(_svc.Journal, enabled);
            }
            catch (JournalException)
            {
                policy.SetEnabled(was);
                throw;
            }

            _svc.Serial.WriteLine("offline: sales " + (enabled ? "allowed" : "refused"));
        }

        /// <summary>
        /// Subscribes to the signals the machine consumes. Its timers' expiries and its exchanges' outcomes need no
        /// subscription: they are posted to the machine alone.
        /// </summary>
        public void SubscribeTo(Dispatcher dispatcher)
        {
            dispatcher.Subscribe(Signal.KeyPressed, this);
            dispatcher.Subscribe(Signal.CardRead, this);
            dispatcher.Subscribe(Signal.WentOnline, this);
            dispatcher.Subscribe(Signal.WentOffline, this);
            dispatcher.Subscribe(Signal.ForwardingDone, this);
            dispatcher.Subscribe(Signal.ForwardingStopped, this);
            dispatcher.Subscribe(Signal.OfflineQueueChanged, this);
        }

        /// <summary>
        /// Shows the last transaction's outcome when the cashier has not confirmed it (in-doubt recovery: a power cut
        /// came between the outcome and the cashier), else enters Idle (which checks whether a sign-in is due).
        /// </summary>
        public void Start()
        {
            ApplyOfflineSetting();
            _svc.LastKeeper.Load();
            _svc.LastKeeper.RememberLastSale(_svc.Recent, _svc.Clock, _svc.Settings.DuplicateWindowMs);
            _ctx.CheckPending = false;
            _ctx.State = Last != null && !Last.Acknowledged ? TxnState.LastResult : TxnState.Idle;
            Enter(_ctx.State);
            if (_ctx.CheckPending)
            {
                Fire(TxnTrigger.Check);
            }
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            TxnTrigger trigger;
            if (_events.TryDecode(e, out trigger))
            {
                Fire(trigger);
            }
        }

        /// <summary>
        /// The dispatcher's guard caught an exception from this machine: end whatever was going on in a safe state.
        /// Timers and the card reader stop, a request still waiting for the seam is withdrawn (one already out is
        /// answered late and dropped as stale), PIN and card data are wiped, and the machine shows the result of a
        /// system error (<see cref="TxnLocalCodes.CodeSystemError"/>): REVERSAL_PENDING when the journal holds a reversal (it is kept
        /// as it is: it was persisted before its request left, and is sent as usual), FAILED otherwise. Nothing is
        /// written to the journal. With <paramref name="hold"/> the result stays until a key (no timer back to Idle):
        /// a fault that comes back at every turn then waits for a person instead of looping.
        /// </summary>
        public void Recover(bool hold)
        {
            _ctx.State = TxnState.Result;
            _ctx.Flow = TxnFlow.None;
            _ctx.Action = ResponseAction.None;
            _ctx.CheckPending = false;
            _ctx.FaultPending = false;
            _ctx.Upload = null;
            _svc.Screens.SystemError(_svc.Reversal);
            try
            {
                _sender.Abandon();
                _svc.ResetTransaction(_ctx);
                _pin.Wipe();
                _svc.Timers.Disarm(TransactionTimerIds.StateTimeout);
                _svc.Timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
                _svc.Reader.StopReading();
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

        /// <summary>Feeds one trigger (the event decoding does this; tests may call it).</summary>
        public void Fire(TxnTrigger trigger)
        {
            TxnTrigger next = trigger;
            int rounds = 0;
            while (true)
            {
                _ctx.CheckPending = false;
                _ctx.FaultPending = false;
                Dispatch(next);

                // Completion triggers raised by the entry just run (run to completion: handled before the next event).
                if (_ctx.FaultPending)
                {
                    next = TxnTrigger.LocalFault;
                }
                else if (_ctx.CheckPending)
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
                    _svc.Serial.WriteLine("txn: completion loop stopped after " + MaxCompletionRounds.ToString() + " rounds in "
                        + TransactionTable.NameOf(_ctx.State) + ", " + TransactionTable.NameOf(next) + " still pending");
                    return;
                }
            }
        }

        /// <summary>
        /// Reads the offline switch and limits stored in the journal again (after a remote <c>set</c> wrote them), so
        /// the next sale obeys them; stored values that do not make sense together are logged and not used.
        /// </summary>
        public void ReloadOfflinePolicy()
        {
            ApplyOfflineSetting();
        }

        // The merchant's stored switch and the technician's stored limits win over the installation's values (the
        // policy as built); a switch stored on policy settings that allow no entry mode stays off, and says so.
        private void ApplyOfflineSetting()
        {
            OfflinePolicy policy = _svc.Policy;
            OfflinePolicySettings limits = policy.Settings;
            OfflineLimitsSetting.ReadInto(_svc.Journal.State, limits);
            try
            {
                policy.SetLimits(limits.TransactionLimitFen, limits.TotalCapFen, limits.MaxCount);
            }
            catch (OfflinePolicySettingsException)
            {
                _svc.Serial.WriteLine("offline: the stored limits do not fit together, the installation's kept");
            }

            try
            {
                policy.SetEnabled(OfflineSalesSetting.Read(_svc.Journal.State, policy.Enabled));
            }
            catch (OfflinePolicySettingsException)
            {
                _svc.Serial.WriteLine("offline: the stored switch is on but the policy allows no entry mode, kept off");
            }
        }

        private void Dispatch(TxnTrigger trigger)
        {
            TxnState state = _ctx.State;
            int rows = TransactionTable.RowCount;
            for (int i = 0; i < rows; i++)
            {
                if (TransactionTable.From(i) == state && TransactionTable.Trigger(i) == trigger
                    && _guards.Holds(TransactionTable.Guard(i)) && _guards.Holds(TransactionTable.Guard2(i)))
                {
                    _ctx.Trigger = trigger;
                    Take(i);
                    return;
                }
            }

            Unhandled++;
        }

        private void Take(int row)
        {
            TxnState from = _ctx.State;
            TxnState to = TransactionTable.To(row);
            TxnAction action = TransactionTable.Action(row);
            if (to == TxnState.Resume)
            {
                to = _ctx.Resume;
            }

            TxnState then = TransactionTable.Then(row);
            if (TransactionTable.To(row) == TxnState.Reversing && then != TxnState.Stay)
            {
                _ctx.Resume = then;
                _ctx.AttemptLimit = _svc.Settings.ReversalRetryCount;
            }

            if (to != TxnState.Stay)
            {
                Exit(from, to);
            }

            _parts[(int)TransactionTable.PartOf(action)].Run(action);

            TransitionCount++;
            TraceHandler trace = Trace;
            if (trace != null)
            {
                trace(TransactionTable.NameOf(from) + " --" + TransactionTable.NameOf(TransactionTable.Trigger(row)) + "/" + TransactionTable.NameOf(action)
                    + "--> " + TransactionTable.NameOf(to == TxnState.Stay ? from : to));
            }

            if (to != TxnState.Stay)
            {
                _ctx.State = to;
                Enter(to);
            }
        }

        // Entry: the table's screen and timeout, then the owning flow's handler.
        private void Enter(TxnState state)
        {
            string screen = TransactionTable.ScreenOf(state);
            if (screen.Length > 0)
            {
                _svc.Screens.Clear(screen);
            }

            ArmStateTimer(TransactionTable.TimeoutOf(state));
            _parts[(int)TransactionTable.PartOf(state)].Enter(state);
        }

        private void Exit(TxnState state, TxnState to)
        {
            _svc.Timers.Disarm(TransactionTimerIds.StateTimeout);
            _ctx.ExitTo = to;
            _parts[(int)TransactionTable.PartOf(state)].Exit(state, to);
        }

        private void ArmStateTimer(int timeout)
        {
            TransactionSettings s = _svc.Settings;
            long ms = timeout == TxnStateInfo.IdleTimeout ? s.IdleTimeoutMs
                : timeout == TxnStateInfo.PinTimeout ? s.PinEntryTimeoutMs
                : timeout == TxnStateInfo.ResultTimeout ? s.ResultDisplayMs : 0;
            if (ms > 0)
            {
                _svc.Timers.Arm(_svc.Owner, TransactionTimerIds.StateTimeout, ms);
            }
        }

        /// <summary>
        /// The technician confirmed the storage's provisioning (after reading what an empty drive means): writes the
        /// marker with its audit line and refreshes the idle screen. False when storage refused the write.
        /// </summary>
        public bool ConfirmStorage()
        {
            if (_svc.Provisioning == null)
            {
                return true;
            }

            bool ok = _svc.Provisioning.Confirm(_svc.Clock.UtcNow.Ticks, Operators.Technician, "technician");
            _idle.ShowIdle();
            return ok;
        }

        /// <summary>
        /// The keys changed outside a transaction (a master key loaded in the technician menu destroys the working keys):
        /// the idle screen shows the sign-in state again.
        /// </summary>
        public void KeysChanged()
        {
            _idle.ShowIdle();
        }

        /// <summary>The pending reversal as a technician sees it before clearing it (null when none): STAN, amount, masked card.</summary>
        public PendingReversalInfo DescribePendingReversal()
        {
            return _reversal.Describe();
        }

        /// <summary>
        /// Clears the pending reversal by hand: the technician menu calls this after the technician PIN and a
        /// confirmation that says the host may keep the charge. Written to the audit log and the serial log with the
        /// STAN, amount and masked card. Refused while an attempt (or a transaction) is in progress.
        /// </summary>
        public ReversalClearOutcome ClearPendingReversal()
        {
            ReversalClearOutcome outcome = _reversal.Clear();
            if (outcome == ReversalClearOutcome.Cleared)
            {
                if (_ctx.State == TxnState.ReversalBlocked)
                {
                    Fire(TxnTrigger.Cancel);
                }
                else
                {
                    _idle.ShowIdle();
                }
            }

            return outcome;
        }

        /// <summary>
        /// The merchant menu's "Transactions", asked for by name rather than as a key: from Idle, opens the function
        /// menu (void, refund, balance, settlement, sign-in, records, today's summary) by the row FUNC takes there. False, and nothing happens,
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
