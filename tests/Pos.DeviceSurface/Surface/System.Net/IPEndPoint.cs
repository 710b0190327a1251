// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/IPEndPoint.cs, commit a86584d2c88b6d206cb61ee1bce85a8f88784e6e
using System;
using System.Net.Sockets;

namespace System.Net
{
    [Serializable]
    public class IPEndPoint : EndPoint
    {
        public const int MinPort = 0x00000000;
        public const int MaxPort = 0x0000FFFF;
        public IPEndPoint(long address, int port) { throw new NotSupportedException(); }
        public IPEndPoint(IPAddress address, int port) { throw new NotSupportedException(); }
        public IPAddress Address { get { throw new NotSupportedException(); } }
        public AddressFamily AddressFamily { get { throw new NotSupportedException(); } }
        public int Port { get { throw new NotSupportedException(); } }
        public override string ToString() { throw new NotSupportedException(); }
    }
}
