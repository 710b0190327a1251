using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pos.HostSim
{
    /// <summary>The control port of the standalone simulator: a loopback TCP line server running <see cref="ControlCommands"/>.</summary>
    public sealed class ControlServer : IDisposable
    {
        private readonly HostSimulator _simulator;
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentDictionary<TcpClient, bool> _clients = new();
        private Task? _accepting;

        /// <summary>Creates a control server on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
        public ControlServer(HostSimulator simulator, int port)
        {
            _simulator = simulator;
            _listener = new TcpListener(IPAddress.Loopback, port);
        }

        /// <summary>The bound port (after <see cref="Start"/>).</summary>
        public int Port { get; private set; }

        /// <summary>Binds and starts accepting.</summary>
        public void Start()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _accepting = Task.Run(AcceptLoop);
        }

        /// <summary>Stops listening and closes the sessions.</summary>
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
        }

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

                _clients[client] = true;
                _ = Task.Run(() => Session(client));
            }
        }

        private async Task Session(TcpClient client)
        {
            try
            {
                using var reader = new StreamReader(client.GetStream(), Encoding.UTF8);
                using var writer = new StreamWriter(client.GetStream(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
                while (!_stop.IsCancellationRequested)
                {
                    string? line = await reader.ReadLineAsync(_stop.Token).ConfigureAwait(false);
                    if (line == null || line.Trim() is "quit" or "exit")
                    {
                        return;
                    }

                    if (line.Trim().Length > 0)
                    {
                        await writer.WriteLineAsync(_simulator.Execute(line)).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // Session closed.
            }
            finally
            {
                _clients.TryRemove(client, out _);
                client.Dispose();
            }
        }
    }
}
