// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Runtime.Native, nanoFramework.Runtime.Native/Power.cs, commit 279c2de56c52fbd4cf2c05400c4d16ed84dc85e9
namespace nanoFramework.Runtime.Native
{
    public delegate void RebootEventHandler();
}
