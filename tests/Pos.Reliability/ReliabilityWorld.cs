using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Offline;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Reliability
{
    /// <summary>
    /// One terminal and its outside, on one simulated time line: the product's <see cref="TerminalApp"/> over a
    /// <see cref="SimulatedStorage"/> flash (power can be cut at any write, with the unflushed tail dropped, kept or torn),
    /// the host simulator's <see cref="AcquirerHost"/> behind an <see cref="InProcessHostExchange"/>, and the simulated
    /// keypad, card reader and Wi-Fi link. After a power cut the world reboots the terminal over the same flash: uptime
    /// starts again at zero and, unless <see cref="RtcKeepsTime"/>, the wall clock too (as an ESP32 without an RTC cell).
    /// </summary>
    public sealed class ReliabilityWorld
    {
        /// <summary>Terminal id.</summary>
        public const string Tid = "10000001";

        /// <summary>Merchant id.</summary>
        public const string Mid = "898100000000001";

        private static readonly DateTime Start = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);
        private static readonly DateTime UnsetClock = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private readonly OfflinePolicySettings _offline;
        private readonly List<(long At, bool Up)> _linkChanges = new();
        private long _worldMs;

        /// <summary>Creates the world and boots the terminal (not yet online).</summary>
        public ReliabilityWorld(OfflinePolicySettings? offline = null, bool rtcKeepsTime = true)
        {
            _offline = offline ?? new OfflinePolicySettings { Enabled = true };
            RtcKeepsTime = rtcKeepsTime;
            Host = new AcquirerHost(new HostOptions { Clock = () => WallTime.AddHours(8) });
            Exchange = new InProcessHostExchange(Host, () => _worldMs);
            Keys.Load(KeySlot.Tmk, TestKeys.TerminalMasterKey, 0, TestKeys.TerminalMasterKey.Length);
            Storage = new SimulatedStorage(512 * 1024);
            Link = new SimulatedNetworkLink(true);
            Boot();
        }

        /// <summary>The acquirer host and its ledger.</summary>
        public AcquirerHost Host { get; }

        /// <summary>The exchange seam into the host.</summary>
        public InProcessHostExchange Exchange { get; }

        /// <summary>The key store (the device's secure storage: survives power cuts).</summary>
        public InMemoryKeyStore Keys { get; } = new();

        /// <summary>The flash (a new object after every reboot).</summary>
        public SimulatedStorage Storage { get; private set; }

        /// <summary>The Wi-Fi link (kept across reboots, like the access point).</summary>
        public SimulatedNetworkLink Link { get; }

        /// <summary>The running application.</summary>
        public TerminalApp App { get; private set; } = null!;

        /// <summary>The terminal of <see cref="App"/>.</summary>
        public Terminal Terminal => App.Terminal;

        /// <summary>The device's clock (a new one after every reboot).</summary>
        public SimulatedClock Clock { get; private set; } = null!;

        /// <summary>The card reader of the running terminal.</summary>
        public SimulatedCardReader Reader { get; private set; } = null!;

        /// <summary>The keypad of the running terminal.</summary>
        public SimulatedKeypad Keypad { get; private set; } = null!;

        /// <summary>The serial log of the running terminal.</summary>
        public MemoryLog Log { get; private set; } = null!;

        /// <summary>True when the wall clock survives a power cut (battery-backed RTC).</summary>
        public bool RtcKeepsTime { get; }

        /// <summary>The real time of the world.</summary>
        public DateTime WallTime => Start.AddMilliseconds(_worldMs);

        /// <summary>Milliseconds since the world began.</summary>
        public long Now => _worldMs;

        /// <summary>Power cuts so far.</summary>
        public int PowerCuts { get; private set; }

        /// <summary>True when the flash lost power and the terminal has not been rebooted yet.</summary>
        public bool IsPoweredOff => Storage.IsPoweredOff;

        /// <summary>
        /// Runs the terminal until <paramref name="until"/> holds (true), the power goes (false; the terminal is
        /// rebooted before this returns), or <paramref name="maxMs"/> of world time passed with the condition false.
        /// </summary>
        public bool Pump(Func<bool> until, long maxMs = 60_000)
        {
            long end = _worldMs + maxMs;
            for (int guard = 0; guard < 1_000_000; guard++)
            {
                if (!Drain())
                {
                    return false;
                }

                if (until())
                {
                    return true;
                }

                long next = NextEventAt();
                if (next < 0 || next > end)
                {
                    Advance(end - _worldMs);
                    return Drain() && until();
                }

                Advance(Math.Max(next - _worldMs, 1));
            }

            throw new InvalidOperationException("the terminal never settled");
        }

        /// <summary>The Wi-Fi drops <paramref name="inMs"/> from now and comes back <paramref name="downMs"/> later (while the terminal runs).</summary>
        public void ScheduleFlap(long inMs, long downMs)
        {
            Flaps++;
            _linkChanges.Add((_worldMs + inMs, false));
            _linkChanges.Add((_worldMs + inMs + downMs, true));
        }

        /// <summary>Link flaps scheduled so far.</summary>
        public int Flaps { get; private set; }

        /// <summary>Forgets the flaps not yet due and brings the link up.</summary>
        public void CancelFlaps()
        {
            _linkChanges.Clear();
            Link.Set(true);
        }

        /// <summary>Moves world time forward, running the terminal's timers on the way.</summary>
        public void Wait(long ms) => Pump(() => false, ms);

        /// <summary>Cuts the power now (the unflushed tail as the flash's fault plan says) and reboots.</summary>
        public void CutPowerNow(int keepUnflushed)
        {
            Storage.CutPower(keepUnflushed);
            RebootAfterCut();
        }

        /// <summary>Gives a key to the transaction machine (the cashier's screens; no menu) and handles it.</summary>
        public bool Press(Key key)
        {
            Terminal.PressKey(key);
            return Drain();
        }

        // Runs every event due now; false (after a reboot) when the power went meanwhile.
        private bool Drain()
        {
            for (int guard = 0; guard < 100_000; guard++)
            {
                int handled;
                try
                {
                    handled = Terminal.Step();
                    if (!IsPoweredOff && Exchange.DeliverDue(_worldMs))
                    {
                        handled++;
                    }
                }
                catch (PowerCutException)
                {
                    handled = 0;
                }

                if (IsPoweredOff)
                {
                    RebootAfterCut();
                    return false;
                }

                if (handled == 0 && Terminal.Pending == 0 && Terminal.NextDueInMs() != 0)
                {
                    return true;
                }
            }

            throw new InvalidOperationException("the terminal keeps handling events without end");
        }

        private long NextEventAt()
        {
            long timer = Terminal.NextDueInMs();
            long exchange = Exchange.DueAt;
            long next = timer < 0 ? -1 : _worldMs + timer;
            if (exchange >= 0 && (next < 0 || exchange < next))
            {
                next = exchange;
            }

            foreach (var change in _linkChanges)
            {
                if (next < 0 || change.At < next)
                {
                    next = change.At;
                }
            }

            return next;
        }

        private void Advance(long ms)
        {
            if (ms <= 0)
            {
                return;
            }

            _worldMs += ms;
            Clock.Advance(ms);
            for (int i = 0; i < _linkChanges.Count; i++)
            {
                if (_linkChanges[i].At <= _worldMs)
                {
                    Link.Set(_linkChanges[i].Up);
                    _linkChanges.RemoveAt(i);
                    i--;
                }
            }
        }

        private void RebootAfterCut()
        {
            PowerCuts++;
            Exchange.Drop();
            Storage = Storage.Reboot();
            Boot();
        }

        private void Boot()
        {
            DateTime clockStart = RtcKeepsTime || Clock == null ? WallTime : UnsetClock;
            Clock = new SimulatedClock(clockStart);
            Keypad = new SimulatedKeypad();
            Reader = new SimulatedCardReader();
            if (Log == null)
            {
                Log = new MemoryLog(); // one log over every boot: the trace of a failing run reads across the cuts
            }
            else
            {
                Log.WriteLine("--- power cut, reboot " + PowerCuts);
            }

            var options = new TerminalOptions(Tid, Mid) { MerchantName = "RELIABILITY" };
            options.OfflinePolicy = _offline;
            options.ConfirmFreshStorage = true;
            var seams = new TerminalSeams
            {
                Clock = Clock,
                Exchange = Exchange,
                Keypad = Keypad,
                CardReader = Reader,
                Network = Link,
                Storage = Storage,
                Log = Log,
                Keys = Keys,
                Random = new SeededRandom(PowerCuts + 1),
            };
            App = new TerminalApp(options, seams);
            try
            {
                App.Start();
            }
            catch (PowerCutException)
            {
            }

            if (IsPoweredOff)
            {
                RebootAfterCut();
            }
        }
    }
}
