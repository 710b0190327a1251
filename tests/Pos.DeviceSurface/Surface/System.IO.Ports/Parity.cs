// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.Ports, System.IO.Ports/Parity.cs, commit 04e9eab8ffe1d337ac4f18cdc8827988dbd3e46c
namespace System.IO.Ports
{
    public enum Parity
    {
        None = 0,
        Odd = 1,
        Even = 2,
    }
}
