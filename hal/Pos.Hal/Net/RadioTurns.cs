namespace Pos.Hal.Net
{
    /// <summary>
    /// Takes turns on the one Wi-Fi radio. An RSSI scan hops off the access point's channel for 1.5–3 s; packets of an
    /// exchange sent meanwhile are delayed or lost and the exchange times out. So a scan starts only while no exchange
    /// is in flight, and an exchange that finds a scan on air waits for it (bounded by the scan's own timeout) before it
    /// connects. Thread-safe; the board's Wi-Fi link and host exchange share one instance.
    /// </summary>
    public sealed class RadioTurns
    {
        private readonly object _gate = new object();
        private int _exchanges;
        private bool _scanning;

        /// <summary>True while a scan holds the radio.</summary>
        public bool IsScanning
        {
            get
            {
                lock (_gate)
                {
                    return _scanning;
                }
            }
        }

        /// <summary>True while at least one exchange is in flight.</summary>
        public bool ExchangeInFlight
        {
            get
            {
                lock (_gate)
                {
                    return _exchanges > 0;
                }
            }
        }

        /// <summary>Takes the radio for a scan: false (and nothing taken) while an exchange or another scan holds it.</summary>
        public bool TryBeginScan()
        {
            lock (_gate)
            {
                if (_exchanges > 0 || _scanning)
                {
                    return false;
                }

                _scanning = true;
                return true;
            }
        }

        /// <summary>Gives the radio back after a scan (answered or timed out).</summary>
        public void EndScan()
        {
            lock (_gate)
            {
                _scanning = false;
            }
        }

        /// <summary>Registers an exchange. True when the radio is free now; false when a scan is on air (wait for it).</summary>
        public bool BeginExchange()
        {
            lock (_gate)
            {
                _exchanges++;
                return !_scanning;
            }
        }

        /// <summary>Ends an exchange registered with <see cref="BeginExchange"/>.</summary>
        public void EndExchange()
        {
            lock (_gate)
            {
                if (_exchanges > 0)
                {
                    _exchanges--;
                }
            }
        }
    }
}
