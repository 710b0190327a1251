// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Spi, System.Device.Spi/SpiDevice.cs, commit 506be10e70c42d430da3c950fa7b7e532cfc44dd
using System;

namespace System.Device.Spi
{
    public class SpiDevice : IDisposable
    {
        public SpiDevice(SpiConnectionSettings settings) { throw new NotSupportedException(); }
        public SpiConnectionSettings ConnectionSettings { get { throw new NotSupportedException(); } }
        public byte ReadByte() { throw new NotSupportedException(); }
        public void Read(SpanByte buffer) { throw new NotSupportedException(); }
        public void WriteByte(byte value) { throw new NotSupportedException(); }
        public void Write(SpanByte buffer) { throw new NotSupportedException(); }
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer) { throw new NotSupportedException(); }
        public static SpiDevice Create(SpiConnectionSettings settings) { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
        protected void Dispose(bool disposing) { throw new NotSupportedException(); }
    }
}
