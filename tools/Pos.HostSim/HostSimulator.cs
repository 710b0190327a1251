namespace Pos.HostSim
{
    /// <summary>
    /// The acquirer host simulator as one object: the <see cref="AcquirerHost"/> (decisions and <see cref="Ledger"/>),
    /// the <see cref="FaultInjector"/>, the terminal-facing TCP server and, optionally, the control port. Tests and the
    /// emulator create one, <see cref="Start"/> it on loopback port 0 and read <see cref="Port"/>; the standalone
    /// server (tools/Pos.HostSim.Server) is a thin console around it.
    /// </summary>
    public sealed class HostSimulator : IDisposable
    {
        private readonly HostOptions _options;
        private TcpHostServer? _server;
        private ControlServer? _control;

        /// <summary>Creates a simulator (not listening yet); <see cref="HostOptions.TlsCertificate"/> makes its terminal port TLS.</summary>
        public HostSimulator(HostOptions? options = null)
        {
            _options = options ?? new HostOptions();
            Host = new AcquirerHost(_options);
        }

        /// <summary>The protocol side: decisions, terminals, keys.</summary>
        public AcquirerHost Host { get; }

        /// <summary>The books.</summary>
        public Ledger Ledger => Host.Ledger;

        /// <summary>The armed faults.</summary>
        public FaultInjector Faults { get; } = new();

        /// <summary>The terminal-facing port, after <see cref="Start"/>.</summary>
        public int Port => _server?.Port ?? 0;

        /// <summary>True when the terminal-facing port speaks TLS.</summary>
        public bool UsesTls => _options.TlsCertificate != null;

        /// <summary>The control port, or 0 when none was started.</summary>
        public int ControlPort => _control?.Port ?? 0;

        /// <summary>Connections accepted on the terminal-facing port.</summary>
        public int Connections => _server?.Connections ?? 0;

        /// <summary>
        /// Starts listening on <see cref="HostOptions.ListenAddress"/> (default 127.0.0.1) port <paramref name="port"/>
        /// (0 = a free port), and on 127.0.0.1
        /// <paramref name="controlPort"/> for control commands unless it is negative (0 = a free port).
        /// </summary>
        public HostSimulator Start(int port = 0, int controlPort = -1)
        {
            if (_server != null)
            {
                throw new InvalidOperationException("already started");
            }

            _server = new TcpHostServer(Host, Faults, port, _options);
            _server.Start();
            if (controlPort >= 0)
            {
                _control = new ControlServer(this, controlPort, _options.Log);
                _control.Start();
            }

            return this;
        }

        /// <summary>Handles one request frame in-process (no TCP), taking an armed fault as the TCP server would.</summary>
        public HostResponse Handle(byte[] frame)
        {
            ArgumentNullException.ThrowIfNull(frame);
            return Host.Handle(frame, 0, frame.Length, Faults.TakeFor(TcpHostServer.PeekMti(frame)));
        }

        /// <summary>Runs one control command (see <see cref="ControlCommands"/>).</summary>
        public string Execute(string commandLine) => ControlCommands.Execute(this, commandLine);

        /// <summary>Makes every reply to the terminal carry processing requirement 3 until it signs in again.</summary>
        public void RequireSignIn(string tid) => Host.SetProcessingRequirement(tid, Pos.Core.Protocol.ProcessingRequirement.SignIn);

        /// <summary>Forgets terminals, keys, the ledger and every armed fault.</summary>
        public void Reset()
        {
            Faults.Clear();
            Host.Reset();
        }

        /// <summary>Stops both ports and closes open connections.</summary>
        public void Dispose()
        {
            _control?.Dispose();
            _server?.Dispose();
        }
    }
}
