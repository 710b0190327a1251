// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/Sockets/NetworkStream.cs, commit c21880781951a135a675dae078045b58b6ba2975
using System;
using System.IO;

namespace System.Net.Sockets
{
    public class NetworkStream : Stream
    {
        public NetworkStream(Socket socket) { throw new NotSupportedException(); }
        public NetworkStream(Socket socket, bool ownsSocket) { throw new NotSupportedException(); }
        public override bool CanRead { get { throw new NotSupportedException(); } }
        public override bool CanSeek { get { throw new NotSupportedException(); } }
        public override bool CanTimeout { get { throw new NotSupportedException(); } }
        public override bool CanWrite { get { throw new NotSupportedException(); } }
        public override int ReadTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public override int WriteTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public override long Length { get { throw new NotSupportedException(); } }
        public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public virtual bool DataAvailable { get { throw new NotSupportedException(); } }
        public void Close(int timeout) { throw new NotSupportedException(); }
        protected override void Dispose(bool disposing) { throw new NotSupportedException(); }
        public override void Flush() { throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
        public override void SetLength(long value) { throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
    }
}
