using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Hal;

namespace Pos.Core.Tests.Printing
{
    /// <summary>
    /// The product's <see cref="TerminalApp"/> over simulated seams with a <see cref="SimulatedPrinter"/> (or none), for
    /// the self-test's printer check through the real composition: the port the app attaches, the runner's context,
    /// the terminal's dispatcher and timers. The world also stands in for the print queue: a slip it starts makes the
    /// port busy, and the answer comes back to it (<see cref="Answers"/>).
    /// </summary>
    public sealed class PrinterWorld : IEventHandler
    {
        /// <summary>Boots a terminal with a 58 mm printer (<paramref name="withPrinter"/>) or without one.</summary>
        public PrinterWorld(bool withPrinter)
        {
            Printer = withPrinter ? new SimulatedPrinter(384) : null;
            InMemoryKeyStore keys = new InMemoryKeyStore();
            keys.Load(KeySlot.Tmk, SimulatedHost.TestOnlyTmk, 0, SimulatedHost.TestOnlyTmk.Length);
            TerminalSeams seams = new TerminalSeams();
            seams.Clock = Clock;
            seams.Exchange = new SimulatedHost(Clock);
            seams.Keypad = new SimulatedKeypad();
            seams.CardReader = new SimulatedCardReader();
            seams.Network = new SimulatedNetworkLink(true);
            seams.Storage = new SimulatedStorage(256 * 1024);
            seams.Log = new MemoryLog();
            seams.Keys = keys;
            seams.Random = new SeededRandom(1);
            seams.Printer = Printer;
            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.ConfirmFreshStorage = true;
            App = new TerminalApp(options, seams);
            App.Start();
            Settle();
        }

        /// <summary>Simulated time.</summary>
        public SimulatedClock Clock { get; } = new SimulatedClock(new System.DateTime(2026, 1, 5, 8, 0, 0));

        /// <summary>The printer, or null.</summary>
        public SimulatedPrinter Printer { get; }

        /// <summary>The application.</summary>
        public TerminalApp App { get; }

        /// <summary>The self-test runner.</summary>
        public DiagnosticRunner Runner => App.Diagnostics;

        /// <summary>The printer check's place in the list.</summary>
        public int Index => Runner.IndexOf("printer");

        /// <summary>Answers to the slips this world printed.</summary>
        public int Answers { get; private set; }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            if (e.Signal == Signal.PrinterCompleted)
            {
                Answers++;
            }
        }

        /// <summary>Starts one raster line of a slip, as the print queue would; false when the port refused it.</summary>
        public bool PrintSlip()
        {
            return App.Terminal.Printer.Print(this, new byte[48], 0, 1);
        }

        /// <summary>Runs the printer check alone and handles what it started; returns its result.</summary>
        public CheckResult RunCheck()
        {
            Runner.StartOne(Index);
            Settle();
            return Runner.ResultAt(Index);
        }

        /// <summary>Handles every queued event now.</summary>
        public void Settle()
        {
            for (int i = 0; i < 1000 && App.Terminal.Step() > 0; i++)
            {
            }
        }

        /// <summary>Moves time forward and handles what fell due.</summary>
        public void Advance(long ms)
        {
            Clock.Advance(ms);
            Settle();
        }
    }
}
