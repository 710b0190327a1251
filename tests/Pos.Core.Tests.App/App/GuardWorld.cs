using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Hal;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// The product's <see cref="TerminalApp"/> over simulated seams with a <see cref="FlakyClock"/>: the scenario
    /// runner's world with one seam that can throw, to drive the dispatcher's guard through the real composition.
    /// </summary>
    public sealed class GuardWorld
    {
        /// <summary>Boots, waits online and signed in, and returns to Idle.</summary>
        public GuardWorld()
        {
            Host = new SimulatedHost(Clock.Inner); // the host has its own clock: only the terminal's RTC fails
            Keys.Load(KeySlot.Tmk, SimulatedHost.TestOnlyTmk, 0, SimulatedHost.TestOnlyTmk.Length);
            TerminalSeams seams = new TerminalSeams();
            seams.Clock = Clock;
            seams.Exchange = Host;
            seams.Keypad = Keypad;
            seams.CardReader = Reader;
            seams.Network = Link;
            seams.Storage = Storage;
            seams.Log = Log;
            seams.Keys = Keys;
            seams.Random = new SeededRandom(1);
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.ConfirmFreshStorage = true; // provisioned like a factory would
            App = new TerminalApp(options, seams);
            App.Start();
            Advance(5000);
            Keypad.Press(Key.Cancel);
            Settle();
        }

        /// <summary>Time, with a wall clock that can fail.</summary>
        public FlakyClock Clock { get; } = new FlakyClock();

        /// <summary>The flash.</summary>
        public SimulatedStorage Storage { get; } = new SimulatedStorage(256 * 1024);

        /// <summary>The host.</summary>
        public SimulatedHost Host { get; }

        /// <summary>The keys.</summary>
        public InMemoryKeyStore Keys { get; } = new InMemoryKeyStore();

        /// <summary>The serial log.</summary>
        public MemoryLog Log { get; } = new MemoryLog();

        /// <summary>The keypad.</summary>
        public SimulatedKeypad Keypad { get; } = new SimulatedKeypad();

        /// <summary>The card reader.</summary>
        public SimulatedCardReader Reader { get; } = new SimulatedCardReader();

        /// <summary>The network link.</summary>
        public SimulatedNetworkLink Link { get; } = new SimulatedNetworkLink(true);

        /// <summary>The application.</summary>
        public TerminalApp App { get; }

        /// <summary>The terminal.</summary>
        public Terminal Terminal => App.Terminal;

        /// <summary>Handles every queued event now.</summary>
        public void Settle()
        {
            for (int i = 0; i < 1000; i++)
            {
                if (Terminal.Step() == 0 && Terminal.Pending == 0 && Terminal.NextDueInMs() != 0)
                {
                    return;
                }
            }
        }

        /// <summary>Moves time forward timer by timer.</summary>
        public void Advance(long ms)
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

                Clock.Inner.Advance(due);
                Settle();
            }

            Clock.Inner.Advance(target - Clock.UptimeMs);
            Settle();
        }

        /// <summary>Types an amount in fen and ENTER.</summary>
        public void Amount(string digits)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                Keypad.Press((Key)((int)Key.Digit0 + (digits[i] - '0')));
            }

            Keypad.Press(Key.Enter);
            Settle();
        }

        /// <summary>Swipes a well-formed card (no PIN).</summary>
        public void Swipe()
        {
            Reader.Present(new CardData("6222021234567890", "3012", "201", "6222021234567890=3012201", EntryMode.Magstripe, null, ""), CardReadError.None);
            Settle();
        }
    }
}
