using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Staff;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The operator screens of the menu (<see cref="MenuEntry.Operator"/>): sign-on (number, then password, then the
    /// new password a first use forces), the supervisor's password for an action the role table
    /// (<see cref="OperatorRoles"/>) reserves to the supervisor, cashier management, and the technician's reset of the
    /// supervisor password (what it means, then ENTER again). The checks, lockouts and audit entries are the
    /// <see cref="OperatorStore"/>'s; the desk keeps the typed digits as bytes and wipes them after use. An approved
    /// function-menu action is handed back as its key (<see cref="TakeApprovedKey"/>) for the app to press.
    /// </summary>
    public sealed class OperatorDesk
    {
        private const int NumberLength = 2;
        private const int InputRow = 6;
        private const int NoAction = -1;

        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private readonly byte[] _digits = new byte[OperatorStore.PasswordLength];
        private readonly byte[] _newPassword = new byte[OperatorStore.PasswordLength];
        private int _count;
        private int _newCount;
        private int _operator = Operators.None;
        private int _pending = NoAction;
        private Key _pendingKey = Key.None;
        private Key _approvedKey = Key.None;
        private MenuState _approvedState = MenuState.Closed;
        private bool _removing;

        /// <summary>Creates the operator screens of <paramref name="menu"/>.</summary>
        public OperatorDesk(TechnicianMenu menu, MenuContext ctx)
        {
            _menu = menu;
            _ctx = ctx;
        }

        /// <summary>Digits typed so far.</summary>
        public int Count => _count;

        /// <summary>True when sales need an operator and none is signed on.</summary>
        public bool SignOnNeeded => _ctx.OperatorsRequired && _ctx.Operators != null && !_ctx.Operators.IsSignedOn;

        /// <summary>Opens the sign-on prompt.</summary>
        public void AskSignOn()
        {
            _pending = NoAction;
            _menu.Enter(MenuState.SignOnNumber);
        }

        /// <summary>
        /// <paramref name="rule"/>'s action was asked for (<paramref name="key"/>: its function-menu key, or
        /// <see cref="Key.None"/>): carried out at once when the signed-on operator may, else the supervisor prompt.
        /// </summary>
        public void Ask(OperatorRule rule, Key key)
        {
            Gate(rule, key, MenuState.Closed);
        }

        /// <summary>
        /// <paramref name="rule"/>'s action of the menu itself was asked for: <paramref name="screen"/> (where it is
        /// carried out) at once when the signed-on operator may, else after the supervisor prompt.
        /// </summary>
        public void AskFor(OperatorRule rule, MenuState screen)
        {
            Gate(rule, Key.None, screen);
        }

        private void Gate(OperatorRule rule, Key key, MenuState screen)
        {
            _pending = (int)rule.Action;
            _pendingKey = key;
            _approvedState = screen;
            if (!OperatorRoles.NeedsSupervisor(rule.Action, _ctx.Operators.SignedOn))
            {
                Approved();
                return;
            }

            _menu.Enter(MenuState.SupervisorPassword);
            if (!_ctx.Operators.Guard(Operators.Supervisor).CheckEntry())
            {
                NoteLocked(Operators.Supervisor);
            }
        }

        /// <summary>The function-menu key of an action the supervisor just approved (once), or <see cref="Key.None"/>.</summary>
        public Key TakeApprovedKey()
        {
            Key key = _approvedKey;
            _approvedKey = Key.None;
            return key;
        }

        /// <summary>The signed-on operator signs off; the sign-on prompt follows when sign-on is required.</summary>
        public void SignOff()
        {
            _ctx.Operators.SignOff();
            SetMachineOperator(Operators.None);
            if (_ctx.OperatorsRequired)
            {
                AskSignOn();
            }
            else
            {
                _menu.Close();
            }
        }

        /// <summary>"Cashiers" in the merchant menu: the supervisor's password first (unless the supervisor is signed on).</summary>
        public void OpenCashiers()
        {
            AskFor(OperatorRoles.Rule(OperatorAction.ManageOperators), MenuState.Cashiers);
        }

        /// <summary>An item of the cashier list: add (or set a new initial password), or remove.</summary>
        public void ChooseCashierItem(int selection)
        {
            _removing = selection == 1;
            _menu.Enter(MenuState.CashierNumber);
        }

        /// <summary>"Reset supervisor password" in the technician menu: the first of two confirmations.</summary>
        public void OpenSupervisorReset()
        {
            if (_ctx.Operators == null)
            {
                return; // a menu without operators (test rigs): nothing to reset
            }

            _menu.Enter(MenuState.SupervisorResetInfo);
        }

        /// <summary>A digit key.</summary>
        public void Type(Key key)
        {
            int max = IsNumberState(_ctx.State) ? NumberLength : OperatorStore.PasswordLength;
            if (_count < max)
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

        /// <summary>ENTER: takes the number or password of the state in front, or confirms.</summary>
        public void Submit()
        {
            switch (_ctx.State)
            {
                case MenuState.SignOnNumber:
                    TakeNumber();
                    break;
                case MenuState.SignOnPassword:
                    CheckPassword(_ctx.Operators.Check(_operator, _digits, _count));
                    break;
                case MenuState.SupervisorPassword:
                    _operator = Operators.Supervisor;
                    CheckPassword(_ctx.Operators.Approve((OperatorAction)_pending, _digits, _count));
                    break;
                case MenuState.OperatorNewPassword:
                    TakeNewPassword();
                    break;
                case MenuState.OperatorConfirmPassword:
                    ConfirmNewPassword();
                    break;
                case MenuState.CashierNumber:
                    TakeCashier();
                    break;
                case MenuState.CashierPassword:
                    bool added = _ctx.Operators.AddCashier(_operator, _digits, _count);
                    WipeDigits();
                    if (!added)
                    {
                        _ctx.Note(TextKey.UiOpInvalid, null);
                        break;
                    }

                    _menu.Enter(MenuState.Cashiers);
                    _ctx.Note(TextKey.UiOpAdded, Operators.Label(_operator));
                    break;
                case MenuState.SupervisorResetInfo:
                    _menu.Enter(MenuState.SupervisorResetConfirm);
                    break;
                case MenuState.SupervisorResetConfirm:
                    _ctx.Operators.ResetSupervisor();
                    if (_ctx.Transactions != null && _ctx.Operators.SignedOn == Operators.None)
                    {
                        SetMachineOperator(Operators.None);
                    }

                    _menu.Enter(MenuState.Main);
                    _ctx.Note(TextKey.UiOpResetDone, null);
                    break;
                default:
                    break;
            }
        }

        /// <summary>CANCEL: back one step; leaving the supervisor prompt refuses the action (audited).</summary>
        public void Back()
        {
            WipeDigits();
            MenuState state = _ctx.State;
            if (_pending != NoAction && (state == MenuState.SupervisorPassword || state == MenuState.OperatorNewPassword
                || state == MenuState.OperatorConfirmPassword))
            {
                _ctx.Operators.Refused((OperatorAction)_pending);
                Wipe();
                _menu.Close();
                return;
            }

            _menu.Back();
        }

        /// <summary>Every typed byte wiped, nothing pending (the menu closes).</summary>
        public void Wipe()
        {
            WipeDigits();
            for (int i = 0; i < _newPassword.Length; i++)
            {
                _newPassword[i] = 0;
            }

            _newCount = 0;
            _pending = NoAction;
        }

        /// <summary>Wipes the digits typed so far (on entry of every operator screen).</summary>
        public void WipeDigits()
        {
            for (int i = 0; i < _digits.Length; i++)
            {
                _digits[i] = 0;
            }

            _count = 0;
        }

        /// <summary>Draws the operator screen in front (the note row is the layouts').</summary>
        public void Draw(Screen screen)
        {
            _ctx.Status.Draw(screen, _ctx.Locale);
            MenuState state = _ctx.State;
            screen.Write(2, 2, _ctx.Text(MenuTable.Row(state).TitleKey), TextStyle.Title);
            if (state == MenuState.SupervisorResetInfo || state == MenuState.SupervisorResetConfirm)
            {
                screen.Write(4, 2, _ctx.Text(TextKey.UiOpReset1), TextStyle.Normal);
                screen.Write(5, 2, _ctx.Text(TextKey.UiOpReset2), TextStyle.Normal);
                screen.Write(6, 2, _ctx.Text(TextKey.UiOpReset3), TextStyle.Normal);
                screen.Write(7, 2, _ctx.Text(TextKey.UiOpReset4), TextStyle.Normal);
                if (state == MenuState.SupervisorResetConfirm)
                {
                    screen.Write(9, 2, _ctx.Text(TextKey.UiOpResetAgain), TextStyle.Warning);
                }

                screen.SetKeyHints(_ctx.Text(TextKey.UiKeysConfirmBack));
                return;
            }

            if (state == MenuState.SupervisorPassword)
            {
                screen.Write(3, 2, TextFormat.Fill(_ctx.Text(TextKey.UiOpNeededFor), _ctx.Text(OperatorRoles.Rule((OperatorAction)_pending).TitleKey)), TextStyle.Normal);
            }
            else if (state != MenuState.SignOnNumber && state != MenuState.CashierNumber && _operator != Operators.None)
            {
                screen.Write(3, 2, TextFormat.Fill(_ctx.Text(TextKey.UiOpSignedOn), Operators.Label(_operator)), TextStyle.Normal);
            }

            screen.Write(4, 2, _ctx.Text(PromptOf(state)), TextStyle.Normal);
            string shown = string.Empty;
            for (int i = 0; i < _count; i++)
            {
                shown = shown + (IsNumberState(state) ? ((char)_digits[i]).ToString() : "*") + " ";
            }

            screen.FillRow(InputRow, TextStyle.Normal);
            screen.WriteCentered(InputRow, shown.Length == 0 ? "_" : shown, TextStyle.Normal);
            screen.SetKeyHints(_ctx.Text(TextKey.UiPinKeys));
        }

        private static bool IsNumberState(MenuState state)
        {
            return state == MenuState.SignOnNumber || state == MenuState.CashierNumber;
        }

        private static int PromptOf(MenuState state)
        {
            switch (state)
            {
                case MenuState.SignOnNumber:
                    return TextKey.UiOpNumber;
                case MenuState.CashierNumber:
                    return TextKey.UiOpCashierNo;
                case MenuState.CashierPassword:
                    return TextKey.UiOpInitial;
                case MenuState.OperatorNewPassword:
                    return TextKey.UiOpNew;
                case MenuState.OperatorConfirmPassword:
                    return TextKey.UiOpAgain;
                default:
                    return TextKey.UiOpPassword;
            }
        }

        private int TypedNumber()
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                n = (n * 10) + (_digits[i] - (byte)'0');
            }

            return _count == 0 ? -1 : n;
        }

        private void TakeNumber()
        {
            int n = TypedNumber();
            WipeDigits();
            if (n < 0 || !_ctx.Operators.Exists(n))
            {
                _ctx.Note(TextKey.UiOpUnknown, null);
                return;
            }

            _operator = n;
            if (!_ctx.Operators.Guard(n).CheckEntry())
            {
                NoteLocked(n);
                return;
            }

            _menu.Enter(MenuState.SignOnPassword);
        }

        private void TakeCashier()
        {
            int n = TypedNumber();
            WipeDigits();
            if (!OperatorStore.IsCashier(n) || (_removing && !_ctx.Operators.Exists(n)))
            {
                _ctx.Note(TextKey.UiOpNoCashier, null);
                return;
            }

            _operator = n;
            if (!_removing)
            {
                _menu.Enter(MenuState.CashierPassword);
                return;
            }

            _ctx.Operators.RemoveCashier(n);
            if (_ctx.Operators.SignedOn == Operators.None)
            {
                SetMachineOperator(Operators.None);
            }

            _menu.Enter(MenuState.Cashiers);
            _ctx.Note(TextKey.UiOpRemoved, Operators.Label(n));
        }

        // The outcome of a sign-on password or of the supervisor's password.
        private void CheckPassword(PinCheckOutcome outcome)
        {
            _count = 0;
            if (outcome == PinCheckOutcome.Accepted)
            {
                Done();
            }
            else if (outcome == PinCheckOutcome.AcceptedMustChange)
            {
                _menu.Enter(MenuState.OperatorNewPassword);
                _ctx.Note(TextKey.UiOpMustChange, null);
            }
            else if (outcome == PinCheckOutcome.Wrong)
            {
                _ctx.Note(TextKey.UiOpWrong, _ctx.Operators.Guard(_operator).TriesLeft.ToString());
            }
            else
            {
                NoteLocked(_operator);
            }
        }

        private void TakeNewPassword()
        {
            if (!_ctx.Operators.Guard(_operator).IsAcceptable(_digits, _count))
            {
                WipeDigits();
                _ctx.Note(TextKey.UiOpInvalid, null);
                return;
            }

            System.Array.Copy(_digits, _newPassword, _count);
            _newCount = _count;
            _menu.Enter(MenuState.OperatorConfirmPassword);
        }

        private void ConfirmNewPassword()
        {
            bool same = _count == _newCount && SecureCompare.Equal(_digits, 0, _newPassword, 0, _count);
            WipeDigits();
            if (!same)
            {
                _newCount = 0;
                _menu.Enter(MenuState.OperatorNewPassword);
                _ctx.Note(TextKey.UiOpMismatch, null);
                return;
            }

            _ctx.Operators.Guard(_operator).Change(_newPassword, _newCount);
            _newCount = 0;
            Done();
            if (_ctx.State != MenuState.Closed)
            {
                _ctx.Note(TextKey.UiOpChanged, null);
            }
        }

        // The password was accepted (and changed when it had to be): the pending action, or the sign-on.
        private void Done()
        {
            if (_pending != NoAction)
            {
                Approved();
                return;
            }

            _ctx.Operators.SignOn(_operator);
            SetMachineOperator(_operator);
            _menu.Close();
        }

        private void Approved()
        {
            _pending = NoAction;
            if (_approvedState != MenuState.Closed)
            {
                _menu.Enter(_approvedState); // an action of the menu: its screen
                return;
            }

            _approvedKey = _pendingKey;
            _menu.Close();
        }

        private void NoteLocked(int n)
        {
            long minutes = (_ctx.Operators.Guard(n).LockRemainingMs() + 59999) / 60000;
            _ctx.Note(TextKey.UiOpLocked, minutes.ToString());
        }

        private void SetMachineOperator(int n)
        {
            if (_ctx.Transactions != null)
            {
                _ctx.Transactions.CurrentOperator = n;
            }
        }
    }
}
