using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The gate to the technician menu: the PIN typed after the key sequence (<see cref="MenuState.PinEntry"/>), the
    /// lockout (<see cref="MenuState.Locked"/>), and setting a new PIN (<see cref="MenuState.NewPin"/> then
    /// <see cref="MenuState.ConfirmPin"/>), forced after the default PIN. The checks, the lockout and the audit of each
    /// attempt are the <see cref="TechnicianPin"/>'s; the gate keeps the digits as bytes, wipes them after use, and
    /// audits the technician's leaving.
    /// </summary>
    public sealed class TechnicianPinGate
    {
        /// <summary>The audit trail entry's text when the technician leaves the menu (a <see cref="AuditEvent.SignOff"/>).</summary>
        public const string AuditExit = "technician menu exit";

        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private readonly TechnicianPin _pin;
        private readonly byte[] _digits = new byte[TechnicianPin.MaxLength];
        private readonly byte[] _newPin = new byte[TechnicianPin.MaxLength];
        private int _count;
        private int _newCount;
        private bool _forced;
        private bool _signedIn;

        /// <summary>Creates the gate of <paramref name="menu"/>.</summary>
        public TechnicianPinGate(TechnicianMenu menu, MenuContext ctx, TechnicianPin pin)
        {
            _menu = menu;
            _ctx = ctx;
            _pin = pin;
        }

        /// <summary>Digits typed so far (the PIN screen shows one star each).</summary>
        public int Count => _count;

        /// <summary>True while the default PIN must be changed before the menu opens (going back leaves the menu).</summary>
        public bool Forced => _forced;

        /// <summary>Milliseconds until the lockout ends (0: not locked).</summary>
        public long LockRemainingMs()
        {
            return _pin.LockRemainingMs();
        }

        /// <summary>Where the finished key sequence leads: the PIN prompt, or the lockout screen while entry is locked.</summary>
        public MenuState Ask()
        {
            return _pin.CheckEntry() ? MenuState.PinEntry : MenuState.Locked;
        }

        /// <summary>A digit key.</summary>
        public void Type(Key key)
        {
            if (_count < _digits.Length)
            {
                _digits[_count++] = (byte)('0' + ((int)key - (int)Key.Digit0));
            }
        }

        /// <summary>CLEAR: deletes the last digit.</summary>
        public void Erase()
        {
            if (_count > 0)
            {
                _digits[--_count] = 0;
            }
        }

        /// <summary>"Change PIN" chosen in the technician menu: a change the technician may go back from.</summary>
        public void BeginChange()
        {
            _forced = false;
        }

        /// <summary>ENTER on a PIN screen: checks the PIN, or takes the new PIN, or confirms it.</summary>
        public void Submit()
        {
            switch (_ctx.State)
            {
                case MenuState.PinEntry:
                    Verify();
                    break;
                case MenuState.NewPin:
                    if (!TechnicianPin.IsAcceptable(_digits, _count))
                    {
                        WipeDigits();
                        _ctx.Note(TextKey.UiPinInvalid, null);
                        break;
                    }

                    WipeNew();
                    System.Array.Copy(_digits, _newPin, _count);
                    _newCount = _count;
                    _menu.Enter(MenuState.ConfirmPin);
                    break;
                case MenuState.ConfirmPin:
                    Confirm();
                    break;
                default:
                    break;
            }
        }

        /// <summary>Wipes the digits typed so far.</summary>
        public void WipeDigits()
        {
            for (int i = 0; i < _digits.Length; i++)
            {
                _digits[i] = 0;
            }

            _count = 0;
        }

        /// <summary>The menu closes: every PIN byte wiped, no change pending.</summary>
        public void Reset()
        {
            WipeDigits();
            WipeNew();
            _forced = false;
        }

        /// <summary>The technician leaves: audited once per session.</summary>
        public void SignOut()
        {
            if (!_signedIn)
            {
                return;
            }

            _signedIn = false;
            _ctx.Audit.Append(_ctx.Runner.Context.Clock.UtcNow.Ticks, Operators.Technician, AuditEvent.SignOff, AuditExit);
        }

        private void Verify()
        {
            PinCheckOutcome outcome = _pin.Verify(_digits, _count);
            _count = 0;
            if (outcome == PinCheckOutcome.Accepted)
            {
                _signedIn = true;
                _menu.Enter(_ctx.Home());
            }
            else if (outcome == PinCheckOutcome.AcceptedMustChange)
            {
                _signedIn = true;
                _forced = true;
                _menu.Enter(MenuState.NewPin);
                _ctx.Note(TextKey.UiPinMustChange, null);
            }
            else if (outcome == PinCheckOutcome.Wrong)
            {
                _ctx.Note(TextKey.UiPinWrong, _pin.TriesLeft.ToString());
            }
            else
            {
                _menu.Enter(MenuState.Locked);
            }
        }

        private void Confirm()
        {
            bool same = _count == _newCount && SecureCompare.Equal(_digits, 0, _newPin, 0, _count);
            WipeDigits();
            if (!same)
            {
                WipeNew();
                _menu.Enter(MenuState.NewPin);
                _ctx.Note(TextKey.UiPinMismatch, null);
                return;
            }

            _pin.Change(_newPin, _newCount);
            _newCount = 0;
            _forced = false;
            _menu.Enter(_ctx.Home());
            _ctx.Note(TextKey.UiPinChanged, null);
        }

        private void WipeNew()
        {
            for (int i = 0; i < _newPin.Length; i++)
            {
                _newPin[i] = 0;
            }

            _newCount = 0;
        }
    }
}
