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

        /// <summary>True while the merchant or technician menu is in front.</summary>
        public bool MenuActive => _menu.IsActive;

        /// <summary>The locale chosen in the merchant menu.</summary>
        public int Locale => _menu.Locale;

        /// <summary>The screen in front, as last drawn.</summary>
        public Screen CurrentScreen => _menu.IsActive ? _menu.Screen : _presenter.Screen;

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
            _presenter.Update(_terminal.Screen, status, _menu.Locale, display);
        }
    }
}
