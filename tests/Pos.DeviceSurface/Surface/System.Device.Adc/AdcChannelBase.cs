// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Adc, System.Device.Adc/AdcChannelBase.cs, commit 2199e06eda009e14fe21e3da4cd850ac95e5f27d
using System;

namespace System.Device.Adc
{
    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
        public double ReadRatio() { throw new NotSupportedException(); }
        public AdcController Controller { get { throw new NotSupportedException(); } }
    }
}
