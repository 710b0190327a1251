// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Runtime.Native, nanoFramework.Runtime.Native/GC.cs, commit d6b537610524f7230479cedcfaafdf954d4e1311
using System;

namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) { throw new NotSupportedException(); }
        public static void EnableGCMessages(bool enable) { throw new NotSupportedException(); }
    }
}
