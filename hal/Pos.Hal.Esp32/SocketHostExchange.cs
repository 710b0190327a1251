using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Pos.Hal.Net;

namespace Pos.Hal.Esp32
{
    /// <summary>
    /// The device's <see cref="IHostExchange"/> over nanoFramework's synchronous <see cref="Socket"/>. One worker
    /// thread, started with the object, waits on an <see cref="AutoResetEvent"/>; <see cref="Start"/> copies the frame
    /// under a lock into a reused buffer and wakes it. Per exchange the worker resolves the host, connects, sends,
    /// reads the 2-byte length prefix and exactly that many bytes, closes the socket and raises
    /// <see cref="Completed"/> once, on the worker thread, after clearing <see cref="IsBusy"/>.
    /// <para>Connect timeout: nanoFramework's <c>Socket.Connect</c> waits for writability without a limit, but it waits
    /// cooperatively (other managed threads run). A one-shot <see cref="Timer"/> armed for the connect timeout closes
    /// the socket from another thread, which makes lwIP abort the pending connect; the worker then reports
    /// <see cref="ExchangeFailure.ConnectFailed"/>. The timer is tagged with its attempt through a
    /// <see cref="ConnectDeadline"/>: a callback that runs late never closes the next exchange's socket. Should a
    /// firmware build not abort the connect on close, the bound falls back to lwIP's own SYN retransmission limit; the
    /// outcome is still reported exactly once.</para>
    /// <para>Response timeout: counted from the end of sending on the ESP32 microsecond clock (monotonic); every
    /// read waits with <c>Poll(µs, SelectRead)</c> for the time left. A <see cref="ExchangeFailure.NotReady"/> for a
    /// start while busy (or without a host) is raised at once on the caller's thread: the worker is taken.</para>
    /// <para>TLS (optional, <see cref="ConfigureTls"/>): after the TCP connect an <see cref="SslStream"/> authenticates
    /// the host as TLS 1.2 with <see cref="SslVerification.CertificateRequired"/> against the given CA certificate, or
    /// against the root CA stored in the device's network configuration when none is given; the host name is the one
    /// the certificate must carry. Verification is never switched off. <c>AuthenticateAsClient</c> is one native call
    /// (mbedTLS loops inside it on a blocking socket) that stops every managed thread, the watchdog timer included,
    /// so the handshake is bounded natively: before it, the socket's <c>SO_RCVTIMEO</c> and <c>SO_SNDTIMEO</c> are set
    /// in lwIP (<see cref="SocketTimeoutOption"/>) to the connect time left, and a read or write that waits longer
    /// fails inside mbedTLS and ends the handshake. A failed handshake is <see cref="ExchangeFailure.ConnectFailed"/>
    /// and is written to <see cref="Log"/> with its likely causes. Reads then go through the stream with the socket's
    /// (managed) receive timeout set to the time left; after the handshake the socket is non-blocking again and those
    /// reads wait cooperatively.</para>
    /// <para>Radio: with <see cref="Radio"/> set, an exchange that finds an RSSI scan on air waits for it (at most
    /// <see cref="Esp32WifiLink.ScanTimeoutMs"/>) before it connects, and no scan starts while it is in flight.</para>
    /// </summary>
    public sealed class SocketHostExchange : IHostExchange
    {
        /// <summary>Default largest reply accepted (the length prefix's value).</summary>
        public const int DefaultMaxReplyLength = 2048;

        private const int InitialRequestCapacity = 512;
        private const int MaxPollMicroseconds = 2000000000;

        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Thread _worker;
        private readonly Timer _connectWatchdog;
        private readonly ConnectDeadline _deadline = new ConnectDeadline();
        private readonly HostNameCache _names;
        private readonly byte[] _prefix = new byte[FramePrefix.Size];

        private byte[] _request = new byte[InitialRequestCapacity];
        private int _requestLength;
        private int _exchangeId;
        private int _connectTimeoutMs;
        private int _responseTimeoutMs;
        private bool _busy;
        private bool _pending;
        private string _host;
        private int _port;
        private int _maxReplyLength;
        private bool _useTls;
        private X509Certificate _caCertificate;

        /// <summary>Creates the exchange and starts its worker thread; <paramref name="host"/> null = not configured.</summary>
        public SocketHostExchange(string host, int port, int maxReplyLength)
        {
            if (maxReplyLength < 1)
            {
                throw new ArgumentOutOfRangeException("maxReplyLength");
            }

            _host = host;
            _port = port;
            _maxReplyLength = maxReplyLength;
            _names = new HostNameCache(Esp32Dns.Lookup, new Esp32Clock());
            _connectWatchdog = new Timer(OnConnectWatchdog, null, Timeout.Infinite, Timeout.Infinite);
            _worker = new Thread(WorkerLoop);
            _worker.Start();
        }

        /// <inheritdoc />
        public event ExchangeCompletedHandler Completed;

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

        /// <summary>Where TLS handshake failures are written (optional).</summary>
        public ISerialLog Log { get; set; }

        /// <summary>Shared with the Wi-Fi link so that scans and exchanges take turns on the radio (optional).</summary>
        public RadioTurns Radio { get; set; }

        /// <summary>Turns TLS on or off from the next <see cref="Start"/> on.</summary>
        /// <param name="useTls">True: TLS 1.2 with the host's certificate verified.</param>
        /// <param name="caPem">The CA certificate that signed the host's certificate, as PEM text; null or empty: the
        /// root CA stored in the device's network configuration.</param>
        /// <exception cref="ArgumentException">The PEM text is not a certificate the device can parse.</exception>
        public void ConfigureTls(bool useTls, string caPem)
        {
            X509Certificate ca = null;
            if (useTls && caPem != null && caPem.Length > 0)
            {
                try
                {
                    ca = new X509Certificate(caPem);
                }
                catch (Exception)
                {
                    throw new ArgumentException("caPem is not a certificate");
                }
            }

            lock (_gate)
            {
                _useTls = useTls;
                _caCertificate = ca;
            }
        }

        /// <summary>Sets the host (name or dotted address) and port used from the next <see cref="Start"/> on.</summary>
        public void Configure(string host, int port)
        {
            lock (_gate)
            {
                _host = host;
                _port = port;
            }
        }

        /// <inheritdoc />
        public void Start(int exchangeId, byte[] frame, int offset, int count, int connectTimeoutMs, int responseTimeoutMs)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (offset < 0 || count < 0 || offset > frame.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            bool accepted;
            lock (_gate)
            {
                accepted = !_busy && _host != null && _host.Length > 0 && _port > 0 && _port <= 65535;
                if (accepted)
                {
                    if (_request.Length < count)
                    {
                        _request = new byte[count];
                    }

                    Array.Copy(frame, offset, _request, 0, count);
                    _requestLength = count;
                    _exchangeId = exchangeId;
                    _connectTimeoutMs = connectTimeoutMs < 1 ? 1 : connectTimeoutMs;
                    _responseTimeoutMs = responseTimeoutMs < 1 ? 1 : responseTimeoutMs;
                    _busy = true;
                    _pending = true;
                }
            }

            if (!accepted)
            {
                Raise(exchangeId, null, ExchangeFailure.NotReady);
                return;
            }

            _wake.Set();
        }

        private void WorkerLoop()
        {
            while (true)
            {
                _wake.WaitOne();
                int id;
                string host;
                int port;
                bool useTls;
                X509Certificate ca;
                lock (_gate)
                {
                    if (!_pending)
                    {
                        continue;
                    }

                    _pending = false;
                    id = _exchangeId;
                    host = _host;
                    port = _port;
                    useTls = _useTls;
                    ca = _caCertificate;
                }

                byte[] reply = null;
                ExchangeFailure failure;
                RadioTurns radio = Radio;
                try
                {
                    if (radio != null && !radio.BeginExchange())
                    {
                        WaitForScan(radio);
                    }

                    failure = Exchange(id, host, port, useTls, ca, out reply);
                }
                catch (Exception)
                {
                    // Whatever broke, the caller still gets its one Completed.
                    failure = ExchangeFailure.ClosedMidReply;
                    reply = null;
                }
                finally
                {
                    if (radio != null)
                    {
                        radio.EndExchange();
                    }
                }

                lock (_gate)
                {
                    _busy = false;
                }

                Raise(id, failure == ExchangeFailure.None ? reply : null, failure);
            }
        }

        // A scan hops off channel for up to its timeout; the exchange's own timeouts start after it.
        private static void WaitForScan(RadioTurns radio)
        {
            long until = NowMicroseconds() + ((long)Esp32WifiLink.ScanTimeoutMs * 1000);
            while (radio.IsScanning && NowMicroseconds() < until)
            {
                Thread.Sleep(50);
            }
        }

        private ExchangeFailure Exchange(int id, string host, int port, bool useTls, X509Certificate ca, out byte[] reply)
        {
            reply = null;
            Socket socket = null;
            SslStream tls = null;
            try
            {
                IPEndPoint endPoint;
                try
                {
                    endPoint = new IPEndPoint(Resolve(host), port);
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                }
                catch (Exception)
                {
                    return ExchangeFailure.ConnectFailed;
                }

                if (!Connect(id, socket, endPoint, useTls ? host : null, ca, out tls))
                {
                    return ExchangeFailure.ConnectFailed;
                }

                try
                {
                    socket.SendTimeout = _responseTimeoutMs;
                    if (tls != null)
                    {
                        tls.Write(_request, 0, _requestLength);
                    }
                    else
                    {
                        int sent = 0;
                        while (sent < _requestLength)
                        {
                            sent += socket.Send(_request, sent, _requestLength - sent, SocketFlags.None);
                        }
                    }
                }
                catch (Exception)
                {
                    return ExchangeFailure.SendFailed;
                }

                long deadline = NowMicroseconds() + ((long)_responseTimeoutMs * 1000);
                ExchangeFailure failure = Receive(socket, tls, _prefix, 0, FramePrefix.Size, deadline);
                if (failure != ExchangeFailure.None)
                {
                    return failure;
                }

                byte[] frame = FramePrefix.NewFrame(_prefix, 0, _maxReplyLength);
                if (frame == null)
                {
                    return ExchangeFailure.ReplyTooLarge;
                }

                failure = Receive(socket, tls, frame, FramePrefix.Size, frame.Length - FramePrefix.Size, deadline);
                if (failure != ExchangeFailure.None)
                {
                    return failure;
                }

                reply = frame;
                return ExchangeFailure.None;
            }
            finally
            {
                try
                {
                    if (tls != null)
                    {
                        tls.Dispose(); // closes the socket too
                    }
                    else if (socket != null)
                    {
                        socket.Close();
                    }
                }
                catch (Exception)
                {
                    // Already closed by the watchdog.
                }
            }
        }

        // Connect (and TLS handshake when tlsHost is set), bounded by the watchdog that closes the socket when the
        // connect timeout passes, and for the handshake by the native socket timeouts.
        private bool Connect(int id, Socket socket, IPEndPoint endPoint, string tlsHost, X509Certificate ca, out SslStream tls)
        {
            tls = null;
            _deadline.Arm(socket, id, NowMicroseconds(), _connectTimeoutMs);
            _connectWatchdog.Change(_connectTimeoutMs, Timeout.Infinite);
            bool connected;
            try
            {
                socket.Connect(endPoint);
                connected = true;
            }
            catch (Exception)
            {
                connected = false;
            }

            if (connected && tlsHost != null)
            {
                connected = Handshake(socket, tlsHost, ca, _deadline.MsLeft(NowMicroseconds()), out tls);
            }

            _connectWatchdog.Change(Timeout.Infinite, Timeout.Infinite);
            if (_deadline.Disarm())
            {
                connected = false;
            }

            return connected;
        }

        private bool Handshake(Socket socket, string tlsHost, X509Certificate ca, int msLeft, out SslStream tls)
        {
            tls = null;
            try
            {
                SetNativeTimeouts(socket, msLeft);
                socket.ReceiveTimeout = msLeft;
                socket.SendTimeout = msLeft;
                tls = new SslStream(socket);
                tls.SslVerification = SslVerification.CertificateRequired;
                tls.AuthenticateAsClient(tlsHost, null, ca, SslProtocols.Tls12);
                return true;
            }
            catch (Exception)
            {
                ISerialLog log = Log;
                if (log != null)
                {
                    log.WriteLine("exchange: TLS handshake with " + tlsHost + " failed (certificate not signed by the CA, "
                        + "name mismatch, clock outside the certificate's validity, no TLS on that port, or no answer "
                        + "within " + SocketTimeoutOption.WholeSeconds(msLeft).ToString() + " s)");
                }

                return false;
            }
        }

        // The handshake runs as one native call with every managed thread stopped: only lwIP's own timeouts bound it.
        // A firmware built with LWIP_SO_SNDRCVTIMEO_NONSTANDARD refuses the timeval; it takes milliseconds as an int.
        private static void SetNativeTimeouts(Socket socket, int ms)
        {
            byte[] timeval = SocketTimeoutOption.Timeval(ms);
            try
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReceiveTimeout, timeval);
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.SendTimeout, timeval);
            }
            catch (SocketException)
            {
                int whole = SocketTimeoutOption.WholeSeconds(ms) * 1000;
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReceiveTimeout, whole);
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.SendTimeout, whole);
            }
        }

        private void OnConnectWatchdog(object state)
        {
            long now = NowMicroseconds();
            Socket socket = _deadline.TakeExpired(now) as Socket;
            if (socket == null)
            {
                // Nothing armed, a late callback of an attempt that already ended, or the timer ran ahead of the
                // microsecond clock: wait again for what is left of the armed attempt, if any.
                int left = _deadline.MsLeft(now);
                if (left > 0)
                {
                    _connectWatchdog.Change(left, Timeout.Infinite);
                }

                return;
            }

            try
            {
                socket.Close();
            }
            catch (Exception)
            {
                // The connect finished or failed meanwhile.
            }
        }

        // Reads exactly count bytes before the deadline: Timeout when it passes, ClosedMidReply when the host closes.
        private static ExchangeFailure Receive(Socket socket, SslStream tls, byte[] buffer, int offset, int count, long deadline)
        {
            if (tls != null)
            {
                return ReceiveTls(socket, tls, buffer, offset, count, deadline);
            }

            int done = 0;
            while (done < count)
            {
                long left = deadline - NowMicroseconds();
                if (left <= 0)
                {
                    return ExchangeFailure.Timeout;
                }

                int wait = left > MaxPollMicroseconds ? MaxPollMicroseconds : (int)left;
                bool readable;
                try
                {
                    readable = socket.Poll(wait, SelectMode.SelectRead);
                }
                catch (Exception)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                if (!readable)
                {
                    // Poll may return early; the deadline decides.
                    continue;
                }

                int n;
                try
                {
                    n = socket.Receive(buffer, offset + done, count - done, SocketFlags.None);
                }
                catch (Exception)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                if (n <= 0)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                done += n;
            }

            return ExchangeFailure.None;
        }

        // Through the TLS stream: Poll on the socket cannot see records already decrypted, so each read blocks with the
        // socket's receive timeout set to the time left.
        private static ExchangeFailure ReceiveTls(Socket socket, SslStream tls, byte[] buffer, int offset, int count, long deadline)
        {
            int done = 0;
            while (done < count)
            {
                long left = deadline - NowMicroseconds();
                if (left <= 0)
                {
                    return ExchangeFailure.Timeout;
                }

                int n;
                try
                {
                    socket.ReceiveTimeout = (int)(left / 1000) + 1;
                    n = tls.Read(buffer, offset + done, count - done);
                }
                catch (Exception)
                {
                    return deadline - NowMicroseconds() <= 0 ? ExchangeFailure.Timeout : ExchangeFailure.ClosedMidReply;
                }

                if (n <= 0)
                {
                    return ExchangeFailure.ClosedMidReply;
                }

                done += n;
            }

            return ExchangeFailure.None;
        }

        // Through the cache: DNS freezes every managed thread while it waits, so the host's name is looked up once an
        // hour at most, and not again before its backoff after a failure (the exchange then fails as "connect failed").
        private IPAddress Resolve(string host)
        {
            string address = _names.Address(host);
            if (address == null)
            {
                throw new SocketException(SocketError.HostNotFound);
            }

            return IPAddress.Parse(address);
        }

        private static long NowMicroseconds()
        {
            return (long)HighResTimer.GetCurrent();
        }

        private void Raise(int exchangeId, byte[] reply, ExchangeFailure failure)
        {
            ExchangeCompletedHandler handler = Completed;
            if (handler != null)
            {
                handler(exchangeId, reply, failure);
            }
        }
    }
}
