using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Hal;

namespace Pos.Core.Tests.Diagnostics
{
    /// <summary>
    /// A terminal for the self-test tests: simulated clock and storage, a journal with terminal ids and a sign-in,
    /// fakes of every seam, test keys, the runner, the PIN guard and the menu. Exchange outcomes go through the
    /// event queue as on the device; <see cref="Pump"/> hands them to the runner.
    /// </summary>
    public sealed class DiagRig
    {
        /// <summary>2025-03-01 09:41 UTC.</summary>
        public static readonly DateTime Start = new DateTime(2025, 3, 1, 9, 41, 0);

        /// <summary>A test-only double-length key (not a real key).</summary>
        public static readonly byte[] TestOnlyKey = Hex.Decode("1F2E3D4C5B6A7988FEDCBA9876543210");

        private DiagRig(SimulatedClock clock, SimulatedStorage storage, bool fresh)
        {
            Clock = clock;
            Storage = storage;
            Journal = new Journal(storage, new JournalOptions(), clock);
            Recovery = Journal.Open();
            Audit = new AuditTrail(storage);
            Audit.Open(clock.UtcNow.Ticks, false);
            if (fresh)
            {
                Journal.SetSetting(DiagnosticsSettingsKeys.TerminalId, "TEST0001");
                Journal.SetSetting(DiagnosticsSettingsKeys.MerchantId, "TEST00000000001");
                Journal.SetSetting(DiagnosticsSettingsKeys.HostName, "acq.example");
                Journal.SetSetting(DiagnosticsSettingsKeys.HostPort, "5000");
                Journal.SetSetting(DiagnosticsSettingsKeys.SignInDate, "20250301");
                new StorageProvisioning(Journal, Audit).Confirm(1, Operators.None, "test rig");
            }

            Net = new FakeNetworkLink();
            Power = new FakePower();
            Card = new FakeCardReader();
            Host = new EchoHost(clock);
            Keys = new InMemoryKeyStore();
            Keys.Load(KeySlot.Tmk, TestOnlyKey, 0, 16);
            Keys.Load(KeySlot.Pik, TestOnlyKey, 0, 16);
            Keys.Load(KeySlot.Mak, TestOnlyKey, 0, 8);
            Queue = new EventQueue(16);
            new ExchangeForwarder(Host, Queue);
            Ctx = new DiagnosticContext(clock, Journal, Audit);
            Ctx.Recovery = Recovery;
            Ctx.FirmwareVersion = "0.1.0";
            Ctx.Storage = storage;
            Ctx.Power = Power;
            Ctx.Network = Net;
            Ctx.CardReader = Card;
            Ctx.Exchange = Host;
            Ctx.Keys = Keys;
            Runner = new DiagnosticRunner(Ctx, DiagnosticChecks.Standard());
            Log = new MemoryLog();
            Status = new StatusBar();
            Status.Online = true;
            Status.BatteryPercent = 76;
            Status.Hour = 9;
            Status.Minute = 41;
            Pin = new TechnicianPin(Journal, Audit, clock, new SeededRandom(7));
            Menu = new TechnicianMenu(Runner, Pin, Log, Status);
        }

        /// <summary>The clock.</summary>
        public SimulatedClock Clock { get; }

        /// <summary>The volume.</summary>
        public SimulatedStorage Storage { get; }

        /// <summary>The journal.</summary>
        public Journal Journal { get; }

        /// <summary>The audit trail (opened after the journal).</summary>
        public AuditTrail Audit { get; }

        /// <summary>Its recovery report.</summary>
        public RecoveryReport Recovery { get; }

        /// <summary>The network fake.</summary>
        public FakeNetworkLink Net { get; }

        /// <summary>The battery fake.</summary>
        public FakePower Power { get; }

        /// <summary>The card reader fake.</summary>
        public FakeCardReader Card { get; }

        /// <summary>The echo host.</summary>
        public EchoHost Host { get; }

        /// <summary>The key store with test keys.</summary>
        public InMemoryKeyStore Keys { get; }

        /// <summary>The event queue.</summary>
        public EventQueue Queue { get; }

        /// <summary>The context.</summary>
        public DiagnosticContext Ctx { get; }

        /// <summary>The runner.</summary>
        public DiagnosticRunner Runner { get; }

        /// <summary>The serial log.</summary>
        public MemoryLog Log { get; }

        /// <summary>The status bar.</summary>
        public StatusBar Status { get; }

        /// <summary>The PIN guard.</summary>
        public TechnicianPin Pin { get; }

        /// <summary>The menu.</summary>
        public TechnicianMenu Menu { get; }

        /// <summary>A fresh terminal.</summary>
        public static DiagRig Create()
        {
            return new DiagRig(new SimulatedClock(Start), new SimulatedStorage(256 * 1024), true);
        }

        /// <summary>Power cycle: the same flash and wall clock, everything else new.</summary>
        public DiagRig Reboot()
        {
            Storage.Reboot();
            SimulatedClock clock = new SimulatedClock(Clock.UtcNow);
            return new DiagRig(clock, Storage, false);
        }

        /// <summary>Delivers queued events (exchange outcomes, card reads) to the runner.</summary>
        public void Pump()
        {
            Event e;
            while ((e = Queue.TryTake()) != null)
            {
                Runner.Handle(e);
            }
        }

        /// <summary>Presents a card to the reader (as the app's card forwarder would post it).</summary>
        public void PresentCard(CardData card, CardReadError error)
        {
            Queue.Post(new Event(Signal.CardRead, (int)error, card));
            Pump();
        }

        /// <summary>Runs one check by key and pumps its outcome; returns its result.</summary>
        public CheckResult RunCheck(string key)
        {
            int i = Runner.IndexOf(key);
            Runner.StartOne(i);
            Pump();
            return Runner.ResultAt(i);
        }

        /// <summary>Presses keys on the menu.</summary>
        public void Press(Key[] keys)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                Menu.HandleKey(keys[i]);
                Pump();
            }
        }

        /// <summary>Presses one key.</summary>
        public void Press(Key key)
        {
            Menu.HandleKey(key);
            Pump();
        }

        /// <summary>The display test: ENTER on each pattern in turn (all must be confirmed for a PASS).</summary>
        public void ConfirmDisplayPatterns()
        {
            for (int i = 0; i < Pos.Core.Ui.Menus.InteractiveTests.PatternCount; i++)
            {
                Press(Key.Enter);
            }
        }

        /// <summary>Types a PIN's digits and ENTER.</summary>
        public void TypePin(string pin)
        {
            for (int i = 0; i < pin.Length; i++)
            {
                Press((Key)((int)Key.Digit0 + (pin[i] - '0')));
            }

            Press(Key.Enter);
        }

        /// <summary>The merchant menu's language list: English.</summary>
        public void ChooseEnglish()
        {
            Press(new Key[] { Key.Func, Key.Enter, Key.Down, Key.Enter, Key.Cancel });
        }

        /// <summary>FUNC FUNC 9 from idle.</summary>
        public void EnterSequence()
        {
            Press(new Key[] { Key.Func, Key.Func, Key.Digit9 });
        }

        /// <summary>Opens the technician menu with the default PIN and sets <paramref name="newPin"/>.</summary>
        public void EnterAsTechnician(string newPin)
        {
            EnterSequence();
            TypePin(TechnicianPin.DefaultPin);
            TypePin(newPin);
            TypePin(newPin);
        }
    }
}
