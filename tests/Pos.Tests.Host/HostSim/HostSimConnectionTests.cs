using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Hal.Net;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// Bad habits on the terminal port: a connection that sends nothing, stops mid-prefix or mid-body, or never
    /// finishes its TLS handshake is closed after the idle timeout and logged; an absurd length prefix is closed at
    /// once, with nothing allocated for it; an empty or garbage body is refused. No sleeps: each test waits for the
    /// server's close with a bound.
    /// </summary>
    [TestClass]
    public sealed class HostSimConnectionTests
    {
        private const int IdleMs = 200;

        [TestMethod]
        [DataRow("", "no request", DisplayName = "nothing sent")]
        [DataRow("00", "length prefix cut", DisplayName = "one byte of the prefix")]
        [DataRow("0040", "request body cut", DisplayName = "a prefix of 64, no body")]
        [DataRow("00406000030000", "request body cut", DisplayName = "a prefix of 64, 5 bytes of body")]
        [DataRow("2000", "request body cut", DisplayName = "the largest prefix accepted, no body")]
        public void A_connection_that_stops_sending_is_closed_after_the_idle_timeout_and_logged(string sentHex, string why)
        {
            var log = new ConcurrentQueue<string>();
            using var sim = new HostSimulator(new HostOptions { IdleTimeout = TimeSpan.FromMilliseconds(IdleMs), Log = log.Enqueue }).Start();
            var clock = Stopwatch.StartNew(); // before the connection, so before the server's timer starts
            using var client = new TcpClient("127.0.0.1", sim.Port);
            client.GetStream().Write(Convert.FromHexString(sentHex));

            AssertClosedByServer(client);

            Assert.IsGreaterThanOrEqualTo(IdleMs - 20, clock.ElapsedMilliseconds, "not before the idle timeout (timer granularity aside)");
            Assert.AreEqual(0, sim.Host.RequestCount, "nothing reached the host");
            Assert.Contains(l => l.Contains("closed: " + why + ": idle " + IdleMs + " ms", StringComparison.Ordinal), log.ToArray(), string.Join("\n", log));
        }

        [TestMethod]
        public void A_connection_idle_after_an_answered_request_is_closed_too()
        {
            var log = new ConcurrentQueue<string>();
            using var sim = new HostSimulator(new HostOptions { IdleTimeout = TimeSpan.FromMilliseconds(IdleMs), Log = log.Enqueue }).Start();
            var terminal = new SimTerminal(sim.Port);
            using var client = new TcpClient("127.0.0.1", sim.Port);
            NetworkStream stream = client.GetStream();
            var request = new IsoMessage();
            terminal.Builder.EchoTest(request, 1, 1);
            byte[] frame = new byte[256];
            stream.Write(frame, 0, terminal.Packager.Pack(request, null, frame, 0));
            stream.ReadTimeout = 5000;
            byte[] prefix = new byte[FramePrefix.Size];
            stream.ReadExactly(prefix);
            stream.ReadExactly(new byte[FramePrefix.Read(prefix, 0)]);

            AssertClosedByServer(client);

            Assert.AreEqual(1, sim.Host.RequestCount);
            Assert.Contains(l => l.Contains("closed: no request: idle", StringComparison.Ordinal), log.ToArray());
        }

        [TestMethod]
        public void A_TLS_connection_without_a_handshake_is_closed_after_the_idle_timeout()
        {
            var log = new ConcurrentQueue<string>();
            using var certificates = TestCertificates.Create();
            using var sim = new HostSimulator(new HostOptions
            {
                TlsCertificate = certificates.Server, IdleTimeout = TimeSpan.FromMilliseconds(IdleMs), Log = log.Enqueue,
            }).Start();
            using var client = new TcpClient("127.0.0.1", sim.Port);

            AssertClosedByServer(client);

            Assert.Contains(l => l.Contains("closed: no TLS handshake within the idle timeout", StringComparison.Ordinal), log.ToArray());
        }

        [TestMethod]
        public void A_no_reply_fault_holds_the_connection_only_until_the_idle_timeout()
        {
            var log = new ConcurrentQueue<string>();
            using var sim = new HostSimulator(new HostOptions { IdleTimeout = TimeSpan.FromMilliseconds(IdleMs), Log = log.Enqueue }).Start();
            sim.Faults.Arm(FaultKind.NoReply, 1);
            var terminal = new SimTerminal(sim.Port);
            using var client = new TcpClient("127.0.0.1", sim.Port);
            var request = new IsoMessage();
            terminal.Builder.EchoTest(request, 1, 1);
            byte[] frame = new byte[256];
            client.GetStream().Write(frame, 0, terminal.Packager.Pack(request, null, frame, 0));

            AssertClosedByServer(client);

            Assert.Contains(l => l.Contains("closed: held without reply: idle", StringComparison.Ordinal), log.ToArray());
        }

        [TestMethod]
        [DataRow("FFFF", DisplayName = "65535")]
        [DataRow("2001", DisplayName = "one over the largest accepted")]
        public void A_length_prefix_over_the_limit_is_closed_at_once_without_reading_on(string prefixHex)
        {
            var log = new ConcurrentQueue<string>();
            using var sim = new HostSimulator(new HostOptions { Log = log.Enqueue }).Start();
            using var client = new TcpClient("127.0.0.1", sim.Port);
            client.GetStream().Write(Convert.FromHexString(prefixHex));

            AssertClosedByServer(client);

            Assert.AreEqual(0, sim.Host.RequestCount);
            Assert.Contains(l => l.Contains("length prefix " + Convert.ToInt32(prefixHex, 16) + " over " + TcpHostServer.MaxRequestLength, StringComparison.Ordinal),
                log.ToArray());
        }

        [TestMethod]
        [DataRow("0000", DisplayName = "a prefix of 0")]
        [DataRow("0010DEADBEEFDEADBEEFDEADBEEFDEADBEEF", DisplayName = "16 bytes of garbage")]
        [DataRow("000E60000300006031003107300800FF", DisplayName = "a 0800 whose bitmap announces fields that are not there")]
        public void An_empty_or_unreadable_request_is_refused_and_closed_and_the_server_serves_on(string sentHex)
        {
            var log = new ConcurrentQueue<string>();
            using var sim = new HostSimulator(new HostOptions { Log = log.Enqueue }).Start();
            using (var client = new TcpClient("127.0.0.1", sim.Port))
            {
                client.GetStream().Write(Convert.FromHexString(sentHex));
                AssertClosedByServer(client);
            }

            Assert.AreEqual(1, sim.Host.RequestCount);
            Assert.Contains(l => l.StartsWith("unreadable request", StringComparison.Ordinal), log.ToArray());
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
        }

        // The server closes the connection within 5 s: a read ends (0 bytes) or is reset, never times out.
        private static void AssertClosedByServer(TcpClient client)
        {
            NetworkStream stream = client.GetStream();
            stream.ReadTimeout = 5000;
            try
            {
                Assert.AreEqual(0, stream.Read(new byte[16]), "the server sent something instead of closing");
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset })
            {
                // Closed with unread bytes pending: a reset is a close too.
            }
        }
    }
}
