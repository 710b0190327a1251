// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/IPHostEntry.cs, commit a86584d2c88b6d206cb61ee1bce85a8f88784e6e
using System;

namespace System.Net
{
    public class IPHostEntry
    {
        public string HostName { get { throw new NotSupportedException(); } }
        public IPAddress[] AddressList { get { throw new NotSupportedException(); } }
    }
}
