using System.Reflection;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Tests.Host.App
{
    /// <summary>
    /// The product's <see cref="TerminalApp"/> on simulated time over simulated seams (flash with power cuts, host,
    /// keypad, card reader, link), driven by one seeded generator: random keys (valid and not), well-formed and
    /// malformed cards, read errors, host answers and faults, odd seam outcomes, link flaps, host outages, clock
    /// jumps, time passing and power cuts. After every action it checks the invariants of
    /// <see cref="SeamChaosPropertyTests"/>; the first violation throws with the seed, the action number and the trace.
    /// </summary>
    internal sealed class ChaosWorld
    {
        private static readonly string[] Pans = ["6222021234567890", "6222000000000001", "6222000000000051", "6222000000000055", "6222021234567890123"];
        private static readonly string[] Codes = ["00", "00", "00", "00", "00", "00", "51", "55", "05", "12", "14", "25", "54", "61", "91", "96", "A0", "77", "99", "Z9", "Q1"];
        private static readonly HashSet<string> KnownScreens = typeof(ScreenIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        private readonly Random _random;
        private readonly int _seed;
        private readonly List<string> _recent = new();
        private readonly CrcDisplay _display = new();
        private SimulatedStorage _storage = new(256 * 1024);
        private int _owedStan = -1;
        private long _faultsBefore;
        private long _loopsBefore;
        private int _boots;

        public ChaosWorld(int seed)
        {
            _seed = seed;
            _random = new Random(seed);
            Host = new SimulatedHost(Clock);
            Exchange = new ChaosExchange(Host);
            Exchange.Started = OnStarted;
            Keys.Load(KeySlot.Tmk, SimulatedHost.TestOnlyTmk, 0, SimulatedHost.TestOnlyTmk.Length);
            Boot();
        }

        public SimulatedClock Clock { get; } = new(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));
        public SimulatedHost Host { get; }
        public ChaosExchange Exchange { get; }
        public InMemoryKeyStore Keys { get; } = new();
        public MemoryLog Log { get; } = new();
        public SimulatedKeypad Keypad { get; private set; } = null!;
        public SimulatedCardReader Reader { get; private set; } = null!;
        public SimulatedNetworkLink Link { get; private set; } = null!;
        public TerminalApp App { get; private set; } = null!;
        public Terminal Terminal => App.Terminal;

        public int Actions { get; private set; }
        public int PowerCuts { get; private set; }
        public int TornRecoveries { get; private set; }
        public int MalformedCards { get; private set; }
        public int RejectedKeys { get; private set; }
        public int Approved { get; private set; }
        public int ReversalsOwed { get; private set; }
        public int ClockJumps { get; private set; }
        public int Renders { get; private set; }
        public long Faults => _faultsBefore + Terminal.FaultCount;

        /// <summary>Completion loops the machine had to stop, across reboots (0 in a sound table).</summary>
        public long CompletionLoops => _loopsBefore + Terminal.Machine.CompletionLoops;
        public Dictionary<string, int> ScreensSeen { get; } = new();

        /// <summary>One random action, then the checks.</summary>
        public void Act()
        {
            Actions++;
            TxnState stateBefore = Terminal.State;
            string idBefore = Terminal.Screen.Id;
            int versionBefore = Terminal.Screen.Version;
            int bootsBefore = _boots;
            try
            {
                Pick();
                Settle();
            }
            catch (PowerCutException)
            {
                Note("power cut (armed)");
                Reboot();
            }

            if (_boots == bootsBefore && (Terminal.State != stateBefore || Terminal.Screen.Id != idBefore))
            {
                Require(Terminal.Screen.Version != versionBefore, "the state or screen changed but the screen's version did not");
            }

            Check();
            if (Actions % 50 == 0)
            {
                Render();
            }
        }

        private void Pick()
        {
            if (Host.HasPendingRequest && _random.Next(2) == 0)
            {
                PlanHost(); // a request waits at the host: answer it more often than not
                return;
            }

            int roll = _random.Next(1000);
            if (roll < 300)
            {
                Key();
            }
            else if (roll < 400)
            {
                StartSale();
            }
            else if (roll < 510)
            {
                Card();
            }
            else if (roll < 630)
            {
                PlanHost();
            }
            else if (roll < 670)
            {
                Note("odd outcome");
                Exchange.InjectOdd(_random);
            }
            else if (roll < 710)
            {
                bool up = _random.Next(10) < 7;
                Note("link " + (up ? "up" : "down"));
                Link.Set(up);
            }
            else if (roll < 730)
            {
                Host.Down = _random.Next(10) < 3;
                Note("host " + (Host.Down ? "down" : "up"));
            }
            else if (roll < 880)
            {
                int kind = _random.Next(20);
                long ms = kind < 14 ? _random.Next(2000) : kind < 19 ? 2000 + _random.Next(70_000) : 300_000 + _random.Next(3_300_000);
                Note("advance " + ms + " ms");
                Advance(ms);
            }
            else if (roll < 900)
            {
                JumpClock();
            }
            else if (roll < 910)
            {
                CutPower();
            }
        }

        // A cashier's start of a sale (or of a function from the menu): the keys that lead somewhere, so that the random
        // walk reaches the card prompt, the host and the results often.
        private void StartSale()
        {
            App.Ui.Press(Pos.Hal.Key.Cancel);
            Settle();
            if (_random.Next(6) == 0)
            {
                Note("function " + "menu");
                App.Ui.Press(Pos.Hal.Key.Func);
                App.Ui.Press(Pos.Hal.Key.Down);
                App.Ui.Press(Pos.Hal.Key.Enter);
                Settle();
                App.Ui.Press((Key)((int)Pos.Hal.Key.Digit0 + 1 + _random.Next(5)));
                return;
            }

            int amount = 1 + _random.Next(_random.Next(3) == 0 ? 200_000 : 5_000);
            Note("sale " + amount);
            foreach (char c in amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                App.Ui.Press((Key)((int)Pos.Hal.Key.Digit0 + (c - '0')));
            }

            App.Ui.Press(Pos.Hal.Key.Enter);
        }

        private void Key()
        {
            Key key;
            if (_random.Next(10) == 0)
            {
                key = (Key)(_random.Next(3) switch { 0 => 0, 1 => 17 + _random.Next(100), _ => -1 - _random.Next(5) });
                RejectedKeys++;
            }
            else
            {
                int r = _random.Next(30);
                key = r < 14 ? (Key)((int)Pos.Hal.Key.Digit0 + _random.Next(10)) : (Key)(11 + _random.Next(6));
            }

            Note("key " + (int)key);
            if (_random.Next(5) == 0)
            {
                Terminal.PressKey(key); // straight to the transaction machine
            }
            else
            {
                Keypad.Press(key); // the keypad seam: the app's face, menu first
            }
        }

        private void Card()
        {
            int kind = _random.Next(10);
            if (kind == 0)
            {
                Note("card read error");
                Reader.Present(null, (CardReadError)_random.Next(8));
                return;
            }

            string pan = Pans[_random.Next(Pans.Length)];
            EntryMode mode = new[] { EntryMode.Magstripe, EntryMode.Chip, EntryMode.Contactless, EntryMode.Manual, EntryMode.Fallback }[_random.Next(5)];
            string expiry = "3012";
            string service = mode == EntryMode.Manual ? "" : _random.Next(2) == 0 ? "201" : "220";
            string track2 = mode == EntryMode.Magstripe || mode == EntryMode.Fallback ? pan + "=" + expiry + service : "";
            byte[]? icc = mode == EntryMode.Chip || mode == EntryMode.Contactless ? new byte[] { 0x9F, 0x26, 0x08, 1, 2, 3, 4, 5, 6, 7, 8 } : null;
            string sequence = mode == EntryMode.Chip ? "001" : "";
            if (kind >= 6)
            {
                MalformedCards++;
                switch (_random.Next(12))
                {
                    case 0: expiry = "12AB"; break;
                    case 1: service = "2X1"; break;
                    case 2: pan = pan.Substring(0, 5) + "A" + pan.Substring(6); break;
                    case 3: pan = pan.Substring(0, 10); break;
                    case 4: pan = pan + "12345"; break;
                    case 5: track2 = pan + "D3012201"; break;
                    case 6: track2 = "4" + pan.Substring(1) + "=3012201"; break;
                    case 7: mode = (EntryMode)(3 + _random.Next(2)); break;
                    case 8: icc = new byte[256 + _random.Next(300)]; break;
                    case 9: sequence = "12X4"; break;
                    case 10: expiry = "9913"; break;
                    default: pan = null!; break;
                }

                if (kind == 9)
                {
                    track2 = track2 + "=" + new string('7', _random.Next(30));
                }
            }

            Note("card " + kind + " " + (int)mode);
            Reader.Present(new CardData(pan, expiry, service, track2, mode, icc!, sequence), _random.Next(30) == 0 ? CardReadError.CardRemoved : CardReadError.None);
        }

        private void PlanHost()
        {
            HostPlan plan = new();
            int kind = _random.Next(20);
            if (kind < 13)
            {
                plan.Code = Codes[_random.Next(Codes.Length)];
                plan.BadMac = _random.Next(15) == 0;
                plan.ProcessingRequirement = _random.Next(25) == 0 ? 3 : 0;
            }
            else if (kind < 17)
            {
                // Failures after the request reached the host: the seam never says "not sent" for those.
                plan.Fault = new[] { ExchangeFailure.Timeout, ExchangeFailure.ClosedMidReply, ExchangeFailure.SendFailed, ExchangeFailure.ReplyTooLarge }[_random.Next(4)];
            }
            else
            {
                plan.Hold = true;
            }

            Note("plan " + plan.Code + " " + (int)plan.Fault + (plan.Hold ? " hold" : "") + (plan.BadMac ? " badmac" : ""));
            Host.Plan(plan);
        }

        private void JumpClock()
        {
            ClockJumps++;
            DateTime to = _random.Next(5) switch
            {
                0 => new DateTime(1601 + _random.Next(398), 1 + _random.Next(12), 1 + _random.Next(28), 0, 0, 0, DateTimeKind.Utc),
                1 => new DateTime(2100 + _random.Next(899), 1 + _random.Next(12), 1 + _random.Next(28), 0, 0, 0, DateTimeKind.Utc),
                _ => new DateTime(2024 + _random.Next(6), 1 + _random.Next(12), 1 + _random.Next(28), _random.Next(24), _random.Next(60), 0, DateTimeKind.Utc),
            };
            Note("clock " + to.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            Clock.SetUtc(to);
        }

        private void CutPower()
        {
            if (_random.Next(2) == 0)
            {
                Note("power cut now");
                _storage.CutPower(_random.Next(3) == 0 ? SimulatedStorage.KeepAllUnflushed : _random.Next(64));
                Reboot();
                return;
            }

            Note("power cut armed");
            Random tear = new(_random.Next());
            _storage.ArmPowerCut(_storage.MutationCount + 1 + _random.Next(16), (name, unflushed) => tear.Next(unflushed + 1));
        }

        private void Reboot()
        {
            PowerCuts++;
            _faultsBefore += Terminal.FaultCount;
            _loopsBefore += Terminal.Machine.CompletionLoops;
            Exchange.Detach();
            _storage = _storage.Reboot();
            Boot();

            // The journal reopens consistently: never corrupt after a cut, and a second boot over the same flash
            // recovers exactly the same state (recovery is idempotent).
            RecoveryReport first = Terminal.Recovery;
            Require(first.Status != RecoveryStatus.Corrupt, "journal corrupt after a power cut: " + (int)first.Reason);
            if (first.Status == RecoveryStatus.TailTruncated)
            {
                TornRecoveries++;
            }

            // A cut while the answer was being recorded: the outcome and the reversal's clearing are one journal record
            // (the last-transaction record says so), so a reversal that is gone went with its recorded answer.
            LastTransaction? last = Terminal.Machine.Last;
            if (_owedStan >= 0 && Terminal.Journal.State.Reversal == null && last != null && last.Stan == _owedStan
                && last.Outcome != LastOutcome.InFlight && last.Outcome != LastOutcome.Unknown)
            {
                Note("answer of STAN " + _owedStan + " recorded before the cut: " + (int)last.Outcome);
                _owedStan = -1;
            }

            string before = Snapshot();
            uint stansBefore = Terminal.Journal.State.StanCount;
            _faultsBefore += Terminal.FaultCount;
            _loopsBefore += Terminal.Machine.CompletionLoops;
            Exchange.Detach();
            _storage = _storage.Reboot();
            Boot();
            Require(Terminal.Recovery.Status != RecoveryStatus.Corrupt, "journal corrupt at the second boot");
            Require(Snapshot() == before, "the second boot recovered another state: " + before + " / " + Snapshot());

            // Every boot moves the STAN past its reservation (docs/STORAGE.md): forward, never back.
            Require(Terminal.Journal.State.StanCount >= stansBefore, "the STAN went back at the second boot");
        }

        private string Snapshot()
        {
            JournalState s = Terminal.Journal.State;
            PendingReversal? r = s.Reversal;
            return "batch " + s.BatchNumber + " reversal " + (r == null ? "-" : r.Stan + "/" + r.Reason + "/" + r.Attempts)
                + " queued " + Terminal.OfflineCount + " log " + Terminal.Machine.Log.All().Length;
        }

        private void Boot()
        {
            _boots++;
            Keypad = new SimulatedKeypad();
            Reader = new SimulatedCardReader();
            Link = new SimulatedNetworkLink(true);
            Host.Down = false;
            TerminalSeams seams = new()
            {
                Clock = Clock,
                Exchange = Exchange,
                Keypad = Keypad,
                CardReader = Reader,
                Network = Link,
                Storage = _storage,
                Log = Log,
                Keys = Keys,
                Random = new SeededRandom(_seed + _boots),
            };
            TerminalOptions options = new("12345678", "123456789012345");
            options.Transactions.ResultDisplayMs = 2000;
            App = new TerminalApp(options, seams);
            try
            {
                App.Start();
            }
            catch (PowerCutException)
            {
                Require(false, "a power cut during a boot without an armed cut");
            }

            Terminal.Machine.Trace = OnTrace;
            Settle();
        }

        private void OnTrace(string line)
        {
            Note(line);
            if (line.StartsWith("Authorising --Approved/", StringComparison.Ordinal) || line.StartsWith("Authorising --Declined/", StringComparison.Ordinal)
                || line.Contains("/ReversalDone-->", StringComparison.Ordinal) || line.Contains("/ClearReversal-->", StringComparison.Ordinal))
            {
                // The host's answer was read, the reversal was acknowledged, or a technician cleared it (audited).
                _owedStan = -1;
            }

            if (line.StartsWith("Authorising --Approved/Complete", StringComparison.Ordinal))
            {
                Approved++;
            }
        }

        private void OnStarted(int mti, int stan, bool reached)
        {
            Note("sent " + mti + " stan " + stan + (reached ? "" : " (host down)"));
            PendingReversal? r = Terminal.Journal.State.Reversal;
            if (reached && (mti == 200 || mti == 220) && r != null && r.Stan == stan)
            {
                // A reversible request reached the host: until its answer is read (or a reversal is acknowledged, or a
                // technician clears it), the journal must hold its reversal, across every power cut.
                _owedStan = stan;
                ReversalsOwed++;
            }
        }

        private void Settle()
        {
            for (int i = 0; i < 1000; i++)
            {
                if (Terminal.Step() == 0 && Terminal.Pending == 0 && Terminal.NextDueInMs() != 0)
                {
                    return;
                }
            }

            Require(false, "the loop never went quiet (a spin)");
        }

        private void Advance(long ms)
        {
            long target = Clock.UptimeMs + ms;
            Settle();
            while (true)
            {
                long due = Terminal.NextDueInMs();
                if (due < 0 || Clock.UptimeMs + due > target)
                {
                    break;
                }

                Clock.Advance(due);
                Settle();
            }

            Clock.Advance(target - Clock.UptimeMs);
            Settle();
        }

        private void Render()
        {
            Renders++;
            StatusSnapshot status = new() { Online = Terminal.IsOnline, OfflineCount = Terminal.OfflineCount, UtcNow = Clock.UtcNow };
            App.Ui.Render(status, _display);
        }

        private void Check()
        {
            ScreenModel screen = Terminal.Screen;
            string id = screen.Id;
            Require(KnownScreens.Contains(id), "unknown screen id '" + id + "'");
            ScreensSeen[id] = ScreensSeen.TryGetValue(id, out int n) ? n + 1 : 1;
            TxnState state = Terminal.State;
            string expected = TransactionTable.ScreenOf(state);
            if (expected.Length > 0)
            {
                Require(id == expected, "state " + TransactionTable.NameOf(state) + " shows " + id + ", expected " + expected);
            }
            else
            {
                Require(state == TxnState.Result, "a state without a screen of its own: " + TransactionTable.NameOf(state));
                Require(!IsStateScreen(id), "a result that shows the screen of another state: " + id);
            }

            if (_owedStan >= 0)
            {
                PendingReversal? r = Terminal.Journal.State.Reversal;
                Require(r != null && r.Stan == _owedStan, "reversal lost: STAN " + _owedStan + " reached the host unanswered, journal has "
                    + (r == null ? "none" : r.Stan.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            Require(Faults == 0, "the dispatcher's guard caught a fault: " + Terminal.LastFault);
        }

        private static bool IsStateScreen(string id)
        {
            for (int i = 0; i < (int)TxnState.Count; i++)
            {
                if (TransactionTable.ScreenOf((TxnState)i) == id)
                {
                    return true;
                }
            }

            return false;
        }

        private void Note(string text)
        {
            if (_recent.Count >= 40)
            {
                _recent.RemoveAt(0);
            }

            _recent.Add(Actions + ": " + text);
        }

        private void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException("seed " + _seed + ", action " + Actions + ": " + what + "\n" + string.Join("\n", _recent)
                    + "\nlog:\n" + string.Join("\n", Log.Lines.Cast<string>().TakeLast(15)));
            }
        }
    }
}
