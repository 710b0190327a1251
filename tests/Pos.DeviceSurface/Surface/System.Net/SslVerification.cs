// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/Security/NetworkSecurity.cs, commit 2aea028002d81059eff53031c8d6b001218c71fe
namespace System.Net.Security
{
    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}
