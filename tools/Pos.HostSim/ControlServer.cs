using System.Net.Sockets;
using System.Text;

namespace Pos.HostSim
{
    /// <summary>
    /// The control port of the standalone simulator: a loopback TCP line server running <see cref="ControlCommands"/>.
    /// Lines are bounded (<see cref="MaxLineBytes"/>): a longer one is answered with one short error and the connection
    /// closed, so no client can make it buffer or echo more.
    /// </summary>
    public sealed class ControlServer : LoopbackServer
    {
        /// <summary>The longest command line accepted, its end of line included.</summary>
        public const int MaxLineBytes = 4096;

        private static readonly UTF8Encoding Utf8 = new(false);

        private readonly HostSimulator _simulator;
        private readonly Action<string>? _log;

        /// <summary>Creates a control server on 127.0.0.1:<paramref name="port"/> (0 = any free port), logging to <paramref name="log"/>.</summary>
        public ControlServer(HostSimulator simulator, int port, Action<string>? log = null)
            : base(port)
        {
            _simulator = simulator;
            _log = log;
        }

        /// <inheritdoc />
        protected override async Task ServeAsync(TcpClient client)
        {
            NetworkStream stream = client.GetStream();
            byte[] buffer = new byte[MaxLineBytes];
            int count = 0;
            while (!Stopping.IsCancellationRequested)
            {
                int end = Array.IndexOf(buffer, (byte)'\n', 0, count);
                if (end < 0)
                {
                    if (count == buffer.Length)
                    {
                        _log?.Invoke("control connection closed: a line over " + MaxLineBytes + " bytes");
                        await Write(stream, "error: line over " + MaxLineBytes + " bytes; closing").ConfigureAwait(false);
                        return;
                    }

                    int n = await stream.ReadAsync(buffer.AsMemory(count), Stopping).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return;
                    }

                    count += n;
                    continue;
                }

                string line = Utf8.GetString(buffer, 0, end).Trim();
                count -= end + 1;
                Array.Copy(buffer, end + 1, buffer, 0, count);
                if (line is "quit" or "exit")
                {
                    return;
                }

                if (line.Length > 0)
                {
                    await Write(stream, _simulator.Execute(line)).ConfigureAwait(false);
                }
            }
        }

        private async Task Write(NetworkStream stream, string answer)
        {
            await stream.WriteAsync(Utf8.GetBytes(answer + "\n"), Stopping).ConfigureAwait(false);
        }
    }
}
