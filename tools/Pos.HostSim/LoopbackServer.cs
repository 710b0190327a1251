using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pos.HostSim
{
    /// <summary>
    /// A TCP listener (on 127.0.0.1 unless told otherwise) that serves each accepted connection on its own task, and on dispose stops
    /// accepting and closes every open connection. The terminal port and the control port differ only in what they
    /// do with a connection (<see cref="ServeAsync"/>).
    /// </summary>
    public abstract class LoopbackServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentDictionary<TcpClient, bool> _clients = new();
        private Task? _accepting;
        private int _connections;

        /// <summary>
        /// Creates a server on <paramref name="address"/> (null = 127.0.0.1) port <paramref name="port"/> (0 = any free
        /// port); <see cref="Start"/> binds it.
        /// </summary>
        protected LoopbackServer(int port, IPAddress? address = null)
        {
            _listener = new TcpListener(address ?? IPAddress.Loopback, port);
        }

        /// <summary>The bound port (after <see cref="Start"/>).</summary>
        public int Port { get; private set; }

        /// <summary>How many connections were accepted.</summary>
        public int Connections => _connections;

        /// <summary>Cancelled when the server is disposed.</summary>
        protected CancellationToken Stopping => _stop.Token;

        /// <summary>Binds and starts accepting.</summary>
        public void Start()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _accepting = Task.Run(AcceptLoop);
        }

        /// <summary>Stops listening and closes every open connection.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            foreach (var client in _clients.Keys)
            {
                client.Dispose();
            }

            try
            {
                _accepting?.Wait(1000);
            }
            catch (AggregateException)
            {
                // The accept loop ends with the listener.
            }

            _stop.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>
        /// Serves one connection until it ends. Transport errors (I/O, socket, disposal, cancellation) end the
        /// connection quietly; the connection is closed afterwards.
        /// </summary>
        protected abstract Task ServeAsync(TcpClient client);

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref _connections);
                _clients[client] = true;
                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            try
            {
                await ServeAsync(client).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The connection ended.
            }
            finally
            {
                _clients.TryRemove(client, out _);
                client.Dispose();
            }
        }
    }
}
