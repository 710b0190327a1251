using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The technician's two confirmations, each after a screen that says what it means
    /// (<see cref="MenuEntry.Confirm"/>): clearing the pending reversal (the host may keep the charge) and accepting a
    /// storage that started empty. The transaction machine (<see cref="MenuContext.Transactions"/>) does and audits
    /// both; the menu goes back to the main menu with a note saying how it went.
    /// </summary>
    public sealed class TechnicianConfirmations
    {
        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;

        /// <summary>Creates the confirmations of <paramref name="menu"/>.</summary>
        public TechnicianConfirmations(TechnicianMenu menu, MenuContext ctx)
        {
            _menu = menu;
            _ctx = ctx;
        }

        /// <summary>"Clear pending reversal": its screen with the sale read now, or a note that none is pending.</summary>
        public void OpenClearReversal()
        {
            TransactionMachine machine = _ctx.Transactions;
            _ctx.Reversal = machine == null ? null : machine.DescribePendingReversal();
            if (_ctx.Reversal == null)
            {
                _ctx.Note(TextKey.UiReversalNone, null);
            }
            else
            {
                _menu.Enter(MenuState.ClearReversal);
            }
        }

        /// <summary>ENTER on a confirm screen: carries out what it asked.</summary>
        public void Confirm()
        {
            if (_ctx.State == MenuState.ConfirmStorage)
            {
                ConfirmStorage();
            }
            else
            {
                ConfirmClearReversal();
            }
        }

        // The technician read what an empty drive means and confirmed: the marker and its audit line are written.
        private void ConfirmStorage()
        {
            bool ok = _ctx.Transactions == null || _ctx.Transactions.ConfirmStorage();
            _menu.Enter(MenuState.Main);
            _ctx.Note(ok ? TextKey.UiStorageConfirmed : TextKey.UiStorageNotConfirmed, null);
        }

        // The technician confirmed on the screen that said the host may keep the charge: the machine clears and audits.
        private void ConfirmClearReversal()
        {
            ReversalClearOutcome outcome = _ctx.Transactions == null ? ReversalClearOutcome.NothingPending : _ctx.Transactions.ClearPendingReversal();
            _ctx.Reversal = null;
            _menu.Enter(MenuState.Main);
            switch (outcome)
            {
                case ReversalClearOutcome.Cleared:
                    _ctx.Note(TextKey.UiReversalCleared, null);
                    break;
                case ReversalClearOutcome.Busy:
                    _ctx.Note(TextKey.UiReversalBusy, null);
                    break;
                case ReversalClearOutcome.StorageFailed:
                    _ctx.Note(TextKey.UiReversalNotCleared, null);
                    break;
                default:
                    _ctx.Note(TextKey.UiReversalNone, null);
                    break;
            }
        }
    }
}
