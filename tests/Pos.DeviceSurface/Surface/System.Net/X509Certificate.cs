// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/X509Certificates/X509Certificate.cs, commit e9e8e5a6f055396beb82fb45e29ac3b9208675f8
using System;

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate() { throw new NotSupportedException(); }
        public X509Certificate(byte[] certificate) { throw new NotSupportedException(); }
        public X509Certificate(byte[] certificate, string password) { throw new NotSupportedException(); }
        public X509Certificate(string certificate) { throw new NotSupportedException(); }
        public X509Certificate(string certificate, string password) { throw new NotSupportedException(); }
        public virtual string Issuer { get { throw new NotSupportedException(); } }
        public virtual string Subject { get { throw new NotSupportedException(); } }
        public virtual DateTime GetEffectiveDate() { throw new NotSupportedException(); }
        public virtual DateTime GetExpirationDate() { throw new NotSupportedException(); }
        public virtual byte[] GetRawCertData() { throw new NotSupportedException(); }
    }
}
