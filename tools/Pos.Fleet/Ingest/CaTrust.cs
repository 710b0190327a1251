using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Pos.Fleet.Ingest
{
    /// <summary>
    /// Checks the broker's certificate against the configured CA alone (custom root trust: the system's roots do not
    /// count), or against the system's trust store when no CA is configured. The name must match either way.
    /// </summary>
    public sealed class CaTrust
    {
        private readonly X509Certificate2Collection? _roots;

        /// <summary>Trusts the certificates of the PEM file <paramref name="caFile"/>, or the system when null.</summary>
        public CaTrust(string? caFile)
        {
            if (caFile != null)
            {
                _roots = new X509Certificate2Collection();
                _roots.ImportFromPemFile(caFile);
                if (_roots.Count == 0)
                {
                    throw new InvalidDataException("no certificate in " + caFile);
                }
            }
        }

        /// <summary>Null when the broker's certificate is acceptable, else why not.</summary>
        public string? Problem(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
        {
            if (certificate == null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            {
                return "the broker sent no certificate";
            }

            if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            {
                return "the broker's certificate is for another name";
            }

            if (_roots == null)
            {
                return errors == SslPolicyErrors.None ? null : "the broker's certificate is not trusted by the system";
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(_roots);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (presented != null)
            {
                // Intermediates the broker sent may help build the chain; they are never trusted as roots.
                foreach (X509ChainElement element in presented.ChainElements)
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            using X509Certificate2 leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(leaf) ? null : "the broker's certificate does not chain to the configured CA";
        }
    }
}
