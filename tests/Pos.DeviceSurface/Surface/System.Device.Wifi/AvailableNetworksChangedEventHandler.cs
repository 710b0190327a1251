// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Wifi, System.Device.Wifi/WifiAdapter.cs, commit 8ee54687cb11116901fa820a1b0cc87ef702931e
namespace System.Device.Wifi
{
    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);
}
