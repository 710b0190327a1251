// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Spi, System.Device.Spi/SpiConnectionSettings.cs, commit 1f4c426387ceb08ea15542d69deb8ddfa5007ff2
using System;
using System.Device.Gpio;

namespace System.Device.Spi
{
    public sealed class SpiConnectionSettings
    {
        public SpiConnectionSettings(int busId, int chipSelectLine) { throw new NotSupportedException(); }
        public int BusId { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int ChipSelectLine { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public SpiMode Mode { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int DataBitLength { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int ClockFrequency { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public DataFlow DataFlow { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public PinValue ChipSelectLineActiveState { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
    }
}
