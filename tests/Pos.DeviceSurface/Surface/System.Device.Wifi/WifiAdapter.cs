// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Wifi, System.Device.Wifi/WifiAdapter.cs, commit 8ee54687cb11116901fa820a1b0cc87ef702931e
using System;

namespace System.Device.Wifi
{
    public sealed class WifiAdapter : IDisposable
    {
        internal WifiAdapter() { }
        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged { add { throw new NotSupportedException(); } remove { throw new NotSupportedException(); } }
        public int NetworkInterface { get { throw new NotSupportedException(); } }
        public WifiNetworkReport NetworkReport { get { throw new NotSupportedException(); } }
        public WifiConnectionResult Connect(WifiAvailableNetwork availableNetwork, WifiReconnectionKind reconnectionKind, string passwordCredential) { throw new NotSupportedException(); }
        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) { throw new NotSupportedException(); }
        public void Disconnect() { throw new NotSupportedException(); }
        public static WifiAdapter[] FindAllAdapters() { throw new NotSupportedException(); }
        public void ScanAsync() { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
    }
}
