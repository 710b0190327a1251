using Pos.Core.Localization;
using Pos.Core.Offline;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Ui.Menus
{
    /// <summary>
    /// The technician's review of one flagged offline sale (<see cref="MenuState.FlaggedItem"/>): 1 sends it again,
    /// 2 arms the acknowledgement and ENTER confirms it (any other key takes it back); both through the
    /// <see cref="Forwarder"/>, which audits them. Back in the list, a note says what happened.
    /// </summary>
    public sealed class FlaggedReview
    {
        private readonly TechnicianMenu _menu;
        private readonly MenuContext _ctx;
        private FlaggedAdvice _current;
        private bool _armed;

        /// <summary>Creates the review of <paramref name="menu"/>.</summary>
        public FlaggedReview(TechnicianMenu menu, MenuContext ctx)
        {
            _menu = menu;
            _ctx = ctx;
        }

        /// <summary>The sale on screen (null: none).</summary>
        public FlaggedAdvice Current => _current;

        /// <summary>True after 2, until ENTER confirms the acknowledgement or another key takes it back.</summary>
        public bool Armed => _armed;

        /// <summary>Opens the flagged sale at <paramref name="index"/> of the list (oldest first) when there is one.</summary>
        public void Open(int index)
        {
            _current = _ctx.Offline == null ? null : _ctx.Offline.FlaggedAt(index);
            if (_current != null)
            {
                _menu.Enter(MenuState.FlaggedItem);
            }
        }

        /// <summary>Entry of the sale's screen: nothing armed.</summary>
        public void Enter()
        {
            _armed = false;
        }

        /// <summary>2: arms the acknowledgement and says that ENTER confirms it.</summary>
        public void Arm()
        {
            _armed = true;
            _ctx.Note(TextKey.UiFlagAckConfirm, null);
        }

        /// <summary>Any other key takes an armed acknowledgement back.</summary>
        public void Disarm()
        {
            _armed = false;
            _ctx.ClearNote();
        }

        /// <summary>ENTER: acknowledges when armed, else back to the list.</summary>
        public void Confirm()
        {
            if (_armed)
            {
                _armed = false;
                Review(true);
            }
            else
            {
                _menu.Back();
            }
        }

        /// <summary>Retries (false) or acknowledges (true) the sale on screen; back to the list with the outcome as a note.</summary>
        public void Review(bool acknowledge)
        {
            if (_current == null || _ctx.Forwarder == null)
            {
                return;
            }

            int note = acknowledge ? TextKey.UiFlagAcked : TextKey.UiFlagRetried;
            try
            {
                if (acknowledge)
                {
                    _ctx.Forwarder.AcknowledgeFlagged(_current.Item);
                }
                else
                {
                    _ctx.Forwarder.RetryFlagged(_current.Item);
                }
            }
            catch (JournalException)
            {
                note = TextKey.UiFlagFailed;
            }
            catch (StorageException)
            {
                note = TextKey.UiFlagFailed;
            }

            _current = null;
            _menu.Enter(MenuState.Flagged);
            _ctx.Note(note, null);
        }

        /// <summary>The catalog key of a flag reason (<see cref="AdviceFlagReason"/> value); unknown values read as "reason not kept".</summary>
        public static int ReasonKey(int reason)
        {
            switch (reason)
            {
                case (int)AdviceFlagReason.Declined:
                    return TextKey.UiFlagReason1;
                case (int)AdviceFlagReason.AttemptsUsed:
                    return TextKey.UiFlagReason2;
                case (int)AdviceFlagReason.Expired:
                    return TextKey.UiFlagReason3;
                case (int)AdviceFlagReason.Unreadable:
                    return TextKey.UiFlagReason4;
                case (int)AdviceFlagReason.DuplicateUnverified:
                    return TextKey.UiFlagReason5;
                case (int)AdviceFlagReason.DuplicateMismatch:
                    return TextKey.UiFlagReason6;
                default:
                    return TextKey.UiFlagReason0;
            }
        }
    }
}
