using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Pos.HostSim
{
    /// <summary>
    /// TEST ONLY TLS material for the simulator, made at run time with <see cref="CertificateRequest"/>: a throw-away
    /// CA and a host certificate it signed for the given names (default 127.0.0.1, ::1 and localhost). The CA's private
    /// key is dropped once the host certificate is signed, and the host's key lives only in this process: nothing here
    /// is written to disk or logged except the CA certificate (<see cref="AuthorityPem"/>), which the terminal trusts.
    /// Every subject says TEST ONLY; never use these certificates outside tests and the emulator.
    /// </summary>
    public sealed class TestCertificates : IDisposable
    {
        /// <summary>The names a loopback host certificate carries.</summary>
        public static readonly IReadOnlyList<string> LoopbackNames = ["127.0.0.1", "::1", "localhost"];

        private const int ValidityDays = 30;

        private TestCertificates(X509Certificate2 authority, X509Certificate2 server)
        {
            Authority = authority;
            Server = server;
        }

        /// <summary>The TEST CA certificate (public part only: its key is gone).</summary>
        public X509Certificate2 Authority { get; }

        /// <summary>The TEST host certificate with its private key, for the simulator's TLS listener.</summary>
        public X509Certificate2 Server { get; }

        /// <summary>The TEST CA certificate as PEM text: what the terminal is configured with (the device's host-ca.pem).</summary>
        public string AuthorityPem => Authority.ExportCertificatePem();

        /// <summary>Makes a new TEST CA and a host certificate it signed for <paramref name="names"/> (addresses or DNS names; none = <see cref="LoopbackNames"/>).</summary>
        public static TestCertificates Create(params string[] names)
        {
            IReadOnlyList<string> sans = names.Length > 0 ? names : LoopbackNames;
            DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddHours(-1);
            DateTimeOffset notAfter = notBefore.AddDays(ValidityDays);

            using RSA caKey = RSA.Create(2048);
            var caRequest = new CertificateRequest("CN=TEST ONLY Pos.HostSim CA, O=TEST ONLY not for production", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
            using X509Certificate2 ca = caRequest.CreateSelfSigned(notBefore, notAfter); // with its key, only until the host certificate is signed

            using RSA serverKey = RSA.Create(2048);
            var serverRequest = new CertificateRequest("CN=TEST ONLY Pos.HostSim host, O=TEST ONLY not for production", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
            serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
            serverRequest.CertificateExtensions.Add(SubjectAlternativeNames(sans));
            byte[] serial = RandomNumberGenerator.GetBytes(16);
            serial[0] &= 0x7F;
            using X509Certificate2 signed = serverRequest.Create(ca, notBefore, notAfter, serial);
            using X509Certificate2 withKey = signed.CopyWithPrivateKey(serverKey);

            // Through PKCS#12 in memory, so every platform's TLS stack can use the key (Windows' refuses ephemeral keys).
            X509Certificate2 server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
            X509Certificate2 authority = X509CertificateLoader.LoadCertificate(ca.RawData);
            return new TestCertificates(authority, server);
        }

        /// <summary>Releases both certificates (and the host key).</summary>
        public void Dispose()
        {
            Server.Dispose();
            Authority.Dispose();
        }

        private static X509Extension SubjectAlternativeNames(IReadOnlyList<string> names)
        {
            var builder = new SubjectAlternativeNameBuilder();
            foreach (string name in names)
            {
                if (System.Net.IPAddress.TryParse(name, out System.Net.IPAddress? address))
                {
                    builder.AddIpAddress(address);
                }
                else
                {
                    builder.AddDnsName(name);
                }
            }

            return builder.Build();
        }
    }
}
