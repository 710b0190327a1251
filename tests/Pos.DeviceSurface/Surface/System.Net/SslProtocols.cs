// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/Security/NetworkSecurity.cs, commit 2aea028002d81059eff53031c8d6b001218c71fe
using System;

namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,
        Tls = 0x10,
        Tls11 = 0x20,
        Tls12 = 0x40,
    }
}
