using System.Security.Cryptography.X509Certificates;

namespace Pos.HostSim
{
    /// <summary>Settings of the simulator.</summary>
    public sealed class HostOptions
    {
        /// <summary>Seed of the working keys, RRNs' noise and garbage replies: the same seed gives the same keys in the same order.</summary>
        public long Seed { get; set; } = 1;

        /// <summary>The TMK the working keys are encrypted under (default: the test TMK).</summary>
        public byte[] MasterKey { get; set; } = TestKeys.TerminalMasterKey;

        /// <summary>Host time for fields 12/13 (default: UTC+8 from the system clock).</summary>
        public Func<DateTime> Clock { get; set; } = () => DateTime.UtcNow.AddHours(8);

        /// <summary>Answer 0200 requests whose 60.2 differs from the host's batch with 77 (default true).</summary>
        public bool EnforceBatch { get; set; } = true;

        /// <summary>
        /// The terminal-facing port's TLS certificate, with its private key; null (default) = plain TCP. For tests and
        /// the emulator use <see cref="TestCertificates.Server"/>.
        /// </summary>
        public X509Certificate2? TlsCertificate { get; set; }

        /// <summary>
        /// Address the terminal port listens on: 127.0.0.1 by default; <c>IPAddress.Any</c> lets a board on the LAN
        /// connect. The control port always stays on 127.0.0.1 (it can arm faults and read the ledger).
        /// </summary>
        public System.Net.IPAddress ListenAddress { get; set; } = System.Net.IPAddress.Loopback;

        /// <summary>
        /// How long the terminal port waits for bytes a connection owes: the next request's first byte, the rest of its
        /// length prefix, its body, a TLS handshake, or the terminal's close after a <see cref="FaultKind.NoReply"/>.
        /// When it passes the connection is closed and logged. Default 60 s; <see cref="Timeout.InfiniteTimeSpan"/> = wait
        /// forever.
        /// </summary>
        public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Log sink (one line per request); null for silence.</summary>
        public Action<string>? Log { get; set; }
    }
}
