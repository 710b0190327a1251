// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Wifi, System.Device.Wifi/WifiReconnectionKind.cs, commit dc9aa1db40235786c74a1c17f3643f29fb4a3588
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}
