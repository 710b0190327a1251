// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Runtime.Native, nanoFramework.Runtime.Native/RTC.cs, commit 279c2de56c52fbd4cf2c05400c4d16ed84dc85e9
using System;

namespace nanoFramework.Runtime.Native
{
    public static class Rtc
    {
        public static bool SetSystemTime(System.DateTime time) { throw new NotSupportedException(); }
    }
}
