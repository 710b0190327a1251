using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Link;
using Pos.Core.Offline;
using Pos.Core.Printing;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Records;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The terminal's application core, built from the HAL seams only, so it runs the same on the device, in the
    /// emulator and in tests: event queue, timers, dispatcher, journal, audit trail, link monitor, host channel
    /// (exchange + probes), offline policy and store, and the transaction machine. Cards become events (posted from any thread), and so do the
    /// keys the UI gives the machine (<see cref="PressKey"/>); <see cref="Step"/> is one turn of the main loop. The UI reads
    /// <see cref="Screen"/> and the status properties.
    /// </summary>
    public sealed class Terminal
    {
        private readonly EventQueue _queue;
        private readonly TimerService _timers;
        private readonly Dispatcher _dispatcher;
        private readonly Journal _journal;
        private readonly AuditTrail _audit;
        private readonly LinkMonitor _link;
        private readonly HostChannel _channel;
        private readonly TransactionMachine _machine;
        private readonly OfflineQueueStore _queueStore;
        private readonly TerminalOptions _options;
        private readonly IClock _clock;
        private readonly IMacCalculator _mac;
        private readonly RequestBuilder _builder;

        // The one ISO packager (each one kept cost about 820 B of the interpreter's heap): the channel's probes, the
        // machine's requests and replies, the forwarder's advices and the self-test's echo all pack on the main loop,
        // never at once. The seam's completions (its own thread) never pack.
        private readonly IsoPackager _packager = new IsoPackager();
        private Forwarder _forwarder;
        private readonly INetworkLink _network;
        private readonly ISerialLog _log;
        private bool _started;
        private LastKnownTime _lastKnownTime;
        private StorageProvisioning _provisioning;
        private readonly IKeyStore _keys;
        private readonly byte[] _checkValue = new byte[KeyCheckValue.DefaultLength];

        /// <summary>Composes the terminal. Nothing runs until <see cref="Start"/>.</summary>
        public Terminal(TerminalOptions options, IClock clock, IHostExchange exchange, ICardReader cardReader,
            INetworkLink network, IStorage storage, ISerialLog log, IKeyStore keys)
        {
            if (options == null || clock == null || exchange == null || cardReader == null || network == null
                || storage == null || log == null || keys == null)
            {
                throw new System.ArgumentNullException(nameof(options));
            }

            if (options.Codes == null)
            {
                throw new System.ArgumentException("response code table", nameof(options));
            }

            _log = log;
            _keys = keys;
            _network = network;
            _options = options;
            _clock = clock;
            // The journal-backed offline queue, attached at Start (after recovery), and its forwarder.
            _queueStore = new OfflineQueueStore(clock);
            _queue = new EventQueue(options.QueueCapacity);
            _timers = new TimerService(clock, _queue, options.TimerSlots);
            _dispatcher = new Dispatcher(_queue, _timers, 64);
            // The journal's monotonic clock (queue ages, expiry) runs on the seam's uptime.
            _journal = new Journal(storage, new JournalOptions(), clock);
            // Card data reach the flash only sealed under the data key, derived from the TMK (the key that persists).
            _journal.CardData = new CardDataCipher(new TmkDataKey(keys));
            // Who did what: files of its own beside the journal, opened and verified at Start.
            _audit = new AuditTrail(storage);
            RequestBuilder builder = new RequestBuilder(options.Terminal);
            _builder = builder;
            _channel = new HostChannel(exchange, _queue, _journal, builder, _packager, clock);

            // A probe waits for its reply as long as a sale would: a host that answers sales in time is reachable.
            LinkSettings link = options.Link.Clone();
            link.ProbeReplyTimeoutMs = options.Transactions.ResponseTimeoutMs;
            _channel.ProbeTimeoutMs = (int)link.ProbeTimeoutMs;
            _channel.ProbeReplyTimeoutMs = (int)link.ProbeReplyTimeoutMs;
            _link = new LinkMonitor(link, clock, _timers, _queue, _channel, log);
            OfflinePolicy policy = new OfflinePolicy(options.OfflinePolicy);
            IMacCalculator mac = new KeyStoreMacCalculator(keys, options.MacAlgorithm);
            _mac = mac;
            _machine = new TransactionMachine(options.Transactions, options.Terminal, _journal, _audit, keys, clock, _timers, _channel, _link,
                policy, _queueStore, options.Codes, cardReader, log, mac, _packager);

            _dispatcher.HandlerFaulted += OnHandlerFaulted;
            _link.SubscribeTo(_dispatcher);
            _machine.SubscribeTo(_dispatcher);
            new LinkChangedForwarder(network, _queue);
            cardReader.CardRead += OnCard;
        }

        /// <summary>What the journal's recovery found at <see cref="Start"/>.</summary>
        public RecoveryReport Recovery { get; private set; }

        /// <summary>The screen to show.</summary>
        public ScreenModel Screen => _machine.Screen;

        /// <summary>The transaction machine's state.</summary>
        public TxnState State => _machine.State;

        /// <summary>The transaction machine (trace, log).</summary>
        public TransactionMachine Machine => _machine;

        /// <summary>The journal (counters, reversal, settings).</summary>
        public Journal Journal => _journal;

        /// <summary>The audit trail (opened and verified at <see cref="Start"/>).</summary>
        public AuditTrail Audit => _audit;

        /// <summary>The link monitor.</summary>
        public LinkMonitor Link => _link;

        /// <summary>The host channel (request count).</summary>
        public HostChannel Channel => _channel;

        /// <summary>The terminal's one ISO packager; for main-loop users only (its scratch buffers are not thread-safe).</summary>
        public IsoPackager Packager => _packager;

        /// <summary>The dispatcher (ordered event trace via <c>Dispatched</c>).</summary>
        public Dispatcher Dispatcher => _dispatcher;

        /// <summary>The timers.</summary>
        public TimerService Timers => _timers;

        /// <summary>The main loop's event queue (the seams' ports post to it).</summary>
        public EventQueue Queue => _queue;

        /// <summary>The receipt printer's port (null: the terminal has no printer).</summary>
        public PrinterPort Printer { get; private set; }

        /// <summary>Gives the terminal its receipt printer (before <see cref="Start"/>): answers reach the main loop as events.</summary>
        public void AttachPrinter(IPrinter printer)
        {
            if (_started || Printer != null)
            {
                throw new System.InvalidOperationException("printer");
            }

            Printer = new PrinterPort(printer, _queue);
        }

        /// <summary>Status bar: true when the host is reachable (online side of the link monitor).</summary>
        public bool IsOnline => _link.IsOnline;

        /// <summary>Status bar: offline sales waiting to be forwarded (the queue's pending advices).</summary>
        public int OfflineCount => _queueStore.Queue == null ? 0 : _queueStore.Queue.PendingCount;

        /// <summary>Status bar: the master key in use is a TEST key (emulator, bench board): never for real payments.</summary>
        public bool TestKey => TestMasterKey.IsInUse(_keys, _checkValue);

        /// <summary>Status bar: offline sales flagged for review (not acknowledged yet).</summary>
        public int FlaggedCount => _queueStore.Queue == null ? 0 : _queueStore.Queue.FlaggedCount;

        /// <summary>The offline queue (null before <see cref="Start"/>).</summary>
        public OfflineQueue OfflineQueue => _queueStore.Queue;

        /// <summary>The forwarder of the offline queue (null before <see cref="Start"/>).</summary>
        public Forwarder Forwarder => _forwarder;

        /// <summary>The records look-up's books (the machine's <see cref="TransactionMachine.Records"/>; null before <see cref="Start"/>).</summary>
        public RecordBook Records { get; private set; }

        /// <summary>Status: true when a reversal is pending.</summary>
        public bool ReversalPending => _journal.State.Reversal != null;

        /// <summary>Status: the pending reversal's reason (98/A0/96/06), or empty.</summary>
        public string ReversalReason => _journal.State.Reversal == null ? string.Empty : _journal.State.Reversal.Reason;

        // An empty drive at start is a new terminal or a silently reformatted one; only a person can tell which.
        private void CheckProvisioning()
        {
            _provisioning = new StorageProvisioning(_journal, _audit);
            if (_provisioning.IsConfirmed || _journal.IsReadOnly)
            {
                return;
            }

            if (_options.ConfirmFreshStorage && Recovery.Status == RecoveryStatus.Fresh)
            {
                _provisioning.Confirm(_clock.UtcNow.Ticks, Operators.None, "first start");
                return;
            }

            _log.WriteLine("storage: the journal started empty and is not confirmed (a new terminal, or a reformatted drive "
                + "whose batch and offline sales are lost): confirm in the technician menu");
        }

        /// <summary>Plays the result tones (null: silent).</summary>
        public ResultTones Tones { get; set; }

        /// <summary>The provisioning marker (null before <see cref="Start"/>).</summary>
        public StorageProvisioning Provisioning => _provisioning;

        /// <summary>Opens the journal (recovery) and the audit trail (verification), starts the link monitor and enters Idle. Call once.</summary>
        public void Start()
        {
            if (_started)
            {
                throw new System.InvalidOperationException("started");
            }

            _started = true;
            Recovery = _journal.Open();
            _lastKnownTime = new LastKnownTime(_journal, _clock);
            try
            {
                if (_lastKnownTime.Restore())
                {
                    // No battery-backed clock: without this, TLS would refuse the host's certificate as not yet valid.
                    _log.WriteLine("clock: restarted in the past, set to the last known time (late by the time the power was off)");
                }
            }
            catch (System.Exception)
            {
                _log.WriteLine("clock: unreadable at boot, the last known time not restored");
            }

            OpenAudit();
            CheckProvisioning();
            NoteAuditBegun();
            OfflineQueue queue = new OfflineQueue(_journal, _audit, _options.Terminal.TerminalId, _queue);
            _queueStore.Attach(queue);
            ForwarderSettings fs = _options.Forwarder.Clone();
            fs.ReversalMaxAttempts = _options.Transactions.ReversalRetryCount;
            fs.ConnectTimeoutMs = _options.Transactions.ConnectTimeoutMs;
            fs.ResponseTimeoutMs = _options.Transactions.ResponseTimeoutMs;
            // The forwarder uses the channel's face of the seam: one exchange at a time with sales and probes.
            _forwarder = new Forwarder(fs, queue, _channel, _builder, _packager, _mac, _timers, _queue, _clock);
            _forwarder.SubscribeTo(_dispatcher);
            _forwarder.Delivering = BookAdvice;
            _machine.Forwarder = _forwarder;
            Records = new RecordBook(_journal, _machine.Log, _machine.Failed, _clock, _options.Transactions.UtcOffsetMinutes);
            _machine.Records = Records;
            _machine.Provisioning = _provisioning;

            _link.Start(_network.IsUp);
            _machine.Start();
            _forwarder.Start(_link.IsOnline);

            _log.WriteLine("terminal: started, batch " + _journal.State.BatchNumber.ToString() + (ReversalPending ? ", reversal pending " + ReversalReason : string.Empty));
        }

        /// <summary>One turn of the main loop: due timers, then queued events.</summary>
        public int Step()
        {
            int handled = _dispatcher.Step();
            ResultTones tones = Tones;
            if (tones != null)
            {
                tones.Observe(_machine.Screen);
            }
            if (_lastKnownTime != null)
            {
                try
                {
                    _lastKnownTime.Tick();
                }
                catch (System.Exception)
                {
                    // A failing clock seam: the dispatcher's guard reports it where the core reads the clock; the time
                    // is recorded on a later round.
                }
            }

            return handled;
        }

        /// <summary>Milliseconds until the next timer (-1 none): how long the main loop may sleep when the queue is empty.</summary>
        public long NextDueInMs()
        {
            return _timers.NextDueInMs();
        }

        /// <summary>Events waiting.</summary>
        public int Pending => _queue.Count;

        /// <summary>
        /// A key for the transaction machine, posted as an event: the face (<see cref="TerminalUi.Press"/>) calls it for
        /// every key the menu does not take; tests that drive the machine alone call it directly. A code that is no key
        /// is dropped and counted (<see cref="RejectedKeys"/>).
        /// </summary>
        public void PressKey(Key key)
        {
            if (!IsKnownKey(key))
            {
                RejectedKeys++;
                return;
            }

            _queue.Post(new Event(Signal.KeyPressed, (int)key, null));
        }

        // A delivered offline sale is the host's debit now: it joins the batch's transaction log, so the settlement
        // totals (0500) count it like the host does; written in the forwarder's group with the delivered mark. A declined
        // advice never enters the log, nor one of an earlier batch (settled already).
        private void BookAdvice(QueueItem item)
        {
            if (item.Batch != _journal.State.BatchNumber || _machine.Log.Find(item.Stan) != null)
            {
                return;
            }

            LoggedTransaction t = OfflineEntry.Read(_journal, item);
            if (t == null)
            {
                return;
            }

            _machine.Log.Put(t);
        }

        /// <summary>The journal setting that says the audit trail has held entries ("1"): with it, a trail found without
        /// a single file was deleted, not new (a break).</summary>
        public const string AuditBegunSetting = "audit.begun";

        // Verifies the trail (a break is logged at every boot; the trail marks it once) and carries the entries of an
        // older journal's audit ring into a new trail.
        private void OpenAudit()
        {
            long now = SafeTicks();
            AuditStatus status = _audit.Open(now, _journal.State.GetSetting(AuditBegunSetting) != null);
            _log.WriteLine(AuditExport.LogPrefix + AuditExport.ChainText(_audit) + ", " + _audit.Count.ToString() + " entries"
                + (_audit.TailDropped > 0 ? ", torn last entry dropped (" + _audit.TailDropped.ToString() + " B)" : string.Empty));
            JournalState s = _journal.State;
            if (_audit.Count == 0 && status == AuditStatus.Intact)
            {
                for (int i = 0; i < s.LegacyAuditCount; i++)
                {
                    _audit.Append(s.LegacyAuditAt(i).UtcTicks, Operators.None, AuditEvent.Other, s.LegacyAuditAt(i).Text);
                }
            }
        }

        // Once the trail holds an entry, the journal says so: from then on a trail found without a single file is a break.
        private void NoteAuditBegun()
        {
            if (_audit.Count > 0 && _journal.State.GetSetting(AuditBegunSetting) == null && !_journal.IsReadOnly)
            {
                try
                {
                    _journal.SetSetting(AuditBegunSetting, "1");
                }
                catch (StorageException)
                {
                    // Written at a later boot.
                }
                catch (JournalException)
                {
                    // Written at a later boot.
                }
            }
        }

        /// <summary>How many faults the audit trail gets per boot; later ones are logged and counted only.</summary>
        public const int MaxFaultAudits = 8;

        /// <summary>This many faults within <see cref="FaultStormWindowMs"/> hold the system-error screen until a key.</summary>
        public const int FaultStormCount = 3;

        /// <summary>The window of <see cref="FaultStormCount"/>, uptime milliseconds.</summary>
        public const long FaultStormWindowMs = 60000;

        private readonly long[] _faultTimes = new long[FaultStormCount];
        private int _faultsSeen;

        /// <summary>Exceptions the dispatcher's last-resort guard caught from a handler since start.</summary>
        public long FaultCount => _dispatcher.FaultCount;

        /// <summary>The last fault as logged ("guard: fault …"), or empty.</summary>
        public string LastFault { get; private set; } = "";

        // The dispatcher's guard caught an exception: log it (no PAN, no key: FaultText masks digit runs and the
        // event is named by its signal only), put it in the audit trail, and, when the transaction
        // machine threw, end its transaction in a safe state. Several faults in a short time hold the result screen:
        // a fault that recurs at every turn then waits for a person instead of cycling.
        private void OnHandlerFaulted(Event e, IEventHandler handler, System.Exception error)
        {
            long now = _clock.UptimeMs;
            _faultTimes[_faultsSeen % FaultStormCount] = now;
            _faultsSeen++;
            bool storm = _faultsSeen >= FaultStormCount && now - _faultTimes[_faultsSeen % FaultStormCount] <= FaultStormWindowMs;
            string part = handler == _machine ? "transactions" : handler == _link ? "link monitor" : handler == _forwarder ? "forwarder" : "a part";
            string text = "guard: fault " + _dispatcher.FaultCount.ToString() + " in " + part + " on " + SignalNames.Of(e.Signal) + ": " + FaultText.Of(error);
            LastFault = text;
            TryLog(text + (storm ? " (repeated: held until a key)" : string.Empty));
            if (handler == _machine)
            {
                _machine.Recover(storm);
            }

            if (_started && _faultsSeen <= MaxFaultAudits)
            {
                try
                {
                    _audit.Append(SafeTicks(), Operators.None, AuditEvent.Fault, text);
                }
                catch (PowerLostException)
                {
                    throw;
                }
                catch (System.Exception)
                {
                    // The storage is what failed: the serial log and the counter still have it.
                }
            }
        }

        // Each guarded call catches in a frame of its own that returns at once (see Dispatcher.Invoke: nanoCLR).
        private void TryLog(string text)
        {
            try
            {
                _log.WriteLine(text);
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (System.Exception)
            {
            }
        }

        // The audit's time: the clock may be what failed, and the entry matters more than its time (0: unknown).
        private long SafeTicks()
        {
            try
            {
                return _clock.UtcNow.Ticks;
            }
            catch (PowerLostException)
            {
                throw;
            }
            catch (System.Exception)
            {
                return 0;
            }
        }

        /// <summary>Key codes refused at the entry (not a key of the keypad: <see cref="IsKnownKey"/>).</summary>
        public int RejectedKeys { get; private set; }

        /// <summary>True for the keypad's keys (digits to DOWN); <see cref="Key.None"/> and undefined values are not keys.</summary>
        public static bool IsKnownKey(Key key)
        {
            return key >= Key.Digit0 && key <= Key.Down;
        }

        private void OnCard(CardData card, CardReadError error)
        {
            _queue.Post(new Event(Signal.CardRead, (int)error, card));
        }
    }
}
