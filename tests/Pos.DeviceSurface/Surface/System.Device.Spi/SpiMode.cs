// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Spi, System.Device.Spi/SpiMode.cs, commit 506be10e70c42d430da3c950fa7b7e532cfc44dd
namespace System.Device.Spi
{
    public enum SpiMode
    {
        Mode0,
        Mode1,
        Mode2,
        Mode3,
    }
}
