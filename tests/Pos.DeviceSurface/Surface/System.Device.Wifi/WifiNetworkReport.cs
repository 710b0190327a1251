// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Wifi, System.Device.Wifi/WifiNetworkReport.cs, commit fdb9461b91f9d4ae401b594729ba6468f7354c0f
using System;

namespace System.Device.Wifi
{
    public class WifiNetworkReport
    {
        internal WifiNetworkReport() { }
        public WifiAvailableNetwork[] AvailableNetworks { get { throw new NotSupportedException(); } }
    }
}
