using System;
using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;

namespace Pos.Bench.Workloads
{
    /// <summary>
    /// The render path, one operation a call (the device bench times them in batches): a full frame of the APPROVED
    /// screen, a one-digit change of the amount on the amount screen drawn by the renderer alone, and the same change
    /// through the presenter (the view composes the screen again, then the renderer draws it), as the terminal does.
    /// </summary>
    public sealed class RenderWorkload
    {
        private readonly ScreenRenderer _renderer = new ScreenRenderer();
        private readonly NullDisplay _display = new NullDisplay();
        private readonly Screen _approved = new Screen();
        private readonly Screen _amount = new Screen();
        private readonly ScreenPresenter _presenter;
        private readonly ScreenModel _model = new ScreenModel();
        private readonly StatusSnapshot _status = new StatusSnapshot();
        private int _digitRow = -1;
        private int _digitColumn;
        private byte _digitStyle;
        private int _turn;

        /// <summary>Composes the screens.</summary>
        public RenderWorkload()
        {
            _status.Online = true;
            _status.BatteryPercent = 76;
            _status.UtcNow = new DateTime(2026, 11, 22, 1, 41, 30);
            TransactionScreenView view = new TransactionScreenView();
            view.MerchantName = "DEMO STORE";
            view.TerminalId = "12345678";
            ScreenModel m = new ScreenModel();
            m.Clear(ScreenIds.Approved);
            m.AmountFen = 12345;
            m.MaskedPan = "622202******0123";
            m.AuthCode = "123456";
            m.Stan = 42;
            view.Render(m, _status, Locale.EnUs, _approved);
            m.Clear(ScreenIds.Amount);
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = 12345;
            view.Render(m, _status, Locale.EnUs, _amount);
            for (int r = 0; r < Screen.Rows && _digitRow < 0; r++)
            {
                if (_amount.RowText(r).IndexOf("123.45") >= 0)
                {
                    _digitRow = r;
                }
            }

            for (int c = 0; c < Screen.Columns && _digitRow >= 0; c++)
            {
                if (_amount.CharAt(_digitRow, c) == '5')
                {
                    _digitColumn = c; // the last '5': the amount's last digit
                    _digitStyle = _amount.StyleAt(_digitRow, c);
                }
            }

            _presenter = new ScreenPresenter(_renderer);
            _presenter.View.MerchantName = "DEMO STORE";
            _presenter.View.TerminalId = "12345678";
            _model.Clear(ScreenIds.Amount);
            _model.Flow = TxnFlow.Purchase;
            _model.AmountFen = 12345;
        }

        /// <summary>Null when the amount's digit was found on the screen, else why not.</summary>
        public string Check()
        {
            return _digitRow < 0 ? "amount not on the amount screen" : null;
        }

        /// <summary>Pixel rows handed to the display so far.</summary>
        public int RowsWritten
        {
            get { return _display.RowsWritten; }
        }

        /// <summary>Draws the whole APPROVED screen.</summary>
        public void FullFrame()
        {
            _renderer.RenderAll(_approved, _display);
        }

        /// <summary>Changes the amount's last digit (5 and 6 in turn) and draws the amount screen.</summary>
        public void DigitChange()
        {
            _turn++;
            _amount.Write(_digitRow, _digitColumn, (_turn & 1) == 0 ? "5" : "6", _digitStyle);
            _renderer.Render(_amount, _display);
        }

        /// <summary>Sets the amount's last digit in the model (5 and 6 in turn) and brings the display up to date.</summary>
        public void AmountUpdate()
        {
            _turn++;
            _model.AmountFen = (_turn & 1) == 0 ? 12345 : 12346;
            _presenter.Update(_model, _status, Locale.EnUs, _display);
        }
    }
}
