// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.Device.Gpio, System.Device.Gpio/PinValue.cs, commit 5a27dd88672fc3885f218217169eec48e3169ef2
using System;

namespace System.Device.Gpio
{
    public readonly struct PinValue
    {
        public static PinValue High { get { throw new NotSupportedException(); } }
        public static PinValue Low { get { throw new NotSupportedException(); } }
        public static implicit operator PinValue(int value) { throw new NotSupportedException(); }
        public static implicit operator PinValue(bool value) { throw new NotSupportedException(); }
        public static explicit operator byte(PinValue value) { throw new NotSupportedException(); }
        public static explicit operator int(PinValue value) { throw new NotSupportedException(); }
        public static explicit operator bool(PinValue value) { throw new NotSupportedException(); }
        public bool Equals(PinValue other) { throw new NotSupportedException(); }
        public override bool Equals(object obj) { throw new NotSupportedException(); }
        public static bool operator ==(PinValue a, PinValue b) { throw new NotSupportedException(); }
        public static bool operator !=(PinValue a, PinValue b) { throw new NotSupportedException(); }
        public override int GetHashCode() { throw new NotSupportedException(); }
        public override string ToString() { throw new NotSupportedException(); }
    }
}
