using Pos.Core.Security;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Where every transaction starts and ends: the idle screen (link, queued advices, pending reversal, sign-in and
    /// storage notes, redrawn on every change the machine hears of), the merchant menu, the result screen and the
    /// last-transaction screen (in-doubt recovery). Leaving a result records that the cashier saw it. Entering Idle
    /// raises <see cref="TxnTrigger.Check"/>: the table then decides whether a sign-in or the pending reversal goes.
    /// </summary>
    internal sealed class IdleFlow : TxnPart
    {
        private readonly SignInFlow _signIn;
        private readonly ReversalKeeping _reversal;

        public IdleFlow(TxnServices services, TxnContext context, SignInFlow signIn, ReversalKeeping reversal)
            : base(services, context)
        {
            _signIn = signIn;
            _reversal = reversal;
        }

        public override void Enter(TxnState state)
        {
            switch (state)
            {
                case TxnState.Idle:
                    Svc.ResetTransaction(Ctx);
                    Svc.IdleReversal.InFlight = false;
                    Ctx.Action = ResponseAction.None;
                    _signIn.NoteIdle();
                    ShowIdle();
                    Ctx.RaiseCheck();
                    break;
                case TxnState.Menu:
                    Svc.ResetTransaction(Ctx);
                    break;
                case TxnState.LastResult:
                    LastTransaction t = Svc.LastKeeper.Record;
                    if (t != null)
                    {
                        Svc.Screens.Last(t, Svc.LastKeeper.Status(t, Svc.Reversal, TxnLocalCodes.RefundConfirmation));
                    }

                    Ctx.RaiseCheck(); // its pending reversal may go now
                    break;
            }
        }

        public override void Exit(TxnState state, TxnState to)
        {
            // Not while the shown sale's reversal goes out: the screen comes back after it.
            if (state == TxnState.Result || (state == TxnState.LastResult && to != TxnState.Reversing))
            {
                Svc.LastKeeper.Acknowledge();
            }
        }

        public override void Run(TxnAction action)
        {
            switch (action)
            {
                case TxnAction.Abandon:
                    Svc.ResetTransaction(Ctx);
                    break;
                case TxnAction.Refresh:
                    ShowIdle();
                    _reversal.PlanIdle();
                    if (Svc.Forwarder != null && !_signIn.NeedSignIn())
                    {
                        Svc.Forwarder.Resume(); // advices left waiting by a sign-in or a reversal go on from idle
                    }

                    break;
                case TxnAction.Redraw:
                    ShowIdle();
                    break;
            }
        }

        /// <summary>Redraws the idle screen when it is the one shown.</summary>
        public void ShowIdle()
        {
            if (Ctx.State != TxnState.Idle)
            {
                return;
            }

            Svc.Screens.Idle(Svc.Link.IsOnline, Svc.Offline == null ? 0 : Svc.Offline.QueuedCount, Svc.Reversal,
                Svc.Keys.Has(KeySlot.Mak), Svc.StorageUnconfirmed, Svc.Keys.LostReason != KeysLostReason.None);
        }
    }
}
