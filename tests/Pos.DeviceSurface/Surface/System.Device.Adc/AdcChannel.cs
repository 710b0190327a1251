// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Adc, System.Device.Adc/AdcChannel.cs, commit 2199e06eda009e14fe21e3da4cd850ac95e5f27d
using System;

namespace System.Device.Adc
{
    public class AdcChannel : AdcChannelBase, IDisposable
    {
        internal AdcChannel() { }
        public override int ReadValue() { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
    }
}
