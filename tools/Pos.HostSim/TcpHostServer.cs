using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Pos.Hal.Net;

namespace Pos.HostSim
{
    /// <summary>
    /// The simulator's terminal-facing TCP listener on loopback: per connection, framed requests (2-byte length) are
    /// read one after the other until the terminal closes, each handled by the <see cref="AcquirerHost"/> and answered
    /// with the transport faults of <see cref="FaultInjector"/> applied. One exchange per connection is the terminal's
    /// habit, several are tolerated. With a certificate the connection is TLS (1.2 or 1.3, as the client offers; the
    /// terminal offers 1.2 only) before the first frame; a failed handshake closes it, and nothing reaches the host.
    /// A connection that owes bytes (a request, the rest of one, a handshake) for <see cref="HostOptions.IdleTimeout"/>
    /// is closed and logged; so is one whose length prefix is over <see cref="MaxRequestLength"/>.
    /// </summary>
    public sealed class TcpHostServer : LoopbackServer
    {
        /// <summary>Largest request body accepted; a longer length prefix closes the connection.</summary>
        public const int MaxRequestLength = 8192;

        private readonly AcquirerHost _host;
        private readonly FaultInjector _faults;
        private readonly SslStreamCertificateContext? _tls;
        private readonly TimeSpan _idleTimeout;
        private readonly Action<string>? _log;

        /// <summary>
        /// Creates a server on <see cref="HostOptions.ListenAddress"/> port <paramref name="port"/> (0 = any free port);
        /// <see cref="LoopbackServer.Start"/> binds it. <see cref="HostOptions.TlsCertificate"/> (with its private key)
        /// makes it a TLS server; null = plain TCP. <see cref="HostOptions.IdleTimeout"/> and <see cref="HostOptions.Log"/>
        /// apply to its connections.
        /// </summary>
        public TcpHostServer(AcquirerHost host, FaultInjector faults, int port, HostOptions? options = null)
            : base(port, (options ??= new HostOptions()).ListenAddress)
        {
            _host = host;
            _faults = faults;
            X509Certificate2? certificate = options.TlsCertificate;
            // Offline: the chain is what the certificate carries; nothing is fetched.
            _tls = certificate == null ? null : SslStreamCertificateContext.Create(certificate, null, offline: true);
            _idleTimeout = options.IdleTimeout;
            if (_idleTimeout <= TimeSpan.Zero && _idleTimeout != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "IdleTimeout must be positive or Timeout.InfiniteTimeSpan");
            }

            _log = options.Log;
        }

        /// <summary>True when connections are TLS.</summary>
        public bool UsesTls => _tls != null;

        /// <inheritdoc />
        protected override async Task ServeAsync(TcpClient client)
        {
            client.NoDelay = true;
            string peer = client.Client.RemoteEndPoint?.ToString() ?? "?";
            if (_tls == null)
            {
                await ServeFrames(client.GetStream(), peer).ConfigureAwait(false);
                return;
            }

            await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            var options = new SslServerAuthenticationOptions
            {
                ServerCertificateContext = _tls,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificateRequired = false,
            };
            using (CancellationTokenSource idle = Idle())
            {
                try
                {
                    await tls.AuthenticateAsServerAsync(options, idle.Token).ConfigureAwait(false);
                }
                catch (AuthenticationException)
                {
                    // The client refused the certificate, or spoke no TLS: the connection ends before any request.
                    return;
                }
                catch (OperationCanceledException) when (!Stopping.IsCancellationRequested)
                {
                    Closing(peer, "no TLS handshake within the idle timeout");
                    return;
                }
            }

            await ServeFrames(tls, peer).ConfigureAwait(false);
        }

        private async Task ServeFrames(Stream stream, string peer)
        {
            CancellationToken token = Stopping;
            while (!token.IsCancellationRequested)
            {
                // Wait for the first byte of the next request before deciding close-before-read, so an idle
                // connection the terminal is about to close never takes a rule meant for the next request.
                byte[] prefix = new byte[FramePrefix.Size];
                if (!await ReadExactly(stream, prefix, 0, 1, peer, "no request").ConfigureAwait(false))
                {
                    return;
                }

                if (_faults.TakeBeforeRead() != null)
                {
                    return;
                }

                if (!await ReadExactly(stream, prefix, 1, 1, peer, "length prefix cut").ConfigureAwait(false))
                {
                    return;
                }

                byte[]? frame = FramePrefix.NewFrame(prefix, 0, MaxRequestLength);
                if (frame == null)
                {
                    Closing(peer, "length prefix " + FramePrefix.Read(prefix, 0) + " over " + MaxRequestLength);
                    return;
                }

                if (!await ReadExactly(stream, frame, FramePrefix.Size, frame.Length - FramePrefix.Size, peer, "request body cut").ConfigureAwait(false))
                {
                    return;
                }

                FaultRule? rule = _faults.TakeFor(PeekMti(frame));
                HostResponse response = _host.Handle(frame, 0, frame.Length, rule);
                if (response.Reply == null || !await Send(stream, response, peer).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        // Returns false when the connection must close after this reply.
        private async Task<bool> Send(Stream stream, HostResponse response, string peer)
        {
            CancellationToken token = Stopping;
            byte[] reply = response.Reply!;
            switch (response.Fault)
            {
                case FaultKind.CloseAfterRead:
                    return false;
                case FaultKind.NoReply:
                    // Hold the connection until the terminal gives up and closes it (or the server stops).
                    byte[] sink = new byte[256];
                    while (await ReadExactly(stream, sink, 0, sink.Length, peer, "held without reply").ConfigureAwait(false))
                    {
                    }

                    return false;
                case FaultKind.TruncatedReply:
                    await stream.WriteAsync(reply.AsMemory(0, 2 + ((reply.Length - 2) / 2)), token).ConfigureAwait(false);
                    await stream.FlushAsync(token).ConfigureAwait(false);
                    return false;
                case FaultKind.Delay:
                    await Task.Delay(response.DelayMs, token).ConfigureAwait(false);
                    break;
                case FaultKind.DuplicateReply:
                    await stream.WriteAsync(reply, token).ConfigureAwait(false);
                    break;
            }

            await stream.WriteAsync(reply, token).ConfigureAwait(false);
            await stream.FlushAsync(token).ConfigureAwait(false);
            return true;
        }

        // False when the peer closed, or owed the bytes longer than the idle timeout (then the close is logged as
        // "what"); the whole count must come within one idle timeout, however it is split.
        private async Task<bool> ReadExactly(Stream stream, byte[] buffer, int offset, int count, string peer, string what)
        {
            using CancellationTokenSource idle = Idle();
            int done = 0;
            try
            {
                while (done < count)
                {
                    int n = await stream.ReadAsync(buffer.AsMemory(offset + done, count - done), idle.Token).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return false;
                    }

                    done += n;
                }
            }
            catch (OperationCanceledException) when (!Stopping.IsCancellationRequested)
            {
                Closing(peer, what + ": idle " + (long)_idleTimeout.TotalMilliseconds + " ms");
                return false;
            }

            return true;
        }

        // The server's stop token, also cancelled after the idle timeout.
        private CancellationTokenSource Idle()
        {
            var idle = CancellationTokenSource.CreateLinkedTokenSource(Stopping);
            idle.CancelAfter(_idleTimeout);
            return idle;
        }

        private void Closing(string peer, string why) => _log?.Invoke("connection " + peer + " closed: " + why);

        /// <summary>The MTI of a frame (length prefix included) without unpacking it, or -1.</summary>
        internal static int PeekMti(byte[] frame)
        {
            const int at = 2 + 5 + 6;
            if (frame.Length < at + 2)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < 2; i++)
            {
                int hi = frame[at + i] >> 4;
                int lo = frame[at + i] & 0x0F;
                if (hi > 9 || lo > 9)
                {
                    return -1;
                }

                value = (value * 100) + (hi * 10) + lo;
            }

            return value;
        }
    }
}
