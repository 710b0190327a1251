namespace Pos.Hal.Net
{
    /// <summary>
    /// The connect watchdog's memory: which attempt it guards and when that attempt's time is up. A one-shot timer
    /// callback can run late, after its connect finished and the next exchange armed a new attempt; it must not close
    /// the new socket. The callback asks <see cref="TakeExpired"/>, which answers only for the armed attempt and only
    /// once its own deadline has passed. Thread-safe: the worker arms and disarms, the timer thread asks.
    /// </summary>
    public sealed class ConnectDeadline
    {
        private readonly object _gate = new object();
        private object _target;
        private int _exchangeId;
        private long _deadlineUs;
        private bool _expired;

        /// <summary>The exchange of the armed attempt (0 when none), for the serial log.</summary>
        public int ExchangeId
        {
            get
            {
                lock (_gate)
                {
                    return _target == null ? 0 : _exchangeId;
                }
            }
        }

        /// <summary>Guards a new attempt: <paramref name="target"/> (the socket) is handed out once the time is up.</summary>
        public void Arm(object target, int exchangeId, long nowUs, int timeoutMs)
        {
            lock (_gate)
            {
                _target = target;
                _exchangeId = exchangeId;
                _deadlineUs = nowUs + ((long)timeoutMs * 1000);
                _expired = false;
            }
        }

        /// <summary>Ends the attempt. True when its time ran out first (the watchdog took the socket).</summary>
        public bool Disarm()
        {
            lock (_gate)
            {
                bool expired = _expired;
                _target = null;
                _expired = false;
                return expired;
            }
        }

        /// <summary>
        /// For the watchdog callback: the armed attempt's target when its deadline has passed (and marks it expired);
        /// null when nothing is armed, the time is not up (a late callback of an earlier attempt), or it was taken.
        /// </summary>
        public object TakeExpired(long nowUs)
        {
            lock (_gate)
            {
                if (_target == null || _expired || nowUs < _deadlineUs)
                {
                    return null;
                }

                _expired = true;
                return _target;
            }
        }

        /// <summary>Milliseconds until the armed attempt's deadline (at least 1), or -1 when nothing is armed.</summary>
        public int MsLeft(long nowUs)
        {
            lock (_gate)
            {
                if (_target == null)
                {
                    return -1;
                }

                long left = (_deadlineUs - nowUs + 999) / 1000;
                return left < 1 ? 1 : (left > int.MaxValue ? int.MaxValue : (int)left);
            }
        }
    }
}
