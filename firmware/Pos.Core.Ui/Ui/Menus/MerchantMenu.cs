using Pos.Core.Diagnostics;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The merchant menu (no PIN; <see cref="MenuTable.MerchantItems"/>): the language list, "Transactions" (the
    /// transaction machine's own function menu, asked for by name with
    /// <see cref="Transactions.TransactionMachine.OpenTransactionsMenu"/>; the sign-on prompt instead while sign-on is
    /// required and nobody is signed on), the operator's sign-off, the cashiers (the <see cref="OperatorDesk"/>), the
    /// <see cref="MerchantSettings"/> (offline sales, limits), "Print" (the last slip again, the settlement report; any
    /// signed-on operator) and exit. The technician key sequence is
    /// typed here: FUNC opened the menu as its first key, FUNC and digits feed it, any other key starts it over.
    /// </summary>
    public sealed class MerchantMenu
    {
        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private readonly OperatorDesk _desk;
        private readonly MerchantSettings _settings;
        private int _seqPos;

        /// <summary>Creates the merchant menu of <paramref name="menu"/>.</summary>
        public MerchantMenu(TechnicianMenu menu, MenuContext ctx, OperatorDesk desk, MerchantSettings settings)
        {
            _settings = settings;
            _desk = desk;
            _menu = menu;
            _ctx = ctx;
        }

        /// <summary>The menu opens with <paramref name="key"/>: it counts as the sequence's first key when it is one.</summary>
        public void Open(Key key)
        {
            _seqPos = _ctx.Sequence[0] == key ? 1 : 0;
        }

        /// <summary>A key that is no part of the sequence: typing starts over.</summary>
        public void ResetSequence()
        {
            _seqPos = 0;
        }

        /// <summary>Feeds one key of the technician sequence; true when the whole sequence has been typed.</summary>
        public bool Sequence(Key key)
        {
            Key[] sequence = _ctx.Sequence;
            if (_seqPos < sequence.Length && sequence[_seqPos] == key)
            {
                _seqPos++;
            }
            else
            {
                _seqPos = sequence[0] == key ? 1 : 0;
            }

            if (_seqPos < sequence.Length)
            {
                return false;
            }

            _seqPos = 0;
            return true;
        }

        /// <summary>Carries out the merchant item <paramref name="command"/>.</summary>
        public void Command(MenuCommand command)
        {
            switch (command)
            {
                case MenuCommand.Language:
                    _menu.Enter(MenuState.Language);
                    _ctx.Selection = _ctx.Locale;
                    break;
                case MenuCommand.Transactions:
                    if (_desk.SignOnNeeded)
                    {
                        _desk.AskSignOn(); // no function menu without a signed-on operator
                        break;
                    }

                    _menu.Close();
                    if (_ctx.Transactions != null)
                    {
                        _ctx.Transactions.OpenTransactionsMenu();
                    }

                    break;
                case MenuCommand.SignOff:
                    if (_ctx.Operators == null)
                    {
                        _menu.Close();
                        break;
                    }

                    _desk.SignOff();
                    break;
                case MenuCommand.Operators:
                    if (_ctx.Operators == null)
                    {
                        _menu.Close();
                        break;
                    }

                    _desk.OpenCashiers();
                    break;
                case MenuCommand.MerchantSettings:
                    _settings.Open();
                    break;
                case MenuCommand.PrintSlips:
                    if (_desk.SignOnNeeded)
                    {
                        _desk.AskSignOn(); // any signed-on operator may reprint (OperatorAction.Reprint), nobody else
                        break;
                    }

                    _menu.Enter(MenuState.PrintSlips);
                    break;
                default:
                    _menu.Close();
                    break;
            }
        }

        /// <summary>An item of the "Print" list: the request goes to the printer and its answer to the note row; Back returns.</summary>
        public void Print(MenuCommand command)
        {
            ISlipRequests slips = _ctx.Slips;
            switch (command)
            {
                case MenuCommand.PrintLast:
                    _ctx.NotePrint(slips == null ? PrintAnswer.NoPrinter : slips.PrintLast());
                    break;
                case MenuCommand.PrintSettlement:
                    _ctx.NotePrint(slips == null ? PrintAnswer.NoPrinter : slips.PrintSettlement());
                    break;
                default:
                    _menu.Enter(MenuState.Merchant);
                    break;
            }
        }

        /// <summary>The selected locale becomes the merchant's (saved in the journal) and the merchant menu comes back.</summary>
        public void ChooseLocale()
        {
            _ctx.Locale = _ctx.Selection;
            try
            {
                LocaleSetting.Save(_ctx.Journal, _ctx.Locale);
            }
            catch (JournalException)
            {
                // Read-only journal: the choice holds until the next boot.
            }

            _menu.Enter(MenuState.Merchant);
        }
    }
}
