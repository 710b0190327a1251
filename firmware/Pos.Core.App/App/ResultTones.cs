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
        private static readonly string[] Screens = new string[]
        {
            ScreenIds.Approved, ScreenIds.OfflineApproved, ScreenIds.Balance, ScreenIds.SignedIn, ScreenIds.Settled,
            ScreenIds.Declined, ScreenIds.RetainCard, ScreenIds.Failed, ScreenIds.OfflineDeclined, ScreenIds.NoConnection,
            ScreenIds.SignInFailed, ScreenIds.SettleFailed,
            ScreenIds.ReversalBlocked, ScreenIds.Duplicate,
        };

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
            for (int i = 0; i < Screens.Length; i++)
            {
                if (Screens[i] == screenId)
                {
                    return (int)Tones[i];
                }
            }

            return -1;
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
