// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/Security/SslStream.cs, commit a86584d2c88b6d206cb61ee1bce85a8f88784e6e
using System;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace System.Net.Security
{
    public class SslStream : NetworkStream
    {
        public SslStream(Socket socket) : base(socket, false) { throw new NotSupportedException(); }
        public SslVerification SslVerification { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public bool IsServer { get { throw new NotSupportedException(); } }
        public void AuthenticateAsClient(string targetHost, SslProtocols enabledSslProtocols) { throw new NotSupportedException(); }
        public void AuthenticateAsClient(string targetHost, X509Certificate clientCertificate, SslProtocols enabledSslProtocols) { throw new NotSupportedException(); }
        public void AuthenticateAsClient(string targetHost, X509Certificate clientCertificate, X509Certificate ca, SslProtocols enabledSslProtocols) { throw new NotSupportedException(); }
        public void AuthenticateAsServer(X509Certificate serverCertificate, SslProtocols enabledSslProtocols) { throw new NotSupportedException(); }
        public void AuthenticateAsServer(X509Certificate serverCertificate, bool clientCertificateRequired, SslProtocols enabledSslProtocols) { throw new NotSupportedException(); }
        public override long Length { get { throw new NotSupportedException(); } }
        public override bool DataAvailable { get { throw new NotSupportedException(); } }
        protected override void Dispose(bool disposing) { throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int size) { throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int size) { throw new NotSupportedException(); }
    }
}
