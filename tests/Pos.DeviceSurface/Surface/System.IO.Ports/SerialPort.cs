// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.Ports, System.IO.Ports/SerialPort.cs, commit 04e9eab8ffe1d337ac4f18cdc8827988dbd3e46c
using System;

namespace System.IO.Ports
{
    public sealed class SerialPort : IDisposable
    {
        public const int InfiniteTimeout = -1;
        public const string DefaultNewLine = "\r\n";
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One) { throw new NotSupportedException(); }
        public void Open() { throw new NotSupportedException(); }
        public void Close() { throw new NotSupportedException(); }
        public static string[] GetPortNames() { throw new NotSupportedException(); }
        public int BaudRate { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public Handshake Handshake { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int DataBits { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public Parity Parity { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public StopBits StopBits { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public string PortName { get { throw new NotSupportedException(); } }
        public char WatchChar { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public bool IsOpen { get { throw new NotSupportedException(); } }
        public string NewLine { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int ReadTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int WriteTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int ReceivedBytesThreshold { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int BytesToRead { get { throw new NotSupportedException(); } }
        public event SerialDataReceivedEventHandler DataReceived { add { throw new NotSupportedException(); } remove { throw new NotSupportedException(); } }
        public int Read(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public int ReadByte() { throw new NotSupportedException(); }
        public string ReadExisting() { throw new NotSupportedException(); }
        public string ReadLine() { throw new NotSupportedException(); }
        public void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public void Write(string text) { throw new NotSupportedException(); }
        public void Write(char[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public void WriteLine(string text) { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
    }
}
