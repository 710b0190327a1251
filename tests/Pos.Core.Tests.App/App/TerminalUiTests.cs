using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Events;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Storage;
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
        public void Transactions_asks_the_machine_by_name_and_no_key_reaches_it()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = NewUi(run);
            KeyCounter keys = new KeyCounter();
            run.Terminal.Dispatcher.Dispatched += keys.OnDispatched;

            ui.Press(Key.Func);
            ui.Press(Key.Down);
            Assert.IsTrue(ui.Press(Key.Enter), "the menu takes ENTER");

            // At once, before any event is handled: the machine was asked, not handed a FUNC to queue.
            Assert.AreEqual((int)TxnState.Menu, (int)run.Terminal.State);
            Assert.AreEqual(0, run.Terminal.Pending);
            run.Settle();
            Assert.AreEqual(0, keys.Count, "no KeyPressed event was dispatched");
            Assert.AreEqual((int)TxnState.Menu, (int)run.Terminal.State);

            // Not from another state: the merchant menu opened on idle, then the machine moved on.
            string failure = run.Run("key CANCEL\nkey 1\nexpect state AmountEntry");
            Assert.IsNull(failure, failure);
            Assert.IsFalse(run.Terminal.Machine.OpenTransactionsMenu());
            Assert.AreEqual((int)TxnState.AmountEntry, (int)run.Terminal.State);
        }

        [TestMethod]
        public void The_keypad_seam_is_the_path_keys_take_menu_first()
        {
            ScenarioRunner run = SignedIn();
            TerminalApp app = run.App;

            run.Keypad.Press(Key.Func);
            Assert.IsTrue(app.Ui.MenuActive, "FUNC on idle opens the merchant menu");
            run.Keypad.Press(Key.Cancel);
            Assert.IsFalse(app.Ui.MenuActive);

            run.Keypad.Press(Key.Digit1);
            run.Settle();
            Assert.AreEqual((int)TxnState.AmountEntry, (int)run.Terminal.State, "other keys reach the machine");
            run.Keypad.Press((Key)17);
            Assert.AreEqual(1, run.Terminal.RejectedKeys, "a code that is no key is counted at the entry");
        }

        [TestMethod]
        public void Menus_and_screens_share_one_presenter_for_the_app_life()
        {
            ScenarioRunner run = SignedIn();
            TerminalApp app = run.App;
            ScreenPresenter presenter = app.Presenter;
            TechnicianMenu menu = app.Menu;
            TerminalUi ui = app.Ui;
            Assert.AreSame(presenter, ui.Presenter);
            StatusSnapshot status = new StatusSnapshot();
            status.UtcNow = run.Clock.UtcNow;
            RecordingDisplay display = new RecordingDisplay();
            for (int i = 0; i < 3; i++)
            {
                ui.Render(status, display);
                ui.Press(Key.Func);
                ui.Render(status, display);
                ui.Press(Key.Cancel);
            }

            Assert.IsTrue(app.ChangeLocale(Locale.EnUs));
            ui.Render(status, display);
            Assert.AreSame(presenter, app.Presenter);
            Assert.AreSame(presenter, app.Ui.Presenter, "a locale change keeps the presenter");
            Assert.AreSame(menu, app.Menu, "and the menu");
            Assert.AreSame(ui, app.Ui, "and the face");
            Assert.AreEqual(Locale.EnUs, app.Menu.Locale);
            Assert.AreSame(presenter.Screen, ui.CurrentScreen);
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

        [TestMethod]
        public void On_one_display_opening_and_closing_the_menu_redraws_everything_and_the_pixels_come_back()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = NewUi(run);
            StatusSnapshot status = new StatusSnapshot();
            status.Online = true;
            status.BatteryPercent = 80;
            status.UtcNow = run.Clock.UtcNow;
            status.UtcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;
            RecordingDisplay display = new RecordingDisplay();
            ui.Render(status, display);
            byte[] idle = new byte[display.Frame.Length];
            System.Array.Copy(display.Frame, idle, idle.Length);

            display.ResetCounts();
            ui.Render(status, display);
            Assert.AreEqual(0, display.Writes, "nothing changed");

            ui.Press(Key.Func);
            ui.Render(status, display);
            Assert.AreEqual(240, display.RowsWritten, "the menu opens whole");

            display.ResetCounts();
            ui.Press(Key.Cancel);
            ui.Render(status, display);
            Assert.AreEqual(240, display.RowsWritten, "after the menu the transaction screen is drawn whole");
            for (int i = 0; i < idle.Length; i++)
            {
                Assert.AreEqual(idle[i], display.Frame[i]);
            }
        }

        [TestMethod]
        public void Flagged_sales_show_on_the_idle_status_bar_and_the_technician_acknowledges_or_retries_them()
        {
            ScenarioRunner run = SignedIn();
            OfflineQueue queue = run.Terminal.OfflineQueue;
            QueueItem declined = queue.EnqueueAdvice(OfflineSales.Sale(1234), run.Clock.UtcNow.Ticks);
            QueueItem mismatch = queue.EnqueueAdvice(OfflineSales.Sale(500), run.Clock.UtcNow.Ticks);
            run.Terminal.Journal.Flag(declined, QueueItemState.Exhausted, (int)AdviceFlagReason.Declined, "51");
            run.Terminal.Journal.Flag(mismatch, QueueItemState.Exhausted, (int)AdviceFlagReason.DuplicateMismatch, "94");
            queue.Refresh();
            Assert.AreEqual(2, run.Terminal.FlaggedCount);
            Assert.AreEqual(2, queue.PolicyCount);

            // The idle status bar: "待查2" in the warning style.
            TerminalUi ui = run.App.Ui;
            StatusSnapshot status = new StatusSnapshot();
            status.Online = true;
            status.OfflineCount = run.Terminal.OfflineCount;
            status.FlaggedCount = run.Terminal.FlaggedCount;
            status.UtcNow = run.Clock.UtcNow;
            ui.Render(status, new CrcDisplay());
            string bar = ui.CurrentScreen.RowText(Screen.StatusRow);
            Assert.Contains("待查2", bar);
            int at = bar.IndexOf("待查2");
            Assert.AreEqual((int)TextStyle.Warning, (int)ui.CurrentScreen.StyleAt(Screen.StatusRow, CellOf(ui.CurrentScreen, at)));

            // Technician menu, item 8: the list.
            EnterTechnicianMenu(ui);
            ui.Press(Key.Digit8); // 8: flagged offline sales (7 clears a pending reversal)
            Assert.AreEqual((int)MenuState.Flagged, (int)ui.Menu.State);
            string screen = ui.CurrentScreen.ToText();
            Assert.Contains(Pos.Core.Protocol.Numeric.Format(declined.Stan, 6) + "  ¥12.34  51", screen);
            Assert.Contains(Pos.Core.Protocol.Numeric.Format(mismatch.Stan, 6) + "  ¥5.00  94", screen);

            // One sale: amount, masked card, code with its title, reason; never the full card number.
            ui.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.FlaggedItem, (int)ui.Menu.State);
            screen = ui.CurrentScreen.ToText();
            Assert.Contains("¥12.34", screen);
            Assert.Contains("622588******7890", screen);
            Assert.IsTrue(screen.IndexOf("6225881234567890") < 0);
            Assert.Contains("51", screen);
            Assert.Contains(Catalog.CodeTitle(Locale.ZhCn, "51"), screen);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiFlagReason1), screen);

            // 2 arms, another key disarms, 2 then ENTER acknowledges: audited, no longer counted.
            ui.Press(Key.Digit2);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiFlagAckConfirm), ui.CurrentScreen.ToText());
            ui.Press(Key.Up);
            Assert.AreEqual(QueueItemState.Exhausted, declined.State);
            ui.Press(Key.Enter);
            Assert.AreEqual((int)MenuState.Flagged, (int)ui.Menu.State, "ENTER without 2 first goes back");
            Assert.AreEqual(QueueItemState.Exhausted, declined.State);
            ui.Press(Key.Enter);
            ui.Press(Key.Digit2);
            ui.Press(Key.Enter);
            Assert.AreEqual(QueueItemState.Acknowledged, declined.State);
            Assert.AreEqual((int)MenuState.Flagged, (int)ui.Menu.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiFlagAcked), ui.CurrentScreen.ToText());
            Assert.AreEqual(1, run.Terminal.FlaggedCount);
            Assert.AreEqual(1, queue.PolicyCount);
            Assert.AreEqual(500L, queue.PolicyTotalFen);
            string audit = AuditTexts.Newest(run.Terminal.Audit);
            Assert.StartsWith("saf: acknowledged ", audit);
            Assert.Contains("622588******7890 1234 fen code 51 Declined", audit);

            // The other: 1 sends it again (the host simulator books it).
            ui.Press(Key.Enter);
            ui.Press(Key.Digit1);
            run.Settle();
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiFlagRetried), ui.CurrentScreen.ToText());
            Assert.AreEqual(0, run.Terminal.FlaggedCount);
            Assert.AreEqual(QueueItemState.Delivered, mismatch.State);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiFlagNone), ui.CurrentScreen.ToText());
            Assert.StartsWith("saf: retry ", AuditTexts.Newest(run.Terminal.Audit));
        }

        [TestMethod]
        public void A_master_key_loaded_in_the_menu_sends_the_idle_screen_back_to_sign_in()
        {
            ScenarioRunner run = SignedIn();
            TerminalUi ui = run.App.Ui;
            Assert.IsTrue(run.Terminal.Screen.SignedIn);
            EnterTechnicianMenu(ui);
            ui.Press(Key.Digit9);
            Assert.AreEqual((int)MenuState.KeyEntry, (int)ui.Menu.State);
            for (int component = 1; component <= 2; component++)
            {
                for (int i = 0; i < 32; i++)
                {
                    ui.Press((Key)((int)Key.Digit0 + (((i * component * 3) + i / 7 + component) % 10))); // TEST digits
                }

                ui.Press(Key.Enter); // its KCV
                ui.Press(Key.Enter); // matches: hand over, or the combined KCV
                if (component == 1)
                {
                    ui.Press(Key.Enter);
                }
            }

            Assert.AreEqual((int)MenuState.KeyCombined, (int)ui.Menu.State);
            ui.Press(Key.Enter);
            ui.Press(Key.Cancel);
            Assert.IsFalse(ui.Menu.IsActive);
            Assert.IsFalse(run.Terminal.Screen.SignedIn, "the working keys went with the old master key");
            Assert.Contains("NOT_SIGNED_IN", run.Terminal.Screen.Describe());
        }

        private static void EnterTechnicianMenu(TerminalUi ui)
        {
            ui.Press(Key.Func);
            ui.Press(Key.Func);
            ui.Press(Key.Digit9);
            Type(ui, TechnicianPin.DefaultPin);
            Type(ui, "482916");
            Type(ui, "482916");
            Assert.AreEqual((int)MenuState.Main, (int)ui.Menu.State);
        }

        private static void Type(TerminalUi ui, string digits)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                ui.Press((Key)((int)Key.Digit0 + (digits[i] - '0')));
            }

            ui.Press(Key.Enter);
        }

        // The column of the character at index i of a row's text (CJK characters take two cells).
        private static int CellOf(Screen screen, int index)
        {
            int column = 0;
            for (int c = 0; c < Screen.Columns && index > 0; c++)
            {
                if (screen.CharAt(Screen.StatusRow, c) != Screen.Continuation)
                {
                    index--;
                }

                column = c + 1;
            }

            return column;
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
            DiagnosticContext ctx = new DiagnosticContext(run.Clock, run.Terminal.Journal, run.Terminal.Audit);
            DiagnosticRunner checks = new DiagnosticRunner(ctx, DiagnosticChecks.Standard());
            StatusBar bar = new StatusBar();
            TechnicianMenu menu = new TechnicianMenu(checks, new TechnicianPin(run.Terminal.Journal, run.Terminal.Audit, run.Clock, new SeededRandom(3)), run.Log, bar);
            menu.Transactions = run.Terminal.Machine;
            ScreenPresenter presenter = new ScreenPresenter();
            presenter.View.MerchantName = "DEMO STORE";
            presenter.View.TerminalId = "12345678";
            return new TerminalUi(run.Terminal, menu, bar, presenter);
        }
    }
}
