using Pos.Core.Common;
using Pos.Core.Transactions;
using Pos.Hal;

namespace Pos.Core.App
{
    /// <summary>
    /// The buzzer's part in a transaction: a success tone when an approval, a balance, a sign-in or a settlement is
    /// shown, a failure tone on a decline or a failure, an attention tone when the cashier must decide (a kept
    /// reversal, a possible duplicate). One tone per screen shown, from a table of screen ids; other screens are quiet
    /// (the keypad's click is the board's).
    /// </summary>
    public sealed class ResultTones
    {
        // The screens that sound, one per tone of Tones, packed (PackedNames). Read at every screen shown, so kept in
        // one field rather than loaded anew each time.
        private static readonly string Screens =
            ScreenIds.Approved + Bar + ScreenIds.OfflineApproved + Bar + ScreenIds.Balance + Bar + ScreenIds.SignedIn + Bar + ScreenIds.Settled
            + Bar + ScreenIds.Declined + Bar + ScreenIds.RetainCard + Bar + ScreenIds.Failed + Bar + ScreenIds.OfflineDeclined + Bar
            + ScreenIds.NoConnection + Bar + ScreenIds.SignInFailed + Bar + ScreenIds.SettleFailed + Bar
            + ScreenIds.ReversalBlocked + Bar + ScreenIds.Duplicate;

        private const string Bar = "|";

        private static readonly Tone[] Tones = new Tone[]
        {
            Tone.Success, Tone.Success, Tone.Success, Tone.Success, Tone.Success,
            Tone.Failure, Tone.Failure, Tone.Failure, Tone.Failure, Tone.Failure,
            Tone.Failure, Tone.Failure,
            Tone.Attention, Tone.Attention,
        };

        private readonly IBuzzer _buzzer;
        private int _seen = -1;

        /// <summary>Creates the observer over the buzzer seam.</summary>
        public ResultTones(IBuzzer buzzer)
        {
            _buzzer = buzzer;
        }

        /// <summary>The tone a screen plays when it is shown, or -1 for a quiet one.</summary>
        public static int ToneOf(string screenId)
        {
            int i = PackedNames.IndexOf(Screens, screenId);
            return i < 0 ? -1 : (int)Tones[i];
        }

        /// <summary>Called after each round of the terminal: plays the tone of a screen shown since the last call.</summary>
        public void Observe(ScreenModel screen)
        {
            if (screen.Shown == _seen)
            {
                return;
            }

            _seen = screen.Shown;
            int tone = ToneOf(screen.Id);
            if (tone >= 0)
            {
                _buzzer.Play((Tone)tone);
            }
        }
    }
}
