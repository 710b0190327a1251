// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.Ports, System.IO.Ports/SerialDataReceivedEventArgs.cs, commit 4a625310afa23d40b383f2737d7d82183d814529
using System;

namespace System.IO.Ports
{
    public class SerialDataReceivedEventArgs : EventArgs
    {
        internal SerialDataReceivedEventArgs() { }
        public SerialData EventType { get { throw new NotSupportedException(); } }
    }
}
