using System.Net.Sockets;
using System.Text;

namespace Pos.HostSim
{
    /// <summary>The control port of the standalone simulator: a loopback TCP line server running <see cref="ControlCommands"/>.</summary>
    public sealed class ControlServer : LoopbackServer
    {
        private readonly HostSimulator _simulator;

        /// <summary>Creates a control server on 127.0.0.1:<paramref name="port"/> (0 = any free port).</summary>
        public ControlServer(HostSimulator simulator, int port)
            : base(port)
        {
            _simulator = simulator;
        }

        /// <inheritdoc />
        protected override async Task ServeAsync(TcpClient client)
        {
            using var reader = new StreamReader(client.GetStream(), Encoding.UTF8);
            using var writer = new StreamWriter(client.GetStream(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
            while (!Stopping.IsCancellationRequested)
            {
                string? line = await reader.ReadLineAsync(Stopping).ConfigureAwait(false);
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
    }
}
