using System;
using System.Collections;
using Pos.Core.Audit;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Offline;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Offline
{
    /// <summary>
    /// A terminal's store-and-forward part wired as in the app (journal on a simulated volume, queue view, event
    /// queue, timers, dispatcher, exchange forwarder, forwarder) against a <see cref="ScriptedHost"/>, on a simulated
    /// clock. <see cref="Reboot"/> powers off and on: the storage keeps only what was durable. Records every item
    /// outcome and every Forwarding* signal.
    /// </summary>
    public sealed class OfflineRig : IEventHandler
    {
        /// <summary>The terminal id of the tests.</summary>
        public const string Tid = "12345678";

        private readonly ForwarderSettings _settings;

        /// <summary>A rig with the default forwarder settings, booted.</summary>
        public OfflineRig()
            : this(new ForwarderSettings())
        {
        }

        /// <summary>A rig with the given settings, booted.</summary>
        public OfflineRig(ForwarderSettings settings)
        {
            _settings = settings;
            Clock = new SimulatedClock(new DateTime(2026, 3, 1, 8, 0, 0));
            Storage = new SimulatedStorage(64 * 1024);
            Keys = OfflineTestKeys.StoreWith(OfflineTestKeys.TestMakFirst);
            HostKeys = OfflineTestKeys.StoreWith(OfflineTestKeys.TestMakFirst);
            Host = new ScriptedHost(new KeyStoreMacCalculator(HostKeys, MacAlgorithm.CupsEcb), Clock);
            Outcomes = new ArrayList();
            Signals = new ArrayList();
            Boot();
        }

        /// <summary>The simulated clock.</summary>
        public SimulatedClock Clock { get; }

        /// <summary>The simulated volume (replaced by <see cref="Reboot"/>).</summary>
        public SimulatedStorage Storage { get; private set; }

        /// <summary>The terminal's key store.</summary>
        public InMemoryKeyStore Keys { get; }

        /// <summary>The host's copy of the MAK.</summary>
        public InMemoryKeyStore HostKeys { get; }

        /// <summary>The fake host.</summary>
        public ScriptedHost Host { get; }

        /// <summary>The journal.</summary>
        public Journal Journal { get; private set; }

        /// <summary>The audit trail (reviews, declined advices).</summary>
        public AuditTrail Audit { get; private set; }

        /// <summary>The queue view.</summary>
        public OfflineQueue Queue { get; private set; }

        /// <summary>The forwarder under test.</summary>
        public Forwarder Forwarder { get; private set; }

        /// <summary>The event queue.</summary>
        public EventQueue Events { get; private set; }

        /// <summary>The timers.</summary>
        public TimerService Timers { get; private set; }

        /// <summary>The dispatcher.</summary>
        public Dispatcher Dispatcher { get; private set; }

        /// <summary>"STAN Result [code]" per finished item, in order.</summary>
        public ArrayList Outcomes { get; }

        /// <summary>"ForwardingDone(n)" / "ForwardingStopped(reason)" in order.</summary>
        public ArrayList Signals { get; }

        /// <summary>The last Forwarding* signal, or null.</summary>
        public string LastSignal => Signals.Count == 0 ? null : (string)Signals[Signals.Count - 1];

        /// <summary>Builds the terminal over the current storage (journal recovery, queue, forwarder).</summary>
        public void Boot()
        {
            JournalOptions options = new JournalOptions();
            options.QueueCapacity = 20;
            options.CompactThresholdBytes = 4096;
            Journal = new Journal(Storage, options, Clock);
            Journal.CardData = OfflineTestKeys.Cipher();
            Journal.Open();
            Events = new EventQueue(64);
            Timers = new TimerService(Clock, Events, 8);
            Dispatcher = new Dispatcher(Events, Timers, 1000);
            Audit = new AuditTrail(Storage);
            Audit.Open(0, false);
            Queue = new OfflineQueue(Journal, Audit, Tid, Events);
            TerminalSettings terminal = new TerminalSettings(Tid, "123456789012345");
            Forwarder = new Forwarder(_settings, Queue, Host, new RequestBuilder(terminal), new IsoPackager(),
                new KeyStoreMacCalculator(Keys, MacAlgorithm.CupsEcb), Timers, Events, Clock);
            new ExchangeForwarder(Host, Events);
            Forwarder.SubscribeTo(Dispatcher);
            Dispatcher.Subscribe(Signal.ForwardingDone, this);
            Dispatcher.Subscribe(Signal.ForwardingStopped, this);
            Forwarder.ItemFinished += OnFinished;
        }

        /// <summary>Power off (keeping only durable bytes) and on again, the uptime from 0; the forwarder is not started.</summary>
        public void Reboot()
        {
            if (!Storage.IsPoweredOff)
            {
                Storage.CutPower(0);
            }

            Storage = Storage.Reboot();
            Host.PowerLoss();
            Clock.Restart();
            Boot();
        }

        /// <summary>Queues a contactless offline sale of <paramref name="amountFen"/>, taken now.</summary>
        public QueueItem Enqueue(long amountFen)
        {
            return Queue.EnqueueAdvice(Sale(amountFen), Clock.UtcNow.Ticks);
        }

        /// <summary>A contactless sale without PIN.</summary>
        public static FinancialRequest Sale(long amountFen)
        {
            FinancialRequest sale = new FinancialRequest();
            sale.Type = TransactionType.Purchase;
            sale.AmountFen = amountFen;
            sale.EntryMode = "072";
            sale.Pan = "6225881234567890";
            sale.ExpiryYymm = "2812";
            sale.CardSequenceNumber = "001";
            sale.LocalTime = "080000";
            sale.LocalDate = "0301";
            sale.OriginalAuthCode = "OFF001";
            sale.IccData = new byte[] { 0x9F, 0x26, 0x02, 0xAB, 0xCD };
            return sale;
        }

        /// <summary>Persists a pending reversal of a purchase with <paramref name="stan"/> in the current batch.</summary>
        public void SetReversal(int stan, string reason)
        {
            FinancialRequest purchase = Sale(5000);
            purchase.Stan = stan;
            purchase.Batch = Journal.State.BatchNumber;
            purchase.EntryMode = "051";
            byte[] payload = new byte[512];
            int n = RequestPayload.Write(purchase, "A1B2C3", Journal.CardData, payload, 0);
            Journal.SetReversal(stan, purchase.Batch, reason, Clock.UtcNow.Ticks, payload, 0, n);
        }

        /// <summary>Posts an event.</summary>
        public void Post(Signal signal)
        {
            Events.Post(new Event(signal, 0, null));
        }

        /// <summary>Handles everything queued and due now.</summary>
        public void Run()
        {
            while (Dispatcher.Step() > 0)
            {
            }
        }

        /// <summary>Lets <paramref name="ms"/> of simulated time pass, jumping from timer to timer.</summary>
        public void RunFor(long ms)
        {
            long end = Clock.UptimeMs + ms;
            Run();
            while (true)
            {
                long next = Timers.NextDueInMs();
                if (next < 0 || Clock.UptimeMs + next > end)
                {
                    Clock.Advance(end - Clock.UptimeMs);
                    Run();
                    return;
                }

                Clock.Advance(next);
                Run();
            }
        }

        /// <summary>The STAN of request <paramref name="i"/> as a number.</summary>
        public int StanOf(int i)
        {
            return int.Parse(Host.RequestAt(i).GetString(11));
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            Signals.Add(e.Describe());
        }

        private void OnFinished(string tid, int batch, int stan, ForwardResult result, string responseCode)
        {
            Outcomes.Add(stan.ToString() + " " + ForwardResultNames.Of(result) + (responseCode == null ? string.Empty : " " + responseCode));
        }
    }
}
