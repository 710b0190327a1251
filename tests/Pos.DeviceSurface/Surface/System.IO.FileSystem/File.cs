// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.FileSystem, System.IO.FileSystem/File.cs, commit 05510a72dae6e0dd64d0c7e0e5f8aa7f0f79f5ef
using System;

namespace System.IO
{
    // GetAttributes/SetAttributes and the Get*Time methods are left out (FileAttributes is not transcribed; unused).
    public static class File
    {
        public static void Copy(string sourceFileName, string destFileName) { throw new NotSupportedException(); }
        public static void Copy(string sourceFileName, string destFileName, bool overwrite) { throw new NotSupportedException(); }
        public static FileStream Create(string path) { throw new NotSupportedException(); }
        public static void Delete(string path) { throw new NotSupportedException(); }
        public static bool Exists(string path) { throw new NotSupportedException(); }
        public static void Move(string sourceFileName, string destFileName) { throw new NotSupportedException(); }
    }
}
