using Pos.Core.Link;
using Pos.Core.Storage;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The guards of the transition table, evaluated against the extended state and the flows that know the answer.
    /// Three record what they found for the state that follows: <see cref="TxnGuard.OriginalOk"/> the original,
    /// <see cref="TxnGuard.Duplicate"/> the matching sale, and <see cref="TxnGuard.OverLimit"/> the limit.
    /// </summary>
    internal sealed class TxnGuards
    {
        private readonly TxnServices _svc;
        private readonly TxnContext _ctx;
        private readonly PaymentEntryFlow _payment;
        private readonly PinEntryFlow _pin;
        private readonly SignInFlow _signIn;
        private readonly SettlementFlow _settlement;
        private readonly RecordsFlow _records;

        public TxnGuards(TxnServices services, TxnContext context, PaymentEntryFlow payment, PinEntryFlow pin, SignInFlow signIn,
            SettlementFlow settlement, RecordsFlow records)
        {
            _records = records;
            _svc = services;
            _ctx = context;
            _payment = payment;
            _pin = pin;
            _signIn = signIn;
            _settlement = settlement;
        }

        /// <summary>True when the guard holds now.</summary>
        public bool Holds(TxnGuard guard)
        {
            PendingReversal reversal = _svc.Reversal;
            switch (guard)
            {
                case TxnGuard.Always:
                    return true;
                case TxnGuard.ReversalBlocks:
                    return reversal != null && reversal.Attempts >= _svc.Settings.ReversalRetryCount;
                case TxnGuard.ReversalDue:
                    return reversal != null && _svc.Link.IsOnline;
                case TxnGuard.Offline:
                    return !_svc.Link.IsOnline;
                case TxnGuard.Room:
                    return _ctx.State == TxnState.PinEntry ? _pin.Room : _ctx.State == TxnState.RecordQuery ? _records.Room : _payment.Room;
                case TxnGuard.AmountOk:
                    return _payment.AmountOk;
                case TxnGuard.OriginalOk:
                    return _payment.LookupOriginal();
                case TxnGuard.IsVoid:
                    return _ctx.Flow == TxnFlow.Void;
                case TxnGuard.NeedPin:
                    return _ctx.Card != null && PinRule.For(_ctx.Card, _ctx.AmountFen, _ctx.Flow == TxnFlow.Balance, _svc.Settings) != PinRequirement.None;
                case TxnGuard.PinOk:
                    return _pin.PinOk;
                case TxnGuard.ReversalCanRetry:
                    return reversal != null && reversal.Attempts < _ctx.AttemptLimit;
                case TxnGuard.NeedSignIn:
                    return _signIn.NeedSignIn();
                case TxnGuard.Unbalanced:
                    return !_svc.Replies.Settlement.Balanced;
                case TxnGuard.UploadMore:
                    return _settlement.UploadMore;
                case TxnGuard.CanReEnterPin:
                    return _ctx.Action == ResponseAction.ReEnterPin && _ctx.Card != null && _ctx.Flow != TxnFlow.None;
                case TxnGuard.Key1:
                case TxnGuard.Key2:
                case TxnGuard.Key3:
                case TxnGuard.Key4:
                case TxnGuard.Key5:
                    return _ctx.LastDigit == (int)guard - (int)TxnGuard.Key1 + 1;
                case TxnGuard.ReversalRetryDue:
                    return _svc.IdleReversal.PauseOver && _svc.Link.State == LinkState.Online;
                case TxnGuard.Background:
                    return _svc.IdleReversal.InFlight;
                case TxnGuard.OfflineFallback:
                    return _ctx.Flow == TxnFlow.Purchase && _svc.Policy.Enabled;
                case TxnGuard.RefundPending:
                    return reversal != null && reversal.Reason == TxnLocalCodes.RefundConfirmation;
                case TxnGuard.ResumesLast:
                    return _svc.IdleReversal.InFlight && _ctx.Resume == TxnState.LastResult;
                case TxnGuard.Duplicate:
                    return _payment.FindDuplicate();
                case TxnGuard.OverLimit:
                    return _payment.OverLimit();
                case TxnGuard.Key6:
                    return _ctx.LastDigit == 6;
                case TxnGuard.Key7:
                    return _ctx.LastDigit == 7;
                case TxnGuard.SearchKey:
                    return _records.IsSearchKey;
                case TxnGuard.RecordsFound:
                    return _records.Found();
                case TxnGuard.OneRecord:
                    return _records.Count == 1;
                case TxnGuard.RecordRow:
                    return _records.IsRow;
                case TxnGuard.ManyRecords:
                    return _records.Count > 1;
            }

            return false;
        }
    }
}
