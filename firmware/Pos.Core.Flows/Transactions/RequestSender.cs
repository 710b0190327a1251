using Pos.Core.Exchange;
using Pos.Core.Storage;

using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Sends the machine's framed request and owns its exchange: the handle the channel gave it, the exchange watchdog
    /// and the connect deadline. Every outcome that reaches it comes back as the trigger the table expects (Approved,
    /// Declined, MacFailed, BadReply, NoReply, NotSent), with the code in the context; an outcome for another handle is
    /// stale and dropped.
    /// </summary>
    internal sealed class RequestSender
    {
        private readonly TxnServices _svc;
        private readonly TxnContext _ctx;
        private readonly SignInFlow _signIn;
        private int _exchangeId = -1;

        public RequestSender(TxnServices services, TxnContext context, SignInFlow signIn)
        {
            _svc = services;
            _ctx = context;
            _signIn = signIn;
        }

        /// <summary>True while a request of the machine is out (or waits for the shared seam).</summary>
        public bool InFlight => _exchangeId >= 0;

        /// <summary>Hands the framer's frame to the channel and arms the watchdog and the connect deadline.</summary>
        public void Send(int length)
        {
            TransactionSettings s = _svc.Settings;
            _exchangeId = _svc.Channel.Send(_svc.Owner, _svc.Framer.Frame, length, s.ConnectTimeoutMs, s.ResponseTimeoutMs);
            _svc.Timers.Arm(_svc.Owner, TransactionTimerIds.ExchangeWatchdog, (long)s.ConnectTimeoutMs + s.ResponseTimeoutMs + s.WatchdogMarginMs);
            _svc.Timers.Arm(_svc.Owner, TransactionTimerIds.ConnectDeadline, s.ConnectTimeoutMs);
        }

        /// <summary>Takes the channel's outcome when it answers the request out; false for a stale or foreign one.</summary>
        public bool TryTake(ExchangeOutcome outcome, out TxnTrigger trigger)
        {
            trigger = TxnTrigger.NoReply;
            if (outcome == null || _exchangeId < 0 || outcome.ExchangeId != _exchangeId)
            {
                return false; // stale: a late outcome after the watchdog, or not ours
            }

            Finish();
            if (outcome.Failure != ExchangeFailure.None)
            {
                bool nothingSent = outcome.Failure == ExchangeFailure.ConnectFailed || outcome.Failure == ExchangeFailure.NotReady;
                _ctx.Code = nothingSent ? TxnLocalCodes.CodeNoConnection : TxnLocalCodes.CodeTimeout;
                trigger = nothingSent ? TxnTrigger.NotSent : TxnTrigger.NoReply;
                return true;
            }

            trigger = Decode(outcome.Reply);
            return true;
        }

        /// <summary>
        /// The exchange watchdog fired: a request still waiting for the shared seam never left (NotSent), one that left
        /// got no answer in time (NoReply).
        /// </summary>
        public TxnTrigger WatchdogExpired()
        {
            bool unsent = _svc.Channel.CancelWaiting(_exchangeId);
            _exchangeId = -1;
            _svc.Timers.Disarm(TransactionTimerIds.ConnectDeadline);
            _ctx.Code = unsent ? TxnLocalCodes.CodeNoConnection : TxnLocalCodes.CodeTimeout;
            return unsent ? TxnTrigger.NotSent : TxnTrigger.NoReply;
        }

        /// <summary>
        /// Takes the request back if it still waits for the shared seam (never sent): true, and the context's code says
        /// no connection. Once started, the seam's own connect timeout ends the exchange in time.
        /// </summary>
        public bool TakeBack()
        {
            if (!_svc.Channel.CancelWaiting(_exchangeId))
            {
                return false;
            }

            Finish();
            _ctx.Code = TxnLocalCodes.CodeNoConnection;
            return true;
        }

        /// <summary>Forgets the exchange (recovery): a request still waiting is withdrawn, one already out is answered late and dropped.</summary>
        public void Abandon()
        {
            int exchange = _exchangeId;
            _exchangeId = -1;
            if (exchange >= 0)
            {
                _svc.Channel.CancelWaiting(exchange);
            }
        }

        private void Finish()
        {
            _exchangeId = -1;
            _svc.Timers.Disarm(TransactionTimerIds.ExchangeWatchdog);
            _svc.Timers.Disarm(TransactionTimerIds.ConnectDeadline);
        }

        private TxnTrigger Decode(byte[] frame)
        {
            PendingReversal r = _svc.Reversal;
            bool repeatedRefund = _ctx.State == TxnState.Reversing && r != null && r.Reason == TxnLocalCodes.RefundConfirmation;
            TxnTrigger trigger = _svc.Replies.Decode(frame, _svc.Framer.Request, _ctx.State, repeatedRefund ? _ctx.Request.AmountFen : -1);
            _ctx.Code = _svc.Replies.Code;
            if (_svc.Replies.RequiresSignIn)
            {
                _signIn.Require();
            }

            return trigger;
        }
    }
}
