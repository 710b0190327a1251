using Pos.Core.Events;
using Pos.Core.Exchange;
using Pos.Hal;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Decodes the application's events into the machine's triggers: keys, the card read, the transaction timers
    /// (state timeout, exchange watchdog, connect deadline, idle reversal retry; stale expiries dropped), the
    /// exchange's outcome (through the sender that owns it), the forwarder's drain before settlement, and the link.
    /// An event that means nothing now yields no trigger.
    /// </summary>
    internal sealed class TxnEvents
    {
        // The non-digit keys in the order of TransactionTable.Keys after Digit.
        private static readonly Key[] KeyOrder = new Key[] { Key.Clear, Key.Enter, Key.Cancel, Key.Func, Key.Up, Key.Down };

        private readonly TxnServices _svc;
        private readonly TxnContext _ctx;
        private readonly RequestSender _sender;
        private readonly PaymentEntryFlow _payment;
        private readonly SettlementFlow _settlement;

        public TxnEvents(TxnServices services, TxnContext context, RequestSender sender, PaymentEntryFlow payment, SettlementFlow settlement)
        {
            _svc = services;
            _ctx = context;
            _sender = sender;
            _payment = payment;
            _settlement = settlement;
        }

        /// <summary>The trigger an event means now; false when it means none.</summary>
        public bool TryDecode(Event e, out TxnTrigger trigger)
        {
            trigger = TxnTrigger.Check;
            switch (e.Signal)
            {
                case Signal.KeyPressed:
                    return TryKey((Key)e.Param, out trigger);
                case Signal.CardRead:
                    if (_ctx.State != TxnState.PresentCard)
                    {
                        return false;
                    }

                    trigger = _payment.TakeCardRead(e);
                    return true;
                case Signal.TimerExpired:
                    return TryTimer(e, out trigger);
                case Signal.ExchangeReplied:
                case Signal.ExchangeFailed:
                    return _sender.TryTake(e.Data as ExchangeOutcome, out trigger);
                case Signal.ForwardingDone:
                case Signal.ForwardingStopped:
                    return _settlement.TryTakeDrainEnd(e.Signal == Signal.ForwardingDone, out trigger);
                case Signal.OfflineQueueChanged:
                    trigger = TxnTrigger.QueueChanged;
                    return _ctx.State == TxnState.Idle; // only the idle screen shows the count
                case Signal.WentOnline:
                    // A new chance for the pending reversal: at once (the table's row), and its backoff starts over.
                    _svc.IdleReversal.Reset();
                    trigger = TxnTrigger.WentOnline;
                    return true;
                case Signal.WentOffline:
                    // The monitor gave up on the host while the sale's request still waits for the exchange in flight:
                    // take it back now (nothing was sent) and let the outcome follow.
                    trigger = _ctx.State == TxnState.Authorising && _sender.InFlight && _sender.TakeBack() ? TxnTrigger.NotSent : TxnTrigger.WentOffline;
                    return true;
            }

            return false;
        }

        private bool TryKey(Key key, out TxnTrigger trigger)
        {
            trigger = TxnTrigger.Digit;
            if (key >= Key.Digit0 && key <= Key.Digit9)
            {
                _ctx.LastDigit = (int)key - (int)Key.Digit0;
                return true;
            }

            for (int i = 0; i < KeyOrder.Length; i++)
            {
                if (KeyOrder[i] == key)
                {
                    trigger = TransactionTable.Keys[i + 1];
                    return true;
                }
            }

            return false;
        }

        private bool TryTimer(Event e, out TxnTrigger trigger)
        {
            trigger = TxnTrigger.Timeout;
            if (!_svc.Timers.IsCurrent(e))
            {
                return false; // a stale expiry: the timer was re-armed or disarmed after it was posted
            }

            switch (e.Param)
            {
                case TransactionTimerIds.StateTimeout:
                    return true;
                case TransactionTimerIds.ExchangeWatchdog:
                    if (_ctx.AwaitingDrain)
                    {
                        trigger = _settlement.DrainTimedOut();
                        return true;
                    }

                    if (!_sender.InFlight)
                    {
                        return false;
                    }

                    trigger = _sender.WatchdogExpired();
                    return true;
                case TransactionTimerIds.ConnectDeadline:
                    // The connect budget is spent and the request still waits for the exchange in flight: take it back.
                    trigger = TxnTrigger.NotSent;
                    return _sender.InFlight && _sender.TakeBack();
                case TransactionTimerIds.ReversalRetry:
                    trigger = TxnTrigger.Check;
                    return _ctx.State == TxnState.Idle || _ctx.State == TxnState.LastResult;
            }

            return false;
        }
    }
}
