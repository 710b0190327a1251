// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Net, nanoFramework.System.Net/EndPoint.cs, commit a86584d2c88b6d206cb61ee1bce85a8f88784e6e
using System;

namespace System.Net
{
    // Serialize() and Create(SocketAddress) are left out: SocketAddress is not transcribed and the device code uses neither.
    [Serializable]
    public abstract class EndPoint
    {
    }
}
