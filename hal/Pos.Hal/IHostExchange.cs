namespace Pos.Hal
{
    /// <summary>
    /// The host exchange seam: one request, one reply, over a connection to the acquirer host. <see cref="Start"/>
    /// returns at once; the blocking socket work happens elsewhere (a worker thread on the device, a TCP client on the
    /// PC) and the outcome arrives through <see cref="Completed"/>, exactly once per started exchange. Framing is the
    /// CUPS one: a 2-byte big-endian length before each message; the seam reads exactly one framed reply.
    /// </summary>
    public interface IHostExchange
    {
        /// <summary>Raised once per started exchange, on any thread.</summary>
        event ExchangeCompletedHandler Completed;

        /// <summary>True while an exchange is in progress; only one at a time.</summary>
        bool IsBusy { get; }

        /// <summary>Connects, sends the request frame and waits for one reply frame.</summary>
        /// <param name="exchangeId">Echoed in <see cref="Completed"/> so stale outcomes can be told apart.</param>
        /// <param name="frame">The request including its 2-byte length prefix; copied before this returns.</param>
        /// <param name="offset">Where the frame starts.</param>
        /// <param name="count">Frame length in bytes.</param>
        /// <param name="connectTimeoutMs">Connect timeout.</param>
        /// <param name="responseTimeoutMs">Time allowed from the end of sending to the end of the reply.</param>
        void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs);
    }
}
