// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Gpio, System.Device.Gpio/GpioPin.cs, commit 3a608e15888b3f1cff6ac2dd11749f424bd59cca
using System;

namespace System.Device.Gpio
{
    public sealed class GpioPin : IDisposable
    {
        internal GpioPin() { }
        public TimeSpan DebounceTimeout { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public int PinNumber { get { throw new NotSupportedException(); } }
        public PinMode GetPinMode() { throw new NotSupportedException(); }
        public bool IsPinModeSupported(PinMode pinMode) { throw new NotSupportedException(); }
        public void SetPinMode(PinMode value) { throw new NotSupportedException(); }
        public PinValue Read() { throw new NotSupportedException(); }
        public void Write(PinValue value) { throw new NotSupportedException(); }
        public void Toggle() { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
    }
}
