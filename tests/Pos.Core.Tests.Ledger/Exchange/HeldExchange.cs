using System.Collections;
using Pos.Hal;

namespace Pos.Core.Tests.Exchange
{
    /// <summary>
    /// An exchange seam that records every start (id and the timeouts it was given) and completes only when the test
    /// says so, so a test can hold one exchange in flight while time passes.
    /// </summary>
    public sealed class HeldExchange : IHostExchange
    {
        private readonly ArrayList _ids = new ArrayList();
        private readonly ArrayList _connect = new ArrayList();
        private readonly ArrayList _response = new ArrayList();
        private int _inFlight = -1;

        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

        /// <inheritdoc />
        public bool IsBusy => _inFlight >= 0;

        /// <summary>Exchanges started so far.</summary>
        public int Started => _ids.Count;

        /// <summary>The id of start number <paramref name="i"/>.</summary>
        public int IdAt(int i)
        {
            return (int)_ids[i];
        }

        /// <summary>The connect timeout start number <paramref name="i"/> was given.</summary>
        public int ConnectAt(int i)
        {
            return (int)_connect[i];
        }

        /// <summary>The response timeout start number <paramref name="i"/> was given.</summary>
        public int ResponseAt(int i)
        {
            return (int)_response[i];
        }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            _ids.Add(exchangeId);
            _connect.Add(connectTimeoutMs);
            _response.Add(responseTimeoutMs);
            _inFlight = exchangeId;
        }

        /// <summary>Completes the exchange in flight with a reply (true) or a connect failure (false).</summary>
        public void Complete(bool replied)
        {
            int id = _inFlight;
            _inFlight = -1;
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(id, replied ? new byte[] { 0, 0 } : null, replied ? ExchangeFailure.None : ExchangeFailure.ConnectFailed);
            }
        }
    }
}
