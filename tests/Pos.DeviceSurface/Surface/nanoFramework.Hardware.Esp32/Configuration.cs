// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Hardware.Esp32, nanoFramework.Hardware.Esp32/Configuration.cs, commit 2fcc3520f586c75ff6001c1bf91425df1b8dd053
using System;

namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) { throw new NotSupportedException(); }
        public static int GetFunctionPin(DeviceFunction function) { throw new NotSupportedException(); }
    }
}
