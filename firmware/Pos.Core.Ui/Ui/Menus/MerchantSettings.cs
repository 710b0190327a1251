using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Staff;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// "Merchant settings" in the merchant menu (<see cref="MenuTable.SettingItems"/>): offline sales on or off, and
    /// the limits per sale, per day and per refund (<see cref="TransactionLimits"/>), each item showing its current
    /// value. Anyone may look; a change is an action of the role table (<see cref="OperatorAction.OfflineSwitch"/>,
    /// <see cref="OperatorAction.MerchantLimits"/>): while sign-on is required and the supervisor is not the one signed
    /// on, the <see cref="OperatorDesk"/>'s supervisor prompt comes first. The switch asks for a confirmation that says
    /// what changes; a limit is typed in the amount entry's money format (0 or nothing: no limit), one above the largest
    /// amount is refused with nothing changed. Every change is saved in the journal (effective at once, kept across a
    /// reboot) and written to the audit trail as <see cref="AuditEvent.SettingsChange"/>, old → new.
    /// </summary>
    public sealed class MerchantSettings
    {
        /// <summary>
        /// The limits of the items after the first, in order (names of <see cref="TransactionLimits"/>), packed: read one
        /// with <see cref="PackedNames.At"/>.
        /// </summary>
        public const string LimitNames = TransactionLimits.Sale + "|" + TransactionLimits.Daily + "|" + TransactionLimits.Refund;

        // As many digits as the amount entry takes.
        private const int MaxDigits = 10;
        private const int NoLimit = -1;
        private const int InputRow = 7;

        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private readonly OperatorDesk _desk;
        private int _limit = NoLimit;
        private long _typed;
        private int _count;

        /// <summary>Creates the merchant settings of <paramref name="menu"/>.</summary>
        public MerchantSettings(TechnicianMenu menu, MenuContext ctx, OperatorDesk desk)
        {
            _menu = menu;
            _ctx = ctx;
            _desk = desk;
        }

        /// <summary>The amount typed so far, fen.</summary>
        public long Typed => _typed;

        /// <summary>The merchant menu item: the list (a terminal without a transaction machine has nothing to set).</summary>
        public void Open()
        {
            if (_ctx.Transactions == null)
            {
                _menu.Close();
                return;
            }

            _menu.Enter(MenuState.MerchantSettings);
        }

        /// <summary>ENTER on an item of the list: the supervisor's approval first when the role table wants it, then its screen.</summary>
        public void Choose(int selection)
        {
            bool offline = MenuTable.SettingItems.Command(selection) == MenuCommand.OfflineSales;
            _limit = offline ? NoLimit : selection - 1;
            MenuState screen = offline ? MenuState.OfflineConfirm : MenuState.LimitEntry;
            if (_ctx.Operators == null || !_ctx.OperatorsRequired)
            {
                _menu.Enter(screen); // no role table without sign-on: as void and refund in that mode
                return;
            }

            _desk.AskFor(OperatorRoles.Rule(offline ? OperatorAction.OfflineSwitch : OperatorAction.MerchantLimits), screen);
        }

        /// <summary>The label of item <paramref name="i"/> with its current value.</summary>
        public string ItemLabel(int i)
        {
            return TextFormat.Fill(_ctx.Text(MenuTable.SettingItems.LabelKey(i)), i == 0 ? OnOff(OfflineOn) : LimitText(LimitOf(i - 1)));
        }

        /// <summary>A digit of the new limit (no more than the amount entry takes).</summary>
        public void Digit(Key key)
        {
            if (_count < MaxDigits)
            {
                _typed = (_typed * 10) + ((int)key - (int)Key.Digit0);
                _count++;
            }

            _ctx.ClearNote();
        }

        /// <summary>CLEAR: the last digit goes.</summary>
        public void Erase()
        {
            if (_count > 0)
            {
                _typed /= 10;
                _count--;
            }

            _ctx.ClearNote();
        }

        /// <summary>Forgets what was typed (on entry of a setting's screen).</summary>
        public void Reset()
        {
            _typed = 0;
            _count = 0;
        }

        /// <summary>ENTER: switch offline sales, or save the limit typed (refused with a note, nothing changed, when too large).</summary>
        public void Submit()
        {
            if (_ctx.State == MenuState.OfflineConfirm)
            {
                SwitchOffline();
            }
            else if (_ctx.State == MenuState.LimitEntry)
            {
                SaveLimit();
            }
        }

        /// <summary>CANCEL: back to the list on the item left, nothing changed.</summary>
        public void Back()
        {
            Reset();
            ShowList(-1);
        }

        /// <summary>Draws the offline confirmation or the limit entry (the note row is the layouts').</summary>
        public void Draw(Screen screen)
        {
            _ctx.Status.Draw(screen, _ctx.Locale);
            screen.Write(2, 2, _ctx.Text(MenuTable.Row(_ctx.State).TitleKey), TextStyle.Title);
            if (_ctx.State == MenuState.OfflineConfirm)
            {
                bool on = OfflineOn;
                screen.Write(4, 2, TextFormat.Fill(_ctx.Text(TextKey.UiSetOffline), OnOff(on)), TextStyle.Normal);
                screen.Write(6, 2, _ctx.Text(on ? TextKey.UiSetTurnOff : TextKey.UiSetTurnOn), TextStyle.Warning);
                screen.Write(8, 2, _ctx.Text(on ? TextKey.UiSetOff1 : TextKey.UiSetOn1), TextStyle.Normal);
                screen.Write(9, 2, _ctx.Text(on ? TextKey.UiSetOff2 : TextKey.UiSetOn2), TextStyle.Normal);
                screen.Write(10, 2, _ctx.Text(on ? TextKey.UiSetOff3 : TextKey.UiSetOn3), TextStyle.Normal);
                screen.SetKeyHints(_ctx.Text(TextKey.UiKeysConfirmBack));
                return;
            }

            screen.Write(4, 2, ItemLabel(_limit + 1), TextStyle.Normal);
            screen.Write(5, 2, _ctx.Text(TextKey.UiSetNewLimit), TextStyle.Normal);
            screen.FillRow(InputRow, TextStyle.Normal);
            screen.WriteCentered(InputRow, Money.Format(_typed, _ctx.Locale), TextStyle.Title);
            screen.SetKeyHints(_ctx.Text(TextKey.UiPinKeys));
        }

        private bool OfflineOn => _ctx.Transactions != null && _ctx.Transactions.OfflineSales;

        private long LimitOf(int index)
        {
            TransactionLimits limits = _ctx.Transactions == null ? null : _ctx.Transactions.Limits;
            if (limits == null)
            {
                return 0;
            }

            return index == 0 ? limits.SaleFen : index == 1 ? limits.DailyFen : limits.RefundFen;
        }

        private string OnOff(bool on)
        {
            return _ctx.Text(on ? TextKey.UiSetOn : TextKey.UiSetOff);
        }

        private string LimitText(long fen)
        {
            return fen == 0 ? _ctx.Text(TextKey.UiLimitNone) : Money.Format(fen, _ctx.Locale);
        }

        private void SwitchOffline()
        {
            bool was = OfflineOn;
            try
            {
                _ctx.Transactions.SetOfflineSales(!was);
            }
            catch (JournalException)
            {
                _ctx.Note(TextKey.UiSetNotSaved, null);
                return;
            }
            catch (OfflinePolicySettingsException)
            {
                _ctx.Note(TextKey.UiSetNotSaved, null);
                return;
            }

            Audit("offline sales: " + (was ? "on -> off" : "off -> on"));
            ShowList(0);
            _ctx.Note(TextKey.UiSetSaved, null);
        }

        private void SaveLimit()
        {
            TransactionMachine machine = _ctx.Transactions;
            long max = machine.MaxAmountFen;
            if (_typed > max)
            {
                Reset();
                _ctx.Note(TextKey.UiSetTooLarge, Money.Format(max, _ctx.Locale));
                return;
            }

            long old = LimitOf(_limit);
            try
            {
                machine.SaveLimits(machine.Limits.With(PackedNames.At(LimitNames, _limit), _typed.ToString(), max));
            }
            catch (TransactionLimitsException)
            {
                Reset();
                _ctx.Note(TextKey.UiSetTooLarge, Money.Format(max, _ctx.Locale));
                return;
            }
            catch (JournalException)
            {
                _ctx.Note(TextKey.UiSetNotSaved, null);
                return;
            }

            Audit(PackedNames.At(LimitNames, _limit) + " limit: " + YuanText(old) + " -> " + YuanText(_typed));
            Reset();
            ShowList(_limit + 1);
            _ctx.Note(TextKey.UiSetSaved, null);
        }

        // The list again, on item <paramref name="item"/> (-1: the item the screen was opened from).
        private void ShowList(int item)
        {
            int selection = item >= 0 ? item : _limit + 1;
            _menu.Enter(MenuState.MerchantSettings);
            _ctx.Selection = selection;
        }

        // Amounts in the trail as yuan text ("500.00"), "none" for no limit.
        private static string YuanText(long fen)
        {
            return fen == 0 ? "none" : Money.Digits(fen);
        }

        // Who changed it: the supervisor wherever the role table is enforced (signed on, or approved by password), else
        // whoever is signed on (nobody: Operators.None).
        private void Audit(string text)
        {
            if (_ctx.Audit == null)
            {
                return;
            }

            int who = _ctx.Operators == null ? Operators.None : _ctx.OperatorsRequired ? Operators.Supervisor : _ctx.Operators.SignedOn;
            _ctx.Audit.Append(_ctx.Runner.Context.Clock.UtcNow.Ticks, who, AuditEvent.SettingsChange, text);
        }
    }
}
