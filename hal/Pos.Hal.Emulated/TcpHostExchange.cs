using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pos.Hal.Net;

namespace Pos.Hal.Emulated
{
    /// <summary>
    /// The PC's <see cref="IHostExchange"/>: each <see cref="Start"/> runs on its own thread, which connects to the
    /// configured host (bounded by the connect timeout), sends the frame, reads the 2-byte length prefix and exactly that
    /// many bytes (bounded by the response timeout, counted from the end of sending), closes the connection and raises
    /// <see cref="Completed"/> exactly once. <see cref="IsBusy"/> is cleared before <see cref="Completed"/> is raised,
    /// so a handler may start the next exchange.
    /// <para>TLS (optional, <see cref="ConfigureTls"/>), as the device's <c>SocketHostExchange</c>: after the TCP
    /// connect an <see cref="SslStream"/> authenticates the host with TLS 1.2 only. The host's certificate must chain
    /// to the configured CA (a custom root trust store: the system's roots are not consulted) or, without one, to the
    /// system trust store, and it must carry the host name (or address) the exchange connects to. Verification is never
    /// switched off. Connect and handshake share the connect timeout; a failed handshake is
    /// <see cref="ExchangeFailure.ConnectFailed"/> and one line goes to <see cref="Log"/>.</para>
    /// </summary>
    public sealed class TcpHostExchange : IHostExchange
    {
        /// <summary>Default largest reply accepted (length prefix value).</summary>
        public const int DefaultMaxReplyLength = 4096;

        private readonly object _gate = new();
        private bool _busy;
        private bool _useTls;
        private X509Certificate2? _ca;

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

        /// <summary>Where TLS handshake failures are written (optional).</summary>
        public ISerialLog? Log { get; set; }

        /// <summary>True when the next <see cref="Start"/> uses TLS.</summary>
        public bool UsesTls
        {
            get
            {
                lock (_gate)
                {
                    return _useTls;
                }
            }
        }

        /// <summary>Turns TLS on or off from the next <see cref="Start"/> on.</summary>
        /// <param name="useTls">True: TLS 1.2 with the host's certificate verified.</param>
        /// <param name="caPem">The CA certificate that signed the host's certificate, as PEM text; null or empty: the
        /// system trust store.</param>
        /// <exception cref="ArgumentException">The PEM text is not a certificate.</exception>
        public void ConfigureTls(bool useTls, string? caPem)
        {
            X509Certificate2? ca = null;
            if (useTls && !string.IsNullOrEmpty(caPem))
            {
                try
                {
                    ca = X509Certificate2.CreateFromPem(caPem);
                }
                catch (CryptographicException e)
                {
                    throw new ArgumentException("caPem is not a certificate", nameof(caPem), e);
                }
            }

            lock (_gate)
            {
                _useTls = useTls;
                _ca = ca;
            }
        }

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
            bool useTls;
            X509Certificate2? ca;
            lock (_gate)
            {
                useTls = _useTls;
                ca = _ca;
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
            var worker = new Thread(() => Run(exchangeId, request, host!, port, useTls, ca, connectTimeoutMs, responseTimeoutMs))
            {
                IsBackground = true,
                Name = "host exchange " + exchangeId,
            };
            worker.Start();
        }

        private void Run(int exchangeId, byte[] request, string host, int port, bool useTls, X509Certificate2? ca, int connectTimeoutMs, int responseTimeoutMs)
        {
            byte[]? reply = null;
            ExchangeFailure failure;
            try
            {
                failure = Exchange(request, host, port, useTls, ca, connectTimeoutMs, responseTimeoutMs, out reply);
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

        private ExchangeFailure Exchange(byte[] request, string host, int port, bool useTls, X509Certificate2? ca, int connectTimeoutMs, int responseTimeoutMs, out byte[]? reply)
        {
            reply = null;
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            // Connect and TLS handshake share the connect timeout, as on the device.
            using var connectTimeout = new CancellationTokenSource(Math.Max(1, connectTimeoutMs));
            try
            {
                EndPoint endPoint = IPAddress.TryParse(host, out IPAddress? address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port);
                socket.ConnectAsync(endPoint, connectTimeout.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                return ExchangeFailure.ConnectFailed;
            }

            // One stream for both: the TLS stream, or the plain socket's.
            Stream? stream = useTls ? Handshake(socket, host, ca, connectTimeout.Token) : new NetworkStream(socket, ownsSocket: false);
            if (stream == null)
            {
                return ExchangeFailure.ConnectFailed;
            }

            try
            {
                try
                {
                    stream.Write(request);
                    stream.Flush();
                }
                catch (Exception e) when (e is SocketException or IOException)
                {
                    return ExchangeFailure.SendFailed;
                }

                long deadline = Environment.TickCount64 + Math.Max(1, responseTimeoutMs);
                byte[] prefix = new byte[FramePrefix.Size];
                ExchangeFailure failure = Receive(stream, prefix, 0, FramePrefix.Size, deadline);
                if (failure != ExchangeFailure.None)
                {
                    return failure;
                }

                byte[]? frame = FramePrefix.NewFrame(prefix, 0, MaxReplyLength);
                if (frame == null)
                {
                    return ExchangeFailure.ReplyTooLarge;
                }

                failure = Receive(stream, frame, FramePrefix.Size, frame.Length - FramePrefix.Size, deadline);
                if (failure != ExchangeFailure.None)
                {
                    return failure;
                }

                reply = frame;
                return ExchangeFailure.None;
            }
            finally
            {
                stream.Dispose();
            }
        }

        // The TLS 1.2 client handshake, bounded by the connect timeout's token; null (and one log line) when it fails.
        private SslStream? Handshake(Socket socket, string host, X509Certificate2? ca, CancellationToken connectTimeout)
        {
            string? rejected = null;
            var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false);
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = SslProtocols.Tls12,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, certificate, presented, errors) =>
                {
                    rejected = CertificateProblem(certificate, presented, errors, ca);
                    return rejected == null;
                },
            };
            try
            {
                tls.AuthenticateAsClientAsync(options, connectTimeout).GetAwaiter().GetResult();
                return tls;
            }
            catch (Exception e)
            {
                // Whatever the cause (rejected certificate, no TLS on the port, timeout, reset), it is ConnectFailed.
                tls.Dispose();
                string why = rejected
                    ?? (connectTimeout.IsCancellationRequested ? "no handshake within the connect timeout" : "no TLS 1.2 on that port: " + e.GetType().Name);
                Log?.WriteLine("exchange: TLS handshake with " + host + " failed (" + why + ")");
                return null;
            }
        }

        // Null when the host's certificate is acceptable, else why not. With a CA, the chain must build to that CA alone
        // (custom root trust: the system's roots are ignored); without one, the system trust store decides. The name
        // (or address) must match in both cases.
        private static string? CertificateProblem(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors, X509Certificate2? ca)
        {
            if (certificate == null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                return "no certificate";
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                return "certificate name mismatch";
            }

            if (ca == null)
            {
                return errors == SslPolicyErrors.None ? null : "certificate not trusted by the system store";
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (presented != null)
            {
                // Intermediates the host sent may help build the chain; they are never trusted as roots.
                foreach (X509ChainElement element in presented.ChainElements)
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            X509Certificate2 leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(leaf) ? null : "certificate not signed by the configured CA, or outside its validity";
        }

        // Reads exactly count bytes before the deadline: Timeout when it passes, ClosedMidReply when the host closes.
        // Each read is cancelled at the deadline (a socket poll could not see TLS records already decrypted).
        private static ExchangeFailure Receive(Stream stream, byte[] buffer, int offset, int count, long deadline)
        {
            int done = 0;
            while (done < count)
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return ExchangeFailure.Timeout;
                }

                int n;
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(left));
                try
                {
                    n = stream.ReadAsync(buffer.AsMemory(offset + done, count - done), wait.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    return ExchangeFailure.Timeout;
                }
                catch (Exception e) when (e is IOException or SocketException)
                {
                    return deadline - Environment.TickCount64 <= 0 ? ExchangeFailure.Timeout : ExchangeFailure.ClosedMidReply;
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
