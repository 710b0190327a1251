using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The terminal's face, the same on the device and in the emulator: routes each key either to the merchant /
    /// technician menu or to the transaction machine, and draws whichever is in front. The menu takes keys while it is
    /// open, and FUNC on the idle screen opens it; its "Transactions" item asks the machine for its function menu by name
    /// (void, refund, balance, settlement, sign-in). UP/DOWN also page long checklists on transaction screens.
    /// </summary>
    public sealed class TerminalUi
    {
        private readonly Terminal _terminal;
        private readonly TechnicianMenu _menu;
        private readonly StatusBar _menuBar;
        private readonly StatusSnapshot _menuStatus = new StatusSnapshot();
        private readonly ScreenRenderer _renderer = new ScreenRenderer();
        private readonly string _merchantName;
        private readonly string _terminalId;
        private readonly ScreenPresenter _presenter;
        private int _menuRevision = -1;
        private bool _menuWasActive;

        /// <summary>Creates the face over a started terminal and its menu.</summary>
        /// <param name="terminal">The application core.</param>
        /// <param name="menu">The merchant / technician menu.</param>
        /// <param name="menuBar">The status bar the menu was built with; kept in step with the terminal's status.</param>
        /// <param name="merchantName">Shown on the idle screen (ASCII, or characters the catalogs use).</param>
        /// <param name="terminalId">Shown on the idle screen.</param>
        public TerminalUi(Terminal terminal, TechnicianMenu menu, StatusBar menuBar, string merchantName, string terminalId)
        {
            if (terminal == null || menu == null || menuBar == null)
            {
                throw new System.ArgumentNullException(nameof(terminal));
            }

            _terminal = terminal;
            _menu = menu;
            _menuBar = menuBar;
            _merchantName = merchantName;
            _terminalId = terminalId;
            _presenter = NewPresenter();
        }

        /// <summary>True while the merchant or technician menu is in front.</summary>
        public bool MenuActive => _menu.IsActive;

        /// <summary>The locale chosen in the merchant menu.</summary>
        public int Locale => _menu.Locale;

        /// <summary>The screen in front, as last drawn.</summary>
        public Screen CurrentScreen => _menu.IsActive ? _menu.Screen : _presenter.Screen;

        /// <summary>The menu.</summary>
        public TechnicianMenu Menu => _menu;

        /// <summary>Routes one key press.</summary>
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
                return true;
            }

            _terminal.PressKey(key);
            if (key == Key.Up || key == Key.Down)
            {
                _presenter.OnKey(key);
            }

            return false;
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

                if (!_menuWasActive)
                {
                    // The menu opens over whatever the transaction screen left: draw all of it.
                    _renderer.RenderAll(_menu.Screen, display);
                    _menuRevision = _menu.Revision;
                }
                else if (_menu.Revision != _menuRevision)
                {
                    _renderer.Render(_menu.Screen, display); // only the rows that changed (a moved selection)
                    _menuRevision = _menu.Revision;
                }

                _menuWasActive = true;
                return;
            }

            if (_menuWasActive)
            {
                // The presenter redraws only on a change of its model; after the menu the whole screen is stale.
                _presenter.Invalidate();
                _menuWasActive = false;
            }

            status.CopyTo(_menuBar);
            _presenter.Update(_terminal.Screen, status, _menu.Locale, display);
        }

        private ScreenPresenter NewPresenter()
        {
            // One renderer (its 10 KB band and glyph cache) for the menu and the transaction screens.
            ScreenPresenter presenter = new ScreenPresenter(_renderer);
            presenter.View.MerchantName = _merchantName;
            presenter.View.TerminalId = _terminalId;
            return presenter;
        }
    }
}
