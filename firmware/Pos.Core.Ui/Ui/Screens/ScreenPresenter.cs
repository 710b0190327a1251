using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Screens
{
    /// <summary>
    /// Keeps the device screen in step with the machine's model and the status: one <see cref="Screen"/>, one
    /// <see cref="ScreenRenderer"/> (its 10 KB band) and one <see cref="TransactionScreenView"/>. <see cref="Update"/>
    /// composes the screen again when the model, the locale or the page changed and has the renderer draw the rows that
    /// changed, only the status row when just the status bar changed (a new minute, the link, the queue), and nothing
    /// otherwise. Call it after every main-loop step. Screens composed elsewhere (the menus, the boot screen) go to the
    /// display through <see cref="Show"/>, by the same renderer and band.
    /// </summary>
    public sealed class ScreenPresenter
    {
        private readonly ScreenRenderer _renderer;
        private readonly StatusSnapshot _lastStatus = new StatusSnapshot();
        private string _lastId;
        private int _lastVersion = -1;
        private int _lastLocale = -1;
        private bool _dirty = true;
        private bool _stale;

        /// <summary>Creates the presenter with its screen, its own renderer and its view.</summary>
        public ScreenPresenter()
            : this(new ScreenRenderer())
        {
        }

        /// <summary>Creates the presenter over a renderer it shares (one 10 KB band for all screens of the terminal).</summary>
        public ScreenPresenter(ScreenRenderer renderer)
        {
            _renderer = renderer ?? throw new System.ArgumentNullException(nameof(renderer));
            Screen = new Screen();
            View = new TransactionScreenView();
        }

        /// <summary>The composed screen (<c>Screen.ToText()</c> for the emulator and logs).</summary>
        public Screen Screen { get; private set; }

        /// <summary>The view (merchant name, terminal id, paging).</summary>
        public TransactionScreenView View { get; private set; }

        /// <summary>
        /// Brings the display up to date. Returns 2 after the screen was composed again (the renderer drew the rows that
        /// changed; all of them after <see cref="Invalidate"/>), 1 after a status-row redraw, 0 when nothing changed.
        /// </summary>
        public int Update(ScreenModel model, StatusSnapshot status, int locale, IDisplay display)
        {
            if (_dirty || model.Id != _lastId || model.Version != _lastVersion || locale != _lastLocale)
            {
                View.Render(model, status, locale, Screen);
                if (_stale)
                {
                    _renderer.Invalidate();
                    _stale = false;
                }

                _renderer.Render(Screen, display);
                Remember(model, status, locale);
                return 2;
            }

            if (!status.LooksLike(_lastStatus))
            {
                View.RenderStatus(status, locale, Screen);
                _renderer.RenderRow(Screen, Screen.StatusRow, display);
                _lastStatus.CopyFrom(status);
                return 1;
            }

            return 0;
        }

        /// <summary>
        /// Draws a screen composed elsewhere (the menu's, the boot screen) with the presenter's renderer: the rows that
        /// changed since that screen was last drawn, every row when another screen was in front. The next
        /// <see cref="Update"/> composes and draws the transaction screen whole. Returns the text rows drawn.
        /// </summary>
        public int Show(Screen screen, IDisplay display)
        {
            _dirty = true;
            return _renderer.Render(screen, display);
        }

        /// <summary>Makes the next <see cref="Update"/> redraw everything (something else drew on the display meanwhile).</summary>
        public void Invalidate()
        {
            _dirty = true;
            _stale = true;
        }

        /// <summary>Passes UP / DOWN to the view; true when the page changed (the next <see cref="Update"/> redraws).</summary>
        public bool OnKey(Key key)
        {
            bool turned = View.OnKey(key);
            _dirty |= turned;
            return turned;
        }

        private void Remember(ScreenModel model, StatusSnapshot status, int locale)
        {
            _lastId = model.Id;
            _lastVersion = model.Version;
            _lastLocale = locale;
            _lastStatus.CopyFrom(status);
            _dirty = false;
        }
    }
}
