// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Gpio, System.Device.Gpio/GpioController.cs, commit 162ca3b8531e0ae533721f4de5b92a0020ad68d6
using System;

namespace System.Device.Gpio
{
    public sealed class GpioController : IDisposable
    {
        public GpioController() { throw new NotSupportedException(); }
        public int PinCount { get { throw new NotSupportedException(); } }
        public GpioPin OpenPin(int pinNumber) { throw new NotSupportedException(); }
        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw new NotSupportedException(); }
        public void ClosePin(int pinNumber) { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
        public PinMode GetPinMode(int pinNumber) { throw new NotSupportedException(); }
        public bool IsPinModeSupported(int pinNumber, PinMode mode) { throw new NotSupportedException(); }
        public bool IsPinOpen(int pinNumber) { throw new NotSupportedException(); }
        public PinValue Read(int pinNumber) { throw new NotSupportedException(); }
        public void SetPinMode(int pinNumber, PinMode mode) { throw new NotSupportedException(); }
        public void Write(int pinNumber, PinValue value) { throw new NotSupportedException(); }
    }
}
