using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;

namespace Pos.Fleet.Common
{
    /// <summary>
    /// MQTTnet's TLS options for a broker whose certificate chains to a given CA (the test broker's test-ca.pem, or a
    /// fleet's own): the chain is built against that CA alone (not the machine's store), the host name is checked, and
    /// nothing is ignored. TLS 1.2 or 1.3, as the broker's listener allows.
    /// </summary>
    public static class BrokerTls
    {
        /// <summary>TLS options that trust only the CA certificate in <paramref name="caPem"/> (PEM text).</summary>
        /// <exception cref="System.Security.Cryptography.CryptographicException">The text holds no certificate.</exception>
        public static MqttClientTlsOptions Trusting(string caPem) =>
            new MqttClientTlsOptionsBuilder()
                .UseTls()
                .WithSslProtocols(SslProtocols.Tls12 | SslProtocols.Tls13)
                .WithTrustChain(new X509Certificate2Collection(X509Certificate2.CreateFromPem(caPem)))
                .WithRevocationMode(X509RevocationMode.NoCheck)
                .Build();
    }
}
