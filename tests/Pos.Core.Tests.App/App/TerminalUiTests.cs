using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    [TestClass]
    public class TerminalUiTests
    {
        [TestMethod]
        public void Digits_on_idle_go_to_the_terminal_and_FUNC_opens_the_merchant_menu()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = NewUi(run);

            Assert.IsFalse(ui.Press(Key.Digit1));
            run.Settle();
            Assert.AreEqual((int)TxnState.AmountEntry, (int)run.Terminal.State);
            Assert.IsFalse(ui.Press(Key.Cancel));
            run.Settle();
            Assert.AreEqual((int)TxnState.Idle, (int)run.Terminal.State);

            Assert.IsTrue(ui.Press(Key.Func));
            Assert.IsTrue(ui.MenuActive);
            Assert.AreEqual((int)MenuState.Merchant, (int)ui.Menu.State);
            Assert.IsTrue(ui.Press(Key.Digit1), "while the menu is open it takes every key");
            run.Settle();
            Assert.AreEqual((int)TxnState.Idle, (int)run.Terminal.State);
        }

        [TestMethod]
        public void Transactions_in_the_merchant_menu_opens_the_terminal_function_menu()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = NewUi(run);

            ui.Press(Key.Func);
            ui.Press(Key.Down);
            ui.Press(Key.Enter);
            run.Settle();

            Assert.IsFalse(ui.MenuActive);
            Assert.AreEqual((int)TxnState.Menu, (int)run.Terminal.State);
        }

        [TestMethod]
        public void Render_draws_the_menu_while_it_is_open_and_the_whole_transaction_screen_after()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = NewUi(run);
            StatusSnapshot status = new StatusSnapshot();
            status.Online = true;
            status.BatteryPercent = 80;
            status.UtcNow = run.Clock.UtcNow;
            status.UtcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;

            CrcDisplay idle = new CrcDisplay();
            ui.Render(status, idle);
            Assert.AreEqual(240, idle.RowsWritten);

            ui.Press(Key.Func);
            CrcDisplay menu = new CrcDisplay();
            ui.Render(status, menu);
            Assert.AreEqual(240, menu.RowsWritten);
            Assert.AreSame(ui.Menu.Screen, ui.CurrentScreen);

            ui.Press(Key.Cancel);
            CrcDisplay back = new CrcDisplay();
            ui.Render(status, back);
            Assert.AreEqual(240, back.RowsWritten, "after the menu the transaction screen is drawn whole");
            Assert.AreEqual(idle.Crc, back.Crc);
        }

        private static ScenarioRunner SignedIn()
        {
            ScenarioRunner run = new ScenarioRunner();
            string failure = run.Run("wait online\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            Assert.IsNull(failure, failure);
            return run;
        }

        private static TerminalUi NewUi(ScenarioRunner run)
        {
            DiagnosticContext ctx = new DiagnosticContext(run.Clock, run.Terminal.Journal);
            DiagnosticRunner checks = new DiagnosticRunner(ctx, DiagnosticChecks.Standard());
            StatusBar bar = new StatusBar();
            TechnicianMenu menu = new TechnicianMenu(checks, new TechnicianPin(run.Terminal.Journal, run.Clock, new SeededRandom(3)), run.Log, bar);
            return new TerminalUi(run.Terminal, menu, bar, "DEMO STORE", "12345678");
        }
    }
}
