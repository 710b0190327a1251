using System.Net;
using System.Net.Sockets;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// The PC's <see cref="IHostExchange"/>: each <see cref="Start"/> runs on its own thread, which connects to the
    /// configured host (bounded by the connect timeout), sends the frame, reads the 2-byte length prefix and exactly that
    /// many bytes (bounded by the response timeout, counted from the end of sending), closes the connection and raises
    /// <see cref="Completed"/> exactly once. <see cref="IsBusy"/> is cleared before <see cref="Completed"/> is raised,
    /// so a handler may start the next exchange.
    /// </summary>
    public sealed class TcpHostExchange : IHostExchange
    {
        /// <summary>Default largest reply accepted (length prefix value).</summary>
        public const int DefaultMaxReplyLength = 4096;

        private readonly object _gate = new();
        private bool _busy;

        /// <summary>Creates an exchange to <paramref name="host"/>:<paramref name="port"/> (null host = not configured: every start fails NotReady).</summary>
        public TcpHostExchange(string? host, int port, int maxReplyLength = DefaultMaxReplyLength)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxReplyLength, 1);
            Host = host;
            Port = port;
            MaxReplyLength = maxReplyLength;
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler? Completed;

        /// <summary>Host name or address; takes effect at the next <see cref="Start"/>.</summary>
        public string? Host { get; set; }

        /// <summary>TCP port; takes effect at the next <see cref="Start"/>.</summary>
        public int Port { get; set; }

        /// <summary>Largest reply body (the length prefix's value) accepted; more is <see cref="ExchangeFailure.ReplyTooLarge"/>.</summary>
        public int MaxReplyLength { get; set; }

        /// <inheritdoc />
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _busy;
                }
            }
        }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            ArgumentNullException.ThrowIfNull(frame);
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, frame.Length - count);
            string? host = Host;
            int port = Port;
            bool accepted;
            lock (_gate)
            {
                accepted = !_busy && !string.IsNullOrEmpty(host) && port > 0 && port <= 65535;
                if (accepted)
                {
                    _busy = true;
                }
            }

            if (!accepted)
            {
                // Not on the caller's stack: a handler that starts again must not recurse.
                ThreadPool.QueueUserWorkItem(_ => Completed?.Invoke(exchangeId, null, ExchangeFailure.NotReady));
                return;
            }

            byte[] request = frame.AsSpan(offset, count).ToArray();
            var worker = new Thread(() => Run(exchangeId, request, host!, port, connectTimeoutMs, responseTimeoutMs))
            {
                IsBackground = true,
                Name = "host exchange " + exchangeId,
            };
            worker.Start();
        }

        private void Run(int exchangeId, byte[] request, string host, int port, int connectTimeoutMs, int responseTimeoutMs)
        {
            byte[]? reply = null;
            ExchangeFailure failure;
            try
            {
                failure = Exchange(request, host, port, connectTimeoutMs, responseTimeoutMs, out reply);
            }
            catch (Exception)
            {
                // Whatever broke (name resolution, a reset, a disposed socket), the caller still gets its one Completed.
                failure = ExchangeFailure.ClosedMidReply;
            }

            lock (_gate)
            {
                _busy = false;
            }

            Completed?.Invoke(exchangeId, failure == ExchangeFailure.None ? reply : null, failure);
        }

        private ExchangeFailure Exchange(byte[] request, string host, int port, int connectTimeoutMs, int responseTimeoutMs, out byte[]? reply)
        {
            reply = null;
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using var connectTimeout = new CancellationTokenSource(Math.Max(1, connectTimeoutMs));
                EndPoint endPoint = IPAddress.TryParse(host, out IPAddress? address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port);
                socket.ConnectAsync(endPoint, connectTimeout.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                return ExchangeFailure.ConnectFailed;
            }

            try
            {
                int sent = 0;
                while (sent < request.Length)
                {
                    sent += socket.Send(request, sent, request.Length - sent, SocketFlags.None);
                }
            }
            catch (SocketException)
            {
                return ExchangeFailure.SendFailed;
            }

            long deadline = Environment.TickCount64 + Math.Max(1, responseTimeoutMs);
            byte[] prefix = new byte[2];
            ExchangeFailure failure = Receive(socket, prefix, 0, 2, deadline);
            if (failure != ExchangeFailure.None)
            {
                return failure;
            }

            int length = (prefix[0] << 8) | prefix[1];
            if (length > MaxReplyLength)
            {
                return ExchangeFailure.ReplyTooLarge;
            }

            byte[] frame = new byte[2 + length];
            frame[0] = prefix[0];
            frame[1] = prefix[1];
            failure = Receive(socket, frame, 2, length, deadline);
            if (failure != ExchangeFailure.None)
            {
                return failure;
            }

            reply = frame;
            return ExchangeFailure.None;
        }

        // Reads exactly count bytes before the deadline: Timeout when it passes, ClosedMidReply when the host closes.
        private static ExchangeFailure Receive(Socket socket, byte[] buffer, int offset, int count, long deadline)
        {
            int done = 0;
            while (done < count)
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0 || !socket.Poll(TimeSpan.FromMilliseconds(left), SelectMode.SelectRead))
                {
                    return ExchangeFailure.Timeout;
                }

                int n;
                try
                {
                    n = socket.Receive(buffer, offset + done, count - done, SocketFlags.None);
                }
                catch (SocketException)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                if (n == 0)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                done += n;
            }

            return ExchangeFailure.None;
        }
    }
}
