// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.Ports, System.IO.Ports/StopBits.cs, commit 339c73f794e5f4b1d1665b2c69ab4f3a535ff30b
namespace System.IO.Ports
{
    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }
}
