// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/Sockets/Socket.cs, commit 165240f8d65e3e85b72bc35d5427ec9e788820d6
using System;

namespace System.Net.Sockets
{
    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { throw new NotSupportedException(); }
        public int Available { get { throw new NotSupportedException(); } }
        public EndPoint LocalEndPoint { get { throw new NotSupportedException(); } }
        public EndPoint RemoteEndPoint { get { throw new NotSupportedException(); } }
        public int ReceiveTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int SendTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public SocketType SocketType { get { throw new NotSupportedException(); } }
        public void Bind(EndPoint localEP) { throw new NotSupportedException(); }
        public void Connect(EndPoint remoteEP) { throw new NotSupportedException(); }
        public void Close() { throw new NotSupportedException(); }
        public void Listen(int backlog) { throw new NotSupportedException(); }
        public Socket Accept() { throw new NotSupportedException(); }
        public int Send(byte[] buffer) { throw new NotSupportedException(); }
        public int Send(byte[] buffer, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int Send(byte[] buffer, int size, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int Send(byte[] buffer, int offset, int size, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) { throw new NotSupportedException(); }
        public int SendTo(byte[] buffer, int size, SocketFlags socketFlags, EndPoint remoteEP) { throw new NotSupportedException(); }
        public int SendTo(byte[] buffer, SocketFlags socketFlags, EndPoint remoteEP) { throw new NotSupportedException(); }
        public int SendTo(byte[] buffer, EndPoint remoteEP) { throw new NotSupportedException(); }
        public int Receive(byte[] buffer) { throw new NotSupportedException(); }
        public int Receive(byte[] buffer, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int Receive(byte[] buffer, int size, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int Receive(byte[] buffer, int offset, int size, SocketFlags socketFlags) { throw new NotSupportedException(); }
        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP) { throw new NotSupportedException(); }
        public int ReceiveFrom(byte[] buffer, int size, SocketFlags socketFlags, ref EndPoint remoteEP) { throw new NotSupportedException(); }
        public int ReceiveFrom(byte[] buffer, SocketFlags socketFlags, ref EndPoint remoteEP) { throw new NotSupportedException(); }
        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) { throw new NotSupportedException(); }
        public bool Poll(int microSeconds, SelectMode mode) { throw new NotSupportedException(); }
        protected virtual void Dispose(bool disposing) { throw new NotSupportedException(); }
        void IDisposable.Dispose() { throw new NotSupportedException(); }
    }
}
