// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/IPAddress.cs, commit 1168157b4ce3178f5b8349188c1c6d88c5b97a6a
using System;
using System.Net.Sockets;

namespace System.Net
{
    [Serializable]
    public class IPAddress
    {
        public static readonly IPAddress Any = null;
        public static readonly IPAddress Loopback = null;
        public static readonly IPAddress Broadcast = null;
        public static readonly IPAddress None = null;
        public IPAddress(long newAddress) { throw new NotSupportedException(); }
        public IPAddress(byte[] address) { throw new NotSupportedException(); }
        public AddressFamily AddressFamily { get { throw new NotSupportedException(); } }
        public static bool operator ==(IPAddress left, IPAddress right) { throw new NotSupportedException(); }
        public static bool operator !=(IPAddress left, IPAddress right) { throw new NotSupportedException(); }
        public override bool Equals(object comparand) { throw new NotSupportedException(); }
        public bool Equals(IPAddress comparand) { throw new NotSupportedException(); }
        public byte[] GetAddressBytes() { throw new NotSupportedException(); }
        public static IPAddress Parse(string ipString) { throw new NotSupportedException(); }
        public override string ToString() { throw new NotSupportedException(); }
        public static IPAddress GetDefaultLocalAddress() { throw new NotSupportedException(); }
        public override int GetHashCode() { throw new NotSupportedException(); }
    }
}
