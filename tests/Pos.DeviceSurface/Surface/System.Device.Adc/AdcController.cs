// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Adc, System.Device.Adc/AdcController.cs, commit 46bf96286b9e0103f3901ab936a15aafa7d78355
using System;

namespace System.Device.Adc
{
    public sealed class AdcController
    {
        public AdcController() { throw new NotSupportedException(); }
        public int ChannelCount { get { throw new NotSupportedException(); } }
        public int MaxValue { get { throw new NotSupportedException(); } }
        public int MinValue { get { throw new NotSupportedException(); } }
        public int ResolutionInBits { get { throw new NotSupportedException(); } }
        public AdcChannel OpenChannel(int channelNumber) { throw new NotSupportedException(); }
    }
}
