// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.FileSystem, System.IO.FileSystem/DriveInfo.cs, commit 310030a10e477012268b6f95e4d4394366fb15fc
using System;

namespace System.IO
{
    // DriveType is left out (the DriveType enum is not transcribed; unused).
    public sealed class DriveInfo
    {
        public DriveInfo(string driveName) { throw new NotSupportedException(); }
        public string Name { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public long TotalSize { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public static DriveInfo[] GetDrives() { throw new NotSupportedException(); }
        public static void Format(string driveName) { throw new NotSupportedException(); }
        public static void MountRemovableVolumes() { throw new NotSupportedException(); }
    }
}
