using System.Net;
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
    /// </summary>
    public sealed class TcpHostServer : LoopbackServer
    {
        /// <summary>Largest request body accepted; a longer length prefix closes the connection.</summary>
        public const int MaxRequestLength = 8192;

        private readonly AcquirerHost _host;
        private readonly FaultInjector _faults;
        private readonly SslStreamCertificateContext? _tls;

        /// <summary>
        /// Creates a server on <paramref name="address"/> (null = 127.0.0.1) port <paramref name="port"/> (0 = any free
        /// port); <see cref="LoopbackServer.Start"/> binds it. <paramref name="certificate"/> (with its private key) makes
        /// it a TLS server; null = plain TCP.
        /// </summary>
        public TcpHostServer(AcquirerHost host, FaultInjector faults, int port, X509Certificate2? certificate = null,
            IPAddress? address = null)
            : base(port, address)
        {
            _host = host;
            _faults = faults;
            // Offline: the chain is what the certificate carries; nothing is fetched.
            _tls = certificate == null ? null : SslStreamCertificateContext.Create(certificate, null, offline: true);
        }

        /// <summary>True when connections are TLS.</summary>
        public bool UsesTls => _tls != null;

        /// <inheritdoc />
        protected override async Task ServeAsync(TcpClient client)
        {
            client.NoDelay = true;
            if (_tls == null)
            {
                await ServeFrames(client.GetStream()).ConfigureAwait(false);
                return;
            }

            await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            var options = new SslServerAuthenticationOptions
            {
                ServerCertificateContext = _tls,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificateRequired = false,
            };
            try
            {
                await tls.AuthenticateAsServerAsync(options, Stopping).ConfigureAwait(false);
            }
            catch (AuthenticationException)
            {
                // The client refused the certificate, or spoke no TLS: the connection ends before any request.
                return;
            }

            await ServeFrames(tls).ConfigureAwait(false);
        }

        private async Task ServeFrames(Stream stream)
        {
            CancellationToken token = Stopping;
            while (!token.IsCancellationRequested)
            {
                // Wait for the first byte of the next request before deciding close-before-read, so an idle
                // connection the terminal is about to close never takes a rule meant for the next request.
                byte[] prefix = new byte[FramePrefix.Size];
                if (!await ReadExactly(stream, prefix, 0, 1, token).ConfigureAwait(false))
                {
                    return;
                }

                if (_faults.TakeBeforeRead() != null)
                {
                    return;
                }

                if (!await ReadExactly(stream, prefix, 1, 1, token).ConfigureAwait(false))
                {
                    return;
                }

                byte[]? frame = FramePrefix.NewFrame(prefix, 0, MaxRequestLength);
                if (frame == null)
                {
                    return;
                }

                if (!await ReadExactly(stream, frame, FramePrefix.Size, frame.Length - FramePrefix.Size, token).ConfigureAwait(false))
                {
                    return;
                }

                FaultRule? rule = _faults.TakeFor(PeekMti(frame));
                HostResponse response = _host.Handle(frame, 0, frame.Length, rule);
                if (response.Reply == null || !await Send(stream, response, token).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        // Returns false when the connection must close after this reply.
        private static async Task<bool> Send(Stream stream, HostResponse response, CancellationToken token)
        {
            byte[] reply = response.Reply!;
            switch (response.Fault)
            {
                case FaultKind.CloseAfterRead:
                    return false;
                case FaultKind.NoReply:
                    // Hold the connection until the terminal gives up and closes it (or the server stops).
                    byte[] sink = new byte[256];
                    while (await stream.ReadAsync(sink, token).ConfigureAwait(false) > 0)
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

        private static async Task<bool> ReadExactly(Stream stream, byte[] buffer, int offset, int count, CancellationToken token)
        {
            int done = 0;
            while (done < count)
            {
                int n = await stream.ReadAsync(buffer.AsMemory(offset + done, count - done), token).ConfigureAwait(false);
                if (n == 0)
                {
                    return false;
                }

                done += n;
            }

            return true;
        }

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
