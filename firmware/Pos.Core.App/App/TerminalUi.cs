using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Slips;
using Pos.Core.Staff;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The terminal's face, the same on the device and in the emulator: routes each key either to the merchant /
    /// technician menu or to the transaction machine, and draws whichever is in front through one
    /// <see cref="ScreenPresenter"/> (one renderer, one band). The menu takes keys while it is open, and FUNC on the
    /// idle screen opens it; its "Transactions" item asks the machine for its function menu by name (void, refund,
    /// balance, settlement, sign-in, records, today's summary). UP/DOWN also page long checklists on transaction screens.
    /// </summary>
    public sealed class TerminalUi
    {
        private readonly Terminal _terminal;
        private readonly TechnicianMenu _menu;
        private readonly StatusBar _menuBar;
        private readonly StatusSnapshot _menuStatus = new StatusSnapshot();
        private readonly ScreenPresenter _presenter;
        private readonly ChecklistHeader _noticeHeader = new ChecklistHeader();
        private readonly StatusSnapshot _noticeStatus = new StatusSnapshot();
        private Screen _notice;
        private int _noticeKey = -1;
        private int _noticePage;
        private int _noticePages = 1;
        private string _message;
        private long _messageUntilMs;
        private Screen _messageScreen;
        private int _messageKey = -1;

        /// <summary>Creates the face over a started terminal and its menu.</summary>
        /// <param name="terminal">The application core.</param>
        /// <param name="menu">The merchant / technician menu.</param>
        /// <param name="menuBar">The status bar the menu was built with; kept in step with the terminal's status.</param>
        /// <param name="presenter">Draws the transaction screens and the menu (merchant name and terminal id set on its view).</param>
        public TerminalUi(Terminal terminal, TechnicianMenu menu, StatusBar menuBar, ScreenPresenter presenter)
        {
            if (terminal == null || menu == null || menuBar == null || presenter == null)
            {
                throw new System.ArgumentNullException(nameof(terminal));
            }

            _terminal = terminal;
            _menu = menu;
            _menuBar = menuBar;
            _presenter = presenter;
        }

        /// <summary>The print queue whose faults the idle screen tells (null: no printer).</summary>
        public SlipSpooler Slips { get; set; }

        /// <summary>
        /// True while the printer's checklist is in front: a slip could not print (paper out, cover open, overheated,
        /// offline), the terminal is idle and the menu closed. Any key puts it away; the slips print by themselves once
        /// the printer is ready; UP / DOWN page the steps.
        /// </summary>
        public bool PrinterNoticeShown => Slips != null && Slips.NoticePending && Slips.Fault != PrinterStatus.Ready
            && !_menu.IsActive && _terminal.State == TxnState.Idle;

        /// <summary>True while the merchant or technician menu is in front.</summary>
        public bool MenuActive => _menu.IsActive;

        /// <summary>The clock that times a remote message (set by the app when remote management is on).</summary>
        public IClock Clock { get; set; }

        /// <summary>True while a technician's remote message is on the screen: at idle, no menu, no printer notice.</summary>
        public bool RemoteMessageShown
        {
            get
            {
                if (_message == null || _menu.IsActive || _terminal.State != TxnState.Idle || PrinterNoticeShown)
                {
                    return false;
                }

                if (_messageUntilMs > 0 && Clock != null && Clock.UptimeMs >= _messageUntilMs)
                {
                    _message = null; // its time is up
                    return false;
                }

                return true;
            }
        }

        /// <summary>
        /// Shows a technician's message (remote management's <c>message</c> command) at idle until a key is pressed, or
        /// for <paramref name="seconds"/> when above 0. A newer message replaces it; the key that puts it away starts nothing.
        /// </summary>
        public void ShowRemoteMessage(string text, int seconds)
        {
            _message = text;
            _messageUntilMs = seconds > 0 && Clock != null ? Clock.UptimeMs + (seconds * 1000L) : 0;
            _messageKey = -1;
        }

        /// <summary>The locale chosen in the merchant menu.</summary>
        public int Locale => _menu.Locale;

        /// <summary>The screen in front, as last drawn.</summary>
        public Screen CurrentScreen => _menu.IsActive ? _menu.Screen : PrinterNoticeShown && _notice != null ? _notice
            : RemoteMessageShown && _messageScreen != null ? _messageScreen : _presenter.Screen;

        /// <summary>The menu.</summary>
        public TechnicianMenu Menu => _menu;

        /// <summary>The presenter that draws every screen.</summary>
        public ScreenPresenter Presenter => _presenter;

        /// <summary>Routes one key press (on the main loop: the keypad seam's presses arrive here).</summary>
        /// <returns>True when the menu took the key, false when the terminal did.</returns>
        public bool Press(Key key)
        {
            if (!Terminal.IsKnownKey(key))
            {
                _terminal.PressKey(key); // refused and counted there; neither the menu nor the machine sees it
                return false;
            }

            if (PrinterNoticeShown)
            {
                if (key == Key.Up || key == Key.Down)
                {
                    int page = _noticePage + (key == Key.Down ? 1 : -1);
                    _noticePage = page < 0 ? 0 : page >= _noticePages ? _noticePages - 1 : page;
                    _noticeKey = -1;
                    return true;
                }

                Slips.DismissNotice(); // any other key only puts the notice away: a digit here starts no sale
                _noticeKey = -1;
                _noticePage = 0;
                return true;
            }

            if (RemoteMessageShown)
            {
                _message = null; // any key only puts the message away
                return true;
            }

            if (_menu.IsActive || (key == Key.Func && _terminal.State == TxnState.Idle))
            {
                _menu.HandleKey(key);
                Key approved = _menu.TakeApprovedKey();
                if (approved != Key.None && _terminal.State == TxnState.Menu)
                {
                    _terminal.PressKey(approved); // the supervisor approved it: the function menu gets its key
                }

                return true;
            }

            if (TakenForOperators(key))
            {
                return true;
            }

            _terminal.PressKey(key);
            if (key == Key.Up || key == Key.Down)
            {
                _presenter.OnKey(key);
            }

            return false;
        }

        // The operator rules (sign-on required): no sale without a signed-on operator, and a function-menu key the role
        // table reserves to the supervisor opens the supervisor prompt instead of reaching the machine.
        private bool TakenForOperators(Key key)
        {
            if (_menu.Operators == null || !_menu.OperatorsRequired)
            {
                return false;
            }

            if (_menu.SignOnNeeded && _terminal.State == TxnState.Idle)
            {
                _menu.AskSignOn();
                return true;
            }

            int digit = (int)key - (int)Key.Digit0;
            OperatorRule rule = _terminal.State == TxnState.Menu && digit >= 0 && digit <= 9 ? OperatorRoles.ForFunctionKey(digit) : null;
            if (rule == null || !OperatorRoles.NeedsSupervisor(rule.Action, _menu.Operators.SignedOn))
            {
                return false;
            }

            _menu.AskSupervisor(rule, key);
            return true;
        }

        /// <summary>Draws what is in front, redrawing only the text rows that changed since the last call (everything when the menu opens or closes).</summary>
        /// <param name="status">The status bar's content now (link, queue, battery, time).</param>
        /// <param name="display">Where to draw.</param>
        public void Render(StatusSnapshot status, IDisplay display)
        {
            if (_menu.IsActive)
            {
                if (!status.LooksLike(_menuStatus))
                {
                    _menuStatus.CopyFrom(status);
                    status.CopyTo(_menuBar);
                    _menu.Refresh();
                }

                _presenter.Show(_menu.Screen, display);
                return;
            }

            status.CopyTo(_menuBar);
            if (PrinterNoticeShown)
            {
                ShowPrinterNotice(status, display);
                return;
            }

            if (RemoteMessageShown)
            {
                ShowRemoteMessage(status, display);
                return;
            }

            _presenter.Update(_terminal.Screen, status, _menu.Locale, display);
        }

        // The technician's message: the status bar, a title, the text wrapped, the hint; composed again when the
        // message, the locale or the status bar changed.
        private void ShowRemoteMessage(StatusSnapshot status, IDisplay display)
        {
            int locale = _menu.Locale;
            int key = (_message.GetHashCode() * 8) + locale;
            if (_messageScreen == null)
            {
                _messageScreen = new Screen();
            }

            if (key != _messageKey || !status.LooksLike(_noticeStatus))
            {
                _messageKey = key;
                _noticeStatus.CopyFrom(status);
                Screen screen = _messageScreen;
                screen.Clear();
                _menuBar.Draw(screen, locale);
                screen.WriteCentered(2, Catalog.Get(locale, TextKey.UiRemoteTitle), TextStyle.Title);
                string[] lines = TextLayout.Wrap(_message, Screen.Columns - 2);
                for (int i = 0; i < lines.Length && 4 + i < Screen.KeyHintRow; i++)
                {
                    screen.Write(4 + i, 1, lines[i], TextStyle.Normal);
                }

                screen.SetKeyHints(Catalog.Get(locale, TextKey.UiRemoteHint));
            }

            _presenter.Show(_messageScreen, display);
        }

        // The checklist of the printer's fault (its local code's entry), with the slips waiting and the banner; composed
        // again when the fault, the count, the locale or the status bar changed.
        private void ShowPrinterNotice(StatusSnapshot status, IDisplay display)
        {
            int locale = _menu.Locale;
            int key = ((((int)Slips.Fault * 64) + Slips.Waiting) * 8) + locale;
            if (_notice == null)
            {
                _notice = new Screen();
            }

            if (key != _noticeKey || !status.LooksLike(_noticeStatus))
            {
                _noticeKey = key;
                _noticeStatus.CopyFrom(status);
                _noticeHeader.Clear();
                string code = PrinterCodes.Of(Slips.Fault);
                _noticeHeader.Badge = code;
                _noticeHeader.Detail = TextFormat.Fill(Catalog.Get(locale, TextKey.UiPrintWaiting), Slips.Waiting.ToString());
                _noticeHeader.Banner = Catalog.Get(locale, TextKey.UiPrintBanner);
                _noticePages = ChecklistScreen.BuildDecline(_notice, _menuBar, locale, code, _noticePage, false, _noticeHeader);
            }

            _presenter.Show(_notice, display);
        }
    }
}
