using System.Net;
using System.Net.Sockets;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Events;
using Pos.Core.Offline;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Host.Reconciliation
{
    /// <summary>
    /// The real <see cref="Terminal"/> on simulated time (its timers), a <see cref="SimulatedStorage"/> journal (so power
    /// can be cut), the HostSim's test TMK, the scenario seams (keypad, card reader, network link), and the real
    /// <see cref="Pos.Hal.Emulated.TcpHostExchange"/> (clamped timeouts) against an in-process <see cref="HostSimulator"/>
    /// on 127.0.0.1. <see cref="Pump"/> mixes the two clocks: it runs the event loop, waits (bounded, real time) for
    /// outstanding exchanges to be posted back, and advances simulated time only when the terminal waits on a timer.
    /// The keys are an <see cref="InMemoryKeyStore"/> kept across reboots (secure storage), or, given a board secret,
    /// the device's <see cref="PersistentKeyStore"/> on the same flash, opened again at every reboot.
    /// </summary>
    internal sealed class ReconciliationWorld
    {
        public const string Tid = "10000001";
        public const string Mid = "898100000000001";
        public const int RealTimeoutMs = 1500; // real loopback sockets: long enough for a loaded CI machine, the one deliberate timeout costs it once
        private const int CompletionWaitMs = 2000;

        private readonly HostSimulator _sim;
        private readonly IBoardSecret? _board;
        private readonly int _deadPort;
        private bool _hostDown;

        public ReconciliationWorld(HostSimulator sim, OfflinePolicySettings? offline = null, IBoardSecret? board = null)
        {
            _sim = sim;
            _board = board;
            _deadPort = DeadPort();
            Offline = offline;
            Storage = new SimulatedStorage(256 * 1024);
            Keys = OpenKeys();
            Keys.Load(KeySlot.Tmk, TestKeys.TerminalMasterKey, 0, 16);
            Build();
        }

        public SimulatedClock Clock { get; } = new(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));
        public IKeyStore Keys { get; private set; }
        public MemoryLog Log { get; private set; } = new();
        public SimulatedStorage Storage { get; private set; }
        public SimulatedCardReader Reader { get; private set; } = null!;
        public SimulatedNetworkLink Network { get; private set; } = null!;
        public ClampedExchange Exchange { get; private set; } = null!;
        public Terminal Terminal { get; private set; } = null!;
        public OfflinePolicySettings? Offline { get; }
        public bool PowerCut { get; private set; }
        public int Reboots { get; private set; }

        /// <summary>Connections refused (host down) or accepted again.</summary>
        public bool HostDown
        {
            get => _hostDown;
            set
            {
                _hostDown = value;
                Exchange.Port = value ? _deadPort : _sim.Port;
            }
        }

        /// <summary>Cuts nothing: rebuilds the terminal after a power cut over the rebooted flash (same keys and clock).</summary>
        public void Reboot()
        {
            // A request already on the wire still reaches the host: let it finish before the world moves on.
            WaitIdleExchange(Exchange);
            Storage = Storage.Reboot();
            PowerCut = false;
            Reboots++;
            Log = new MemoryLog();
            Keys = _board == null ? Keys : OpenKeys();
            Build();
        }

        /// <summary>
        /// Runs until <paramref name="until"/> holds, the power is cut, or <paramref name="maxSimMs"/> of simulated
        /// time passed with nothing else to do. Returns whether the condition held.
        /// </summary>
        public bool Pump(Func<bool> until, long maxSimMs = 120_000)
        {
            long end = Clock.UptimeMs + maxSimMs;
            int idleRounds = 0;
            while (!PowerCut)
            {
                try
                {
                    while (Terminal.Step() > 0)
                    {
                    }
                }
                catch (PowerCutException)
                {
                    PowerCut = true;
                    return false;
                }

                if (until())
                {
                    return true;
                }

                if (Exchange.Outstanding > 0)
                {
                    if (!Exchange.WaitCompletion(CompletionWaitMs) && ++idleRounds > 3)
                    {
                        throw new TimeoutException("an exchange never completed");
                    }

                    continue;
                }

                long next = Terminal.NextDueInMs();
                if (next < 0 || Clock.UptimeMs + next > end)
                {
                    return until();
                }

                Clock.Advance(Math.Max(next, 1));
            }

            return false;
        }

        /// <summary>
        /// A power-cut sweep: <paramref name="run"/>(-1) runs uncut and returns the flash writes of the part swept, then
        /// <paramref name="run"/>(n) runs again cut at each of them. Returns their number.
        /// </summary>
        public static int CutAtEveryWrite(Func<int, int> run)
        {
            int writes = run(-1);
            for (int cut = 0; cut < writes; cut++)
            {
                run(cut);
            }

            return writes;
        }

        /// <summary>Pumps until the terminal is Idle and online (sign-in and reversal done).</summary>
        public bool Settle()
        {
            if (Terminal.State == TxnState.LastResult)
            {
                Press(Key.Enter); // after a reboot: the cashier confirms the last transaction's outcome
            }

            return Pump(() => Terminal.State == TxnState.Idle && Terminal.IsOnline && Exchange.Outstanding == 0
                && (Terminal.Forwarder == null || !Terminal.Forwarder.IsDraining || Terminal.Forwarder.LastStopReason != 0));
        }

        /// <summary>Cuts the Wi-Fi link and pumps until the terminal is offline and idle; returns whether it went offline.</summary>
        public bool GoOffline()
        {
            Network.Set(false);
            bool offline = Pump(() => !Terminal.IsOnline, 10_000);
            Pump(() => Terminal.State == TxnState.Idle, 30_000);
            return offline;
        }

        public void Press(Key key) => Terminal.PressKey(key);

        public void PressAmount(long fen)
        {
            foreach (char c in fen.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Press((Key)((int)Key.Digit0 + (c - '0')));
            }

            Press(Key.Enter);
        }

        /// <summary>Types the amount and presents a card; returns when the machine left Authorising (or the power was cut).</summary>
        public void Purchase(long fen, string pan, EntryMode mode = EntryMode.Magstripe)
        {
            PressAmount(fen);
            if (!Pump(() => Terminal.State == TxnState.PresentCard, 30_000))
            {
                return;
            }

            string track2 = mode == EntryMode.Magstripe ? pan + "=3012101" : string.Empty;
            Reader.Present(new CardData(pan, "3012", mode == EntryMode.Magstripe ? "101" : string.Empty, track2, mode, null, string.Empty), CardReadError.None);
            Pump(() => Terminal.State == TxnState.Result || Terminal.State == TxnState.Idle && Terminal.Screen.Id != ScreenIds.Idle, 60_000);
        }

        /// <summary>FUNC 4: settlement (reversal first, advices next, then 0500). Returns the result screen id.</summary>
        public string Settlement()
        {
            Settle();
            Press(Key.Func);
            Press((Key)((int)Key.Digit0 + 4));
            Pump(() => Terminal.State == TxnState.Result || Terminal.State == TxnState.ReversalBlocked, 120_000);
            return Terminal.Screen.Id;
        }

        private void Build()
        {
            var options = new TerminalOptions(Tid, Mid);
            options.Transactions.ResultDisplayMs = 1000;
            options.ConfirmFreshStorage = true;
            if (Offline != null)
            {
                options.OfflinePolicy = Offline;
            }

            Reader = new SimulatedCardReader();
            Network = new SimulatedNetworkLink(true);
            Exchange = new ClampedExchange(_hostDown ? _deadPort : _sim.Port, RealTimeoutMs);
            Terminal = new Terminal(options, Clock, Exchange, Reader, Network, Storage, Log, Keys);
            Terminal.Channel.ProbeTimeoutMs = RealTimeoutMs;
            try
            {
                Terminal.Start();
            }
            catch (PowerCutException)
            {
                PowerCut = true;
            }
        }

        private IKeyStore OpenKeys() =>
            _board == null ? new InMemoryKeyStore() : new PersistentKeyStore(Storage, _board, new SeededRandom(Reboots + 1), Log);

        private static void WaitIdleExchange(ClampedExchange exchange)
        {
            for (int i = 0; i < 10 && exchange.Outstanding > 0; i++)
            {
                exchange.WaitCompletion(CompletionWaitMs);
            }
        }

        private static int DeadPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
