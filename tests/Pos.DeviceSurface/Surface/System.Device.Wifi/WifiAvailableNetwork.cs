// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Wifi, System.Device.Wifi/WifiAvailableNetwork.cs, commit dc9aa1db40235786c74a1c17f3643f29fb4a3588
using System;

namespace System.Device.Wifi
{
    public class WifiAvailableNetwork
    {
        public string Bsid { get { throw new NotSupportedException(); } }
        public string Ssid { get { throw new NotSupportedException(); } }
        public double NetworkRssiInDecibelMilliwatts { get { throw new NotSupportedException(); } }
        public byte SignalBars { get { throw new NotSupportedException(); } }
    }
}
