using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// TLS between the real <see cref="Pos.Hal.Emulated.TcpHostExchange"/> and the simulator's
    /// <see cref="TcpHostServer"/> on loopback, with TEST certificates made at run time: a good host is served, and
    /// every certificate the device would refuse (another CA, another name, no TLS at all, no CA configured) ends in one
    /// <see cref="ExchangeFailure.ConnectFailed"/> before any request reaches the host.
    /// </summary>
    [TestClass]
    public sealed class HostSimTlsTests
    {
        private const int ShortTimeoutMs = 300;

        private static TestCertificates s_loopback = null!;
        private static TestCertificates s_otherCa = null!;
        private static TestCertificates s_otherName = null!;

        [ClassInitialize]
        public static void MakeCertificates(TestContext context)
        {
            s_loopback = TestCertificates.Create();
            s_otherCa = TestCertificates.Create();
            s_otherName = TestCertificates.Create("host.invalid");
        }

        [ClassCleanup]
        public static void DropCertificates()
        {
            s_loopback.Dispose();
            s_otherCa.Dispose();
            s_otherName.Dispose();
        }

        [TestMethod]
        public void Sign_in_and_purchase_over_TLS_are_approved_and_booked()
        {
            using var sim = TlsSimulator(s_loopback);
            var terminal = TlsTerminal(sim, s_loopback.AuthorityPem);

            terminal.SignIn();
            var data = terminal.Card(TransactionType.Purchase, TestCards.Approved, 1000);
            FinancialReply reply = terminal.Financial(data);

            Assert.IsTrue(reply.Approved);
            Assert.AreEqual(MacState.Valid, reply.MacState);
            Assert.AreEqual(LedgerStatus.Approved, sim.Ledger.Find(terminal.KeyOf(data))!.Status);
            Assert.AreEqual(2, sim.Connections, "one TLS connection per exchange");
        }

        [TestMethod]
        public void A_host_certificate_from_another_CA_is_ConnectFailed_once_and_nothing_reaches_the_ledger()
        {
            using var sim = TlsSimulator(s_loopback);
            var terminal = TlsTerminal(sim, s_loopback.AuthorityPem);
            terminal.SignIn();
            var log = new LineLog();
            terminal.Exchange.Log = log;
            terminal.Exchange.ConfigureTls(true, s_otherCa.AuthorityPem);

            var data = terminal.Card(TransactionType.Purchase, TestCards.Approved, 1000);
            var request = new IsoMessage();
            terminal.Builder.Financial(request, data);
            ExchangeResult result = terminal.Send(request);

            Assert.AreEqual(ExchangeFailure.ConnectFailed, result.Failure);
            Assert.IsNull(result.Reply);
            Assert.AreEqual(1, terminal.CompletionsOf(result.ExchangeId));
            Assert.IsNull(sim.Ledger.Find(terminal.KeyOf(data)));
            Assert.IsEmpty(sim.Ledger.Entries);
            Assert.HasCount(1, log.Lines);
            StringAssert.Contains(log.Lines.Single(), "exchange: TLS handshake with 127.0.0.1 failed (certificate not signed by the configured CA");
        }

        [TestMethod]
        public void A_host_certificate_for_another_name_is_ConnectFailed()
        {
            using var sim = TlsSimulator(s_otherName);
            var terminal = TlsTerminal(sim, s_otherName.AuthorityPem);
            var log = new LineLog();
            terminal.Exchange.Log = log;

            ExchangeResult result = Echo(terminal);

            Assert.AreEqual(ExchangeFailure.ConnectFailed, result.Failure);
            Assert.AreEqual(1, terminal.CompletionsOf(result.ExchangeId));
            StringAssert.Contains(log.Lines.Single(), "name mismatch");
        }

        [TestMethod]
        public void Without_a_CA_the_system_trust_store_refuses_the_TEST_certificate()
        {
            using var sim = TlsSimulator(s_loopback);
            var terminal = TlsTerminal(sim, null);

            Assert.AreEqual(ExchangeFailure.ConnectFailed, Echo(terminal).Failure);
        }

        [TestMethod]
        public void TLS_to_a_plain_TCP_host_is_ConnectFailed_within_the_connect_timeout()
        {
            using var sim = new HostSimulator().Start();
            var terminal = TlsTerminal(sim, s_loopback.AuthorityPem);
            terminal.ConnectTimeoutMs = ShortTimeoutMs;
            terminal.ResponseTimeoutMs = 10000;

            var clock = Stopwatch.StartNew();
            ExchangeResult result = Echo(terminal);
            clock.Stop();

            Assert.AreEqual(ExchangeFailure.ConnectFailed, result.Failure);
            Assert.AreEqual(1, terminal.CompletionsOf(result.ExchangeId));
            Assert.IsLessThan(5000L, clock.ElapsedMilliseconds, "bounded by the 300 ms connect timeout, not the 10 s response timeout");
            Assert.IsEmpty(sim.Ledger.Entries);
        }

        [TestMethod]
        public void A_plain_terminal_gets_nothing_from_a_TLS_host_and_TLS_can_be_turned_off_again()
        {
            using var sim = TlsSimulator(s_loopback);
            var terminal = new SimTerminal(sim.Port) { ResponseTimeoutMs = ShortTimeoutMs };

            Assert.AreNotEqual(ExchangeFailure.None, Echo(terminal).Failure);

            terminal.Exchange.ConfigureTls(true, s_loopback.AuthorityPem);
            Assert.AreEqual(ExchangeFailure.None, Echo(terminal).Failure);
            terminal.Exchange.ConfigureTls(false, s_loopback.AuthorityPem);
            Assert.IsFalse(terminal.Exchange.UsesTls);
        }

        [TestMethod]
        public void A_CA_that_is_not_a_certificate_is_refused_at_configuration()
        {
            var terminal = new SimTerminal(1);

            Assert.ThrowsExactly<ArgumentException>(() => terminal.Exchange.ConfigureTls(true, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n"));
            Assert.IsFalse(terminal.Exchange.UsesTls);
        }

        [TestMethod]
        public void The_TEST_material_says_so_and_only_the_host_certificate_has_a_key()
        {
            StringAssert.Contains(s_loopback.Authority.Subject, "TEST ONLY");
            StringAssert.Contains(s_loopback.Server.Subject, "TEST ONLY");
            Assert.IsFalse(s_loopback.Authority.HasPrivateKey, "the CA key is dropped after signing");
            Assert.IsTrue(s_loopback.Server.HasPrivateKey);
            StringAssert.StartsWith(s_loopback.AuthorityPem, "-----BEGIN CERTIFICATE-----");
            Assert.DoesNotContain("PRIVATE KEY", s_loopback.AuthorityPem);
        }

        private static HostSimulator TlsSimulator(TestCertificates certificates) =>
            new HostSimulator(new HostOptions { TlsCertificate = certificates.Server }).Start();

        private static SimTerminal TlsTerminal(HostSimulator sim, string? caPem)
        {
            var terminal = new SimTerminal(sim.Port);
            terminal.Exchange.ConfigureTls(true, caPem);
            return terminal;
        }

        private static ExchangeResult Echo(SimTerminal terminal)
        {
            var request = new IsoMessage();
            terminal.Builder.EchoTest(request, terminal.NextStan(), terminal.Batch);
            return terminal.Send(request);
        }
    }
}
