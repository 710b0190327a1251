// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Hardware.Esp32, nanoFramework.Hardware.Esp32/HighResTimer.cs, commit 2fcc3520f586c75ff6001c1bf91425df1b8dd053
using System;

namespace nanoFramework.Hardware.Esp32
{
    public class HighResTimer : IDisposable
    {
        public HighResTimer() { throw new NotSupportedException(); }
        public event HighResTimerExpiredEventHandler OnHighResTimerExpired { add { throw new NotSupportedException(); } remove { throw new NotSupportedException(); } }
        public static ulong GetCurrent() { throw new NotSupportedException(); }
        public void Stop() { throw new NotSupportedException(); }
        public void StartOneShot(ulong timeout_us) { throw new NotSupportedException(); }
        public void StartOnePeriodic(ulong period_us) { throw new NotSupportedException(); }
        protected virtual void Dispose(bool disposing) { throw new NotSupportedException(); }
        public void Dispose() { throw new NotSupportedException(); }
    }
}
