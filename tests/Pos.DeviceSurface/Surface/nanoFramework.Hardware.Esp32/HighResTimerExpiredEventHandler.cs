// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Hardware.Esp32, nanoFramework.Hardware.Esp32/HighResTimer.cs, commit 2fcc3520f586c75ff6001c1bf91425df1b8dd053
namespace nanoFramework.Hardware.Esp32
{
    public delegate void HighResTimerExpiredEventHandler(HighResTimer sender, object e);
}
