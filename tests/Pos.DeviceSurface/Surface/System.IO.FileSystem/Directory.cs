// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.FileSystem, System.IO.FileSystem/Directory.cs, commit 04d0c3fa17d80da3a9cface43c65aa0ebbf6eed3
using System;

namespace System.IO
{
    public static class Directory
    {
        public static void CreateDirectory(string path) { throw new NotSupportedException(); }
        public static void Delete(string path, bool recursive = false) { throw new NotSupportedException(); }
        public static bool Exists(string path) { throw new NotSupportedException(); }
        public static void Move(string sourcePath, string destinationPath) { throw new NotSupportedException(); }
        public static string[] GetFiles(string path) { throw new NotSupportedException(); }
        public static string[] GetDirectories(string path) { throw new NotSupportedException(); }
        public static DateTime GetLastWriteTime(string path) { throw new NotSupportedException(); }
    }
}
