// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.FileSystem, System.IO.FileSystem/FileAccess.cs, commit cddbb0b2a5fbe5f7064661c4485bea9b408fcc5c
using System;

namespace System.IO
{
    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}
